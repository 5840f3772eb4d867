import type { CurrentUser } from "./current-user";

/**
 * What a piece of the app needs from the caller. "enrolment" is the only level an
 * employee under mandatory MFA reaches before setting it up (the setup page, sign-out).
 */
export type AccessLevel = "enrolment" | "member" | "owner";

export type AccessDecision =
  | { allowed: true; user: CurrentUser }
  | { allowed: false; reason: "unauthorized" | "enrolmentRequired" | "forbidden" };

export function decideAccess(user: CurrentUser | null, level: AccessLevel): AccessDecision {
  if (!user) return { allowed: false, reason: "unauthorized" };
  if (level === "enrolment") return { allowed: true, user };
  if (user.mustEnrol) return { allowed: false, reason: "enrolmentRequired" };
  if (level === "owner" && user.role !== "OWNER") return { allowed: false, reason: "forbidden" };
  return { allowed: true, user };
}
