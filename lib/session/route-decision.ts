import type { CurrentUser } from "./load-user";

/**
 * Where the proxy turns a signed-in request around before any page work (issue 11; the
 * customer's design: "middleware forces employees with mandatory MFA to the setup page").
 * It decides from a fresh read of the session's row, never from a claim frozen in the
 * cookie. It is a convenience in front of the real checks: every page, action and route
 * decides again (lib/session/guards.ts, access.ts), so skipping the proxy opens nothing.
 */
export const ENROLMENT_PATH = "/mfa/setup";
/** Links that mean "I want to replace my authenticator" carry this, so an enrolled employee may stay. */
export const REPLACE_PARAM = "replace";
export const REPLACE_AUTHENTICATOR_HREF = `${ENROLMENT_PATH}?${REPLACE_PARAM}`;
const SIGNED_IN_AREAS = ["/dashboard", "/account", "/employees", "/mfa"];

export function inSignedInArea(pathname: string): boolean {
  return SIGNED_IN_AREAS.some((area) => pathname === area || pathname.startsWith(`${area}/`));
}

export type RouteRequest = { pathname: string; search: string };
/** What the decision needs to know about the person (a CurrentUser has it all). */
export type RouteUser = Pick<CurrentUser, "role" | "mustEnrol" | "mfaEnabledAt">;
export type RouteDecision = { redirectTo: string } | { redirectTo: null };

const stay: RouteDecision = { redirectTo: null };

/**
 * `hasPendingSetup` is asked only for an enrolled employee on the setup page: a key this
 * session is in the middle of confirming keeps them there.
 */
export async function decideRoute<U extends RouteUser>(
  request: RouteRequest,
  user: U | null,
  hasPendingSetup: (user: U) => Promise<boolean>,
): Promise<RouteDecision> {
  const { pathname, search } = request;
  if (!inSignedInArea(pathname)) return stay;
  if (!user) return { redirectTo: `/login?callbackUrl=${encodeURIComponent(`${pathname}${search}`)}` };
  const onSetup = pathname === ENROLMENT_PATH;
  if (user.mustEnrol) return onSetup ? stay : { redirectTo: ENROLMENT_PATH };
  const enrolledEmployee = user.role === "EMPLOYEE" && user.mfaEnabledAt !== null;
  if (onSetup && enrolledEmployee && !new URLSearchParams(search).has(REPLACE_PARAM) && !(await hasPendingSetup(user))) {
    return { redirectTo: "/dashboard" };
  }
  return stay;
}
