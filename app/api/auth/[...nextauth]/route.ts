import { cookies } from "next/headers";
import type { NextRequest } from "next/server";
import { env } from "@/lib/env";
import { handlers } from "@/lib/session/auth-config";
import { readChallengeToken } from "@/lib/sign-in/challenge-cookie";
import { LINK_PROVIDER_ID } from "@/lib/sign-in/login-link";
import { claimLinkProof, linkProofCookieName } from "@/lib/sign-in/login-link-use";

/**
 * Auth.js deletes the link's token before any of our callbacks run, so its callback for the
 * link is guarded here, in front of Auth.js: only the redirect from our confirm page's POST
 * (app/api/login-link/route.ts), carrying the proof it left, reaches it. A GET of the
 * callback URL by anyone else (or a POST to it) is sent to the confirm page's error and
 * leaves the token untouched ("Dit verzoek kwam niet van deze website").
 */
function isLinkCallback(request: NextRequest): boolean {
  // Parsed the way Auth.js parses it (empty segments dropped), so no spelling slips past.
  const match = /^\/api\/auth(.+)/.exec(request.nextUrl.pathname);
  const [action, providerId] = (match?.[1] ?? "").split("/").filter(Boolean);
  return action === "callback" && providerId === LINK_PROVIDER_ID;
}

async function guarded(request: NextRequest, handler: (request: NextRequest) => Promise<Response>): Promise<Response> {
  if (!isLinkCallback(request)) return handler(request);
  const jar = await cookies();
  const proof = jar.get(linkProofCookieName())?.value ?? null;
  jar.delete(linkProofCookieName());
  const token = request.nextUrl.searchParams.get("token");
  if (await claimLinkProof(await readChallengeToken(), { token, proof })) return handler(request);
  return new Response(null, {
    status: 303,
    headers: { Location: new URL("/login/link?error=crossSite", env().APP_URL).toString(), "Referrer-Policy": "no-referrer", "Cache-Control": "no-store" },
  });
}

export const GET = (request: NextRequest) => guarded(request, handlers.GET);
export const POST = (request: NextRequest) => guarded(request, handlers.POST);
