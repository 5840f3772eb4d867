import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { contentSecurityPolicy, newNonce, strictTransportSecurity } from "@/lib/http/security-headers";
import { currentUserFromCookies, secureSessionCookie, type CurrentUser } from "@/lib/session/current-user";
import { sessionToken } from "@/lib/session/session-cookie";
import { HANDOFF_HEADER, handOff } from "@/lib/session/proxy-handoff";
import { decideRoute, inSignedInArea } from "@/lib/session/route-decision";
import { hasPendingSetup } from "@/lib/mfa/credentials";
import { isDatabaseUnavailable } from "@/lib/errors/unavailable";

/**
 * Headers for every page, and the signed-in area's routing (lib/session/route-decision.ts).
 *
 * Every page gets a CSP with a nonce of its own. Next reads the nonce from the CSP on the
 * request and puts it on the scripts it renders, so the header goes both ways.
 *
 * A page request in the signed-in area is checked with the lean session read (one cookie
 * decode, one indexed query): signed out → login, an employee who must enrol → setup.
 * Pages, actions and routes check again; the proxy is never the boundary. A page checks
 * with the proxy's read of the same request rather than a second one of its own
 * (lib/session/proxy-handoff.ts).
 */
function withSecurityHeaders(response: NextResponse, csp: string): NextResponse {
  response.headers.set("Content-Security-Policy", csp);
  const hsts = strictTransportSecurity(env().APP_URL);
  if (hsts) response.headers.set("Strict-Transport-Security", hsts);
  return response;
}

/**
 * Page requests only. Server actions (POST) are answered by their own wrapper in a form the
 * page can show. And Next renders an action's redirect target with a fetch of its own (an
 * RSC request without the router's state): a redirect here would show the proxy's target
 * under the action's address, so the page's guard answers that one, inside the payload.
 */
function isNavigation(request: NextRequest): boolean {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  return request.headers.get("rsc") !== "1" || request.headers.has("next-router-state-tree");
}

type Routing = { target: string | null; user: CurrentUser | null };
const passOn: Routing = { target: null, user: null };

async function route(request: NextRequest, token: string | undefined): Promise<Routing> {
  const { pathname, search } = request.nextUrl;
  if (!inSignedInArea(pathname)) return passOn;
  if (token && !isNavigation(request)) return passOn;
  try {
    const user = token ? await currentUserFromCookies(request.cookies) : null;
    return { target: (await decideRoute({ pathname, search }, user, hasPendingSetup)).redirectTo, user };
  } catch (error) {
    // The database is away: the page's own read fails the same way and answers 503,
    // "probeer het zo opnieuw" (instrumentation.ts), which a redirect here would hide.
    if (isDatabaseUnavailable(error)) return passOn;
    throw error;
  }
}

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const csp = contentSecurityPolicy(newNonce(), process.env.NODE_ENV === "production");
  const token = sessionToken(request.cookies, secureSessionCookie());
  const { target, user } = await route(request, token);
  if (target) return withSecurityHeaders(NextResponse.redirect(new URL(target, request.nextUrl)), csp);
  const headers = new Headers(request.headers);
  // Replaces whatever the client sent: the page's scripts get this nonce and no other.
  headers.set("Content-Security-Policy", csp);
  // The page takes this read instead of making its own; a client's header of that name is dropped.
  headers.delete(HANDOFF_HEADER);
  if (user && token) headers.set(HANDOFF_HEADER, handOff(token, user));
  // Lets a page's guard send an expired session back to where it was.
  if (inSignedInArea(pathname)) headers.set("x-tweestap-path", `${pathname}${search}`);
  return withSecurityHeaders(NextResponse.next({ request: { headers } }), csp);
}

export const config = {
  // Every page, signed in or not. Route handlers (which set their own headers in next.config.ts)
  // and build assets render no page of ours.
  matcher: ["/((?!api/|_next/static/|_next/image|favicon\\.ico).*)"],
};
