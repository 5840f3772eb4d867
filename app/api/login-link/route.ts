import { cookies } from "next/headers";
import { env } from "@/lib/env";
import { appCookieOptions } from "@/lib/http/cookie-options";
import { LINK_PROOF_TTL_MS } from "@/lib/limits";
import { LINK_PROVIDER_ID } from "@/lib/sign-in/login-link";
import { confirmLoginLink, linkProofCookieName } from "@/lib/sign-in/login-link-use";
import { readChallengeToken } from "@/lib/sign-in/challenge-cookie";

function seeOther(path: string): Response {
  return new Response(null, {
    status: 303,
    headers: { Location: new URL(path, env().APP_URL).toString(), "Referrer-Policy": "no-referrer", "Cache-Control": "no-store" },
  });
}

/**
 * "Doorgaan met inloggen": a plain form POST from our own page, the only way to Auth.js's
 * callback for the link. Only a same-origin request from the browser whose challenge asked
 * for the link goes on, with a proof that the callback route claims; anything else is
 * answered before the token is touched.
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
  if (typeof token !== "string" || !token || token.length > 256) return seeOther("/login/link?error=invalid");
  const confirmed = await confirmLoginLink(await readChallengeToken(), token);
  if (!confirmed.ok) return seeOther(`/login/link?error=${confirmed.reason}`);
  // Auth.js's callback runs only with this proof (app/api/auth/[...nextauth]/route.ts).
  (await cookies()).set(linkProofCookieName(), confirmed.proof, appCookieOptions(LINK_PROOF_TTL_MS / 1000));
  const callbackUrl = new URL("/mfa/recovered?via=email", env().APP_URL).toString();
  const query = new URLSearchParams({ callbackUrl, token, email: confirmed.email });
  return seeOther(`/api/auth/callback/${LINK_PROVIDER_ID}?${query}`);
}
