import { db } from "@/lib/db/client";
import { burnPasswordCheck, verifyPassword } from "@/lib/passwords/hash";
import { clearFailures, minutesUntil, releaseAttempt, reserveAttempt } from "@/lib/rate-limit";
import { limits } from "@/lib/limits";
import { recordActivity } from "@/lib/activity/events";
import { fail } from "@/lib/errors/action-failure";
import { startChallenge } from "./challenge";

/** What comes next, and the challenge token the caller keeps in this browser (challenge-cookie.ts). */
export type PasswordStepResult = { next: "secondFactor" | "complete"; challengeToken: string };

/**
 * The password step. Unknown e-mail and wrong password take the same path: same
 * message, one argon2 verification each, a failure counted for the address and the IP.
 * On success a login challenge is started for this browser; there is no session yet.
 */
export async function passwordStep(input: { email: string; password: string; ip: string }): Promise<PasswordStepResult> {
  const accountKey = `login:account:${input.email}`;
  const ipKey = `login:ip:${input.ip}`;
  // Counted before the password is checked, so guesses sent all at once are limited too.
  for (const [key, limit] of [[accountKey, limits.passwordPerAccount], [ipKey, limits.passwordPerIp]] as const) {
    const state = await reserveAttempt(key, limit);
    if (state.blocked) fail("errors.tooManyAttempts", { minutes: minutesUntil(state.retryAfterMs) });
  }

  const user = await db.user.findUnique({
    where: { email: input.email },
    include: { totpCredentials: { where: { confirmedAt: { not: null } }, select: { id: true }, take: 1 } },
  });
  const passwordOk = user?.passwordHash
    ? await verifyPassword(user.passwordHash, input.password)
    : (await burnPasswordCheck(input.password), false);

  if (!user || !passwordOk) {
    if (user) {
      await recordActivity(db, { companyId: user.companyId, userId: user.id, type: "LOGIN_FAILED", ipAddress: input.ip });
    }
    fail("auth.login.invalidCredentials");
  }

  // Success: the account starts afresh, and the IP keeps only its failures.
  await clearFailures(accountKey);
  await releaseAttempt(ipKey);
  if (user.totpCredentials.length > 0) {
    return { next: "secondFactor", challengeToken: await startChallenge(user.id) };
  }
  return { next: "complete", challengeToken: await startChallenge(user.id, { secondFactor: "none" }) };
}
