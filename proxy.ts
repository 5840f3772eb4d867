import { NextResponse, type NextRequest } from "next/server";

/**
 * Routing only, and cheap: no database, no session decoding. A request for a
 * signed-in page without any session cookie goes to the login page with its path as
 * callbackUrl. Whether a session is valid, and whether its user may see the page, is
 * decided again on the server by every page, action and route (lib/session/guards.ts).
 */
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

function hasSessionCookie(request: NextRequest): boolean {
  return request.cookies.getAll().some(({ name }) =>
    SESSION_COOKIES.some((cookie) => name === cookie || name.startsWith(`${cookie}.`)),
  );
}

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (!hasSessionCookie(request)) {
    const login = new URL("/login", request.nextUrl);
    login.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(login);
  }
  // Lets a page's guard send an expired session back to where it was.
  const headers = new Headers(request.headers);
  headers.set("x-tweestap-path", `${pathname}${search}`);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  matcher: ["/dashboard/:path*", "/account/:path*", "/employees/:path*", "/mfa/:path*"],
};
