import { fail } from "@/lib/errors/action-failure";
import type { CurrentUser } from "@/lib/session/current-user";
import { formatDateTime } from "@/lib/i18n/dates";
import { verifySecondFactor } from "./second-factor";
import { RECENT_SIGN_IN_MS } from "@/lib/limits";

/** How long a fresh sign-in counts as re-authentication (ASVS 7.5.1). */

function signedInRecently(user: CurrentUser, now: number): boolean {
  return now - user.authenticatedAt.getTime() < RECENT_SIGN_IN_MS;
}

/**
 * Before changing an active second factor: a current authenticator code or a recovery
 * code. A session that was itself opened minutes ago with a recovery code or the backup
 * link counts too — that is how someone who lost their phone sets up a new one, as the
 * help page promises.
 */
export async function requireCurrentFactor(
  user: CurrentUser,
  input: string | undefined,
  ipAddress: string,
  { allowRecentRecovery = true, field = "currentFactor" }: { allowRecentRecovery?: boolean; field?: string } = {},
): Promise<void> {
  if (!input) {
    const recentRecovery = ["recovery", "email"].includes(user.sessionSecondFactor) && signedInRecently(user, Date.now());
    if (allowRecentRecovery && recentRecovery) return;
    fail("errors.invalidInput", undefined, { [field]: "mfa.reauth.required" });
  }
  const result = await verifySecondFactor(user, input, ipAddress);
  if (result.ok) return;
  if (result.reason === "throttled" && result.lockedUntil) {
    fail("auth.verify.locked", { until: formatDateTime(result.lockedUntil, user.locale) });
  }
  fail("errors.invalidInput", undefined, { [field]: result.reason === "format" ? "mfa.reauth.format" : "mfa.reauth.wrong" });
}

/** Before switching MFA on: the password again, unless the user signed in minutes ago. */
export function needsPasswordForEnrolment(user: CurrentUser, now = Date.now()): boolean {
  return !signedInRecently(user, now);
}
