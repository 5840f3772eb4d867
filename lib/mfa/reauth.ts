import { db } from "@/lib/db/client";
import { recordActivity } from "@/lib/activity/events";
import { fail } from "@/lib/errors/action-failure";
import type { MessageKey } from "@/lib/i18n/translate";
import { verifyPassword } from "@/lib/passwords/hash";
import { minutesUntil, releaseAttempt, reserveAttempt } from "@/lib/rate-limit";
import type { CurrentUser } from "@/lib/session/load-user";
import { formatDateTime } from "@/lib/i18n/dates";
import { verifySecondFactor } from "./second-factor";
import { limits, RECENT_SIGN_IN_MS } from "@/lib/limits";

/** A fresh sign-in counts as re-authentication for a while (ASVS 7.5.1). */
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

/**
 * The password typed again to prove it is you (change password, backup address, app
 * setup). It is charged to the same per-account budget as strangers' sign-in attempts,
 * and every failure is logged: a stolen session is no password oracle. docs/SECURITY.md,
 * "Throttling".
 */
export async function requireCurrentPassword(
  user: Pick<CurrentUser, "id" | "email" | "companyId">,
  password: string | undefined,
  ipAddress: string,
  { field, wrongKey, purpose }: { field: string; wrongKey: MessageKey; purpose: string },
): Promise<void> {
  const key = `login:account:${user.email}`;
  const state = await reserveAttempt(key, limits.passwordPerAccount);
  if (state.blocked) fail("errors.tooManyAttempts", { minutes: minutesUntil(state.retryAfterMs) });
  const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
  if (password && row.passwordHash && (await verifyPassword(row.passwordHash, password))) {
    await releaseAttempt(key);
    return;
  }
  await recordActivity(db, { companyId: user.companyId, userId: user.id, type: "REAUTH_FAILED", detail: purpose, ipAddress });
  fail("errors.invalidInput", undefined, { [field]: wrongKey });
}
