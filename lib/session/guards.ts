import { forbidden, redirect } from "next/navigation";
import { headers } from "next/headers";
import { getCurrentUser, type CurrentUser } from "./current-user";
import { decideAccess, type AccessLevel } from "./access";
import { ENROLMENT_PATH } from "./route-decision";


async function currentPath(): Promise<string> {
  return (await headers()).get("x-tweestap-path") ?? "/dashboard";
}

/**
 * For pages and layouts: returns the user or ends the request with the right answer —
 * sign in, forced enrolment, or 403. Every protected page calls one of these itself;
 * the proxy's redirects are only a convenience.
 */
async function requireAccess(level: AccessLevel): Promise<CurrentUser> {
  const decision = decideAccess(await getCurrentUser(), level);
  if (decision.allowed) return decision.user;
  if (decision.reason === "unauthorized") {
    redirect(`/login?callbackUrl=${encodeURIComponent(await currentPath())}`);
  }
  if (decision.reason === "enrolmentRequired") redirect(ENROLMENT_PATH);
  forbidden();
}

export const requireUser = () => requireAccess("member");
export const requireOwner = () => requireAccess("owner");
export const requireEnrolmentAccess = () => requireAccess("enrolment");
