import { env } from "@/lib/env";
import { checkLoginLink, LINK_PROVIDER_ID } from "@/lib/sign-in/login-link";
import { readChallengeToken } from "@/lib/sign-in/challenge-cookie";

function seeOther(path: string): Response {
  return new Response(null, {
    status: 303,
    headers: { Location: new URL(path, env().APP_URL).toString(), "Referrer-Policy": "no-referrer", "Cache-Control": "no-store" },
  });
}

/**
 * "Doorgaan met inloggen": a plain form POST from our own page. Only a same-origin request
 * from the browser that asked for the link goes on to Auth.js's callback, which consumes
 * the token and signs in; anything else is answered before the token is touched.
 */
function sameOrigin(request: Request): boolean {
  // Under "Referrer-Policy: no-referrer" browsers send "Origin: null" even for our own
  // form, so the browser's Sec-Fetch-Site (which a page elsewhere cannot set) decides too.
  const origin = request.headers.get("origin");
  return origin === new URL(env().APP_URL).origin || request.headers.get("sec-fetch-site") === "same-origin";
}

export async function POST(request: Request): Promise<Response> {
  if (!sameOrigin(request)) return seeOther("/login/link?error=crossSite");
  const form = await request.formData().catch(() => null);
  const token = form?.get("token");
  const email = form?.get("email");
  if (typeof token !== "string" || typeof email !== "string" || token.length > 256 || email.length > 254) {
    return seeOther("/login/link?error=invalid");
  }
  const check = await checkLoginLink(await readChallengeToken(), { email, token });
  if (check !== "ok") return seeOther(`/login/link?error=${check}`);
  const callbackUrl = new URL("/mfa/recovered?via=email", env().APP_URL).toString();
  return seeOther(`/api/auth/callback/${LINK_PROVIDER_ID}?${new URLSearchParams({ callbackUrl, token, email })}`);
}
