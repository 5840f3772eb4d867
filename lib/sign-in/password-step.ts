import { setTimeout as sleep } from "node:timers/promises";
import { db } from "@/lib/db/client";
import { burnPasswordCheck, verifyPassword } from "@/lib/passwords/hash";
import { clearFailures, minutesUntil, releaseAttempt, reserveAttempt } from "@/lib/rate-limit";
import { limits, STRANGER_DELAY_FREE_FAILURES, STRANGER_DELAY_MAX_MS, STRANGER_DELAY_STEP_MS } from "@/lib/limits";
import { recordActivity } from "@/lib/activity/events";
import { fail } from "@/lib/errors/action-failure";
import { startChallenge } from "./challenge";
import { knownDeviceId } from "./known-devices";
import { needsNewPassword } from "./renew-password";

/** What comes next, and the challenge token the caller keeps in this browser (challenge-cookie.ts). */
export type PasswordStepResult = { next: "secondFactor" | "newPassword" | "complete"; challengeToken: string };

type PasswordStepInput = { email: string; password: string; ip: string; deviceToken?: string | null };

/** The counters this attempt is charged to: a known browser's own, or the strangers' ones. */
function attemptKeys(email: string, ip: string, deviceId: string | null) {
  if (deviceId) return [[`login:device:${deviceId}`, limits.passwordPerKnownDevice]] as const;
  return [[`login:account:${email}`, limits.passwordPerAccount], [`login:ip:${ip}`, limits.passwordPerIp]] as const;
}

/**
 * Charges one attempt before the password is checked, so guesses sent all at once are
 * limited too. Strangers to the account also wait longer with every failure.
 */
async function chargeAttempt(keys: ReturnType<typeof attemptKeys>, stranger: boolean): Promise<void> {
  let strangerFailures = 0;
  for (const [key, limit] of keys) {
    const state = await reserveAttempt(key, limit);
    if (state.blocked) fail("errors.tooManyAttempts", { minutes: minutesUntil(state.retryAfterMs) });
    if (key.startsWith("login:account:")) strangerFailures = state.count - 1;
  }
  const delay = Math.min((strangerFailures - STRANGER_DELAY_FREE_FAILURES) * STRANGER_DELAY_STEP_MS, STRANGER_DELAY_MAX_MS);
  if (stranger && delay > 0) await sleep(delay);
}

/**
 * The password step (docs/SECURITY.md, "Throttling"). Unknown e-mail and wrong password
 * take the same path: same message, one argon2 verification each. A browser that signed
 * in to the account before (deviceToken) has its own budget, so strangers' failures never
 * lock the account holder out; strangers are counted per account and per IP. On success
 * a login challenge is started for this browser; there is no session yet.
 */
export async function passwordStep(input: PasswordStepInput): Promise<PasswordStepResult> {
  const user = await db.user.findUnique({
    where: { email: input.email },
    include: { totpCredentials: { where: { confirmedAt: { not: null } }, select: { id: true }, take: 1 } },
  });
  const deviceId = user ? await knownDeviceId(user.id, input.deviceToken ?? null) : null;
  const keys = attemptKeys(input.email, input.ip, deviceId);
  await chargeAttempt(keys, deviceId === null);

  const passwordOk = user?.passwordHash
    ? await verifyPassword(user.passwordHash, input.password)
    : (await burnPasswordCheck(input.password), false);

  if (!user || !passwordOk) {
    if (user) {
      await recordActivity(db, { companyId: user.companyId, userId: user.id, type: "LOGIN_FAILED", ipAddress: input.ip });
    } else {
      // No account to log it against: the operator's log shows spraying. The typed address
      // is left out (people type passwords into the e-mail field).
      console.warn(`[login] failed sign-in for an unknown address from ${input.ip}`);
    }
    fail("auth.login.invalidCredentials");
  }

  // Success: what strangers did to the account is cleared; an IP keeps only its failures.
  await clearFailures(`login:account:${input.email}`);
  for (const [key] of keys) {
    if (key.startsWith("login:device:")) await clearFailures(key);
    if (key.startsWith("login:ip:")) await releaseAttempt(key);
  }
  if (user.totpCredentials.length > 0) {
    return { next: "secondFactor", challengeToken: await startChallenge(user.id) };
  }
  // Too short to be the only factor (MFA went off since it was set): a new one first.
  if (needsNewPassword(input.password, false)) {
    return { next: "newPassword", challengeToken: await startChallenge(user.id) };
  }
  return { next: "complete", challengeToken: await startChallenge(user.id, { secondFactor: "none" }) };
}
