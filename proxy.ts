import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { contentSecurityPolicy, newNonce, strictTransportSecurity } from "@/lib/http/security-headers";

/**
 * Routing and headers only, and cheap: no database, no session decoding.
 *
 * Every page gets a CSP with a nonce of its own. Next reads the nonce from the CSP on the
 * request and puts it on the scripts it renders, so the header goes both ways.
 *
 * A request for a signed-in page without any session cookie goes to the login page with its
 * path as callbackUrl. Whether a session is valid, and whether its user may see the page, is
 * decided again on the server by every page, action and route (lib/session/guards.ts).
 */
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];
const SIGNED_IN_AREAS = ["/dashboard", "/account", "/employees", "/mfa"];

function hasSessionCookie(request: NextRequest): boolean {
  return request.cookies.getAll().some(({ name }) =>
    SESSION_COOKIES.some((cookie) => name === cookie || name.startsWith(`${cookie}.`)),
  );
}

function inSignedInArea(pathname: string): boolean {
  return SIGNED_IN_AREAS.some((area) => pathname === area || pathname.startsWith(`${area}/`));
}

function withSecurityHeaders(response: NextResponse, csp: string): NextResponse {
  response.headers.set("Content-Security-Policy", csp);
  const hsts = strictTransportSecurity(env().APP_URL);
  if (hsts) response.headers.set("Strict-Transport-Security", hsts);
  return response;
}

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const csp = contentSecurityPolicy(newNonce(), process.env.NODE_ENV === "production");
  if (inSignedInArea(pathname) && !hasSessionCookie(request)) {
    const login = new URL("/login", request.nextUrl);
    login.searchParams.set("callbackUrl", `${pathname}${search}`);
    return withSecurityHeaders(NextResponse.redirect(login), csp);
  }
  const headers = new Headers(request.headers);
  // Replaces whatever the client sent: the page's scripts get this nonce and no other.
  headers.set("Content-Security-Policy", csp);
  // Lets a page's guard send an expired session back to where it was.
  if (inSignedInArea(pathname)) headers.set("x-tweestap-path", `${pathname}${search}`);
  return withSecurityHeaders(NextResponse.next({ request: { headers } }), csp);
}

export const config = {
  // Every page, signed in or not. Route handlers (which set their own headers in next.config.ts)
  // and build assets render no page of ours.
  matcher: ["/((?!api/|_next/static/|_next/image|favicon\\.ico).*)"],
};
