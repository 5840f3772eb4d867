import { db } from "@/lib/db/client";
import { verifySecondFactor, type FactorResult } from "@/lib/mfa/second-factor";
import { normalizeTotpInput } from "@/lib/mfa/totp";
import { formatDateTime } from "@/lib/i18n/dates";
import { fail } from "@/lib/errors/action-failure";
import { countChallengeAnswer, factorUserWithSecret, markSecondFactorPassed } from "./second-step-statements";
import { MAX_CHALLENGE_FAILURES } from "@/lib/limits";
import { alertOwners } from "@/lib/company/owner-alerts";

/**
 * The second login step against this browser's challenge. Five wrong answers void the
 * challenge (back to the password step); wrong authenticator codes also count towards
 * the account's lock (lib/mfa/second-factor.ts). On success the challenge is marked
 * passed, and only then can the credentials provider turn it into a session.
 */
export async function passSecondStep(
  challengeToken: string | null,
  input: string,
  ipAddress: string,
): Promise<FactorResult & { ok: true; userId: string }> {
  // The answer is counted before it is checked, so parallel guesses cannot exceed five.
  const challenge = await countChallengeAnswer(challengeToken);
  if (!challenge) fail("auth.verify.expired");
  const { user, totpSecret } = await factorUserWithSecret(challenge.userId);

  // Either kind of code is accepted in either field; its shape tells which it is.
  const expected = normalizeTotpInput(input) !== null || /^\d+$/.test(input.trim()) ? "totp" : "recovery";
  const result: FactorResult = await verifySecondFactor(user, input, ipAddress, totpSecret);
  if (result.ok) {
    if (!(await markSecondFactorPassed(challenge.id, result.method))) fail("auth.verify.expired");
    // Here, not in verifySecondFactor: a recovery code given as proof inside the app is no sign-in.
    if (result.method === "recovery") await alertOwners(user, { kind: "recoveryLogin", via: "recoveryCode" }, ipAddress);
    // Whose browser to remember, when the box was ticked (lib/actions/sign-in.ts).
    return { ...result, userId: user.id };
  }

  const after = await db.loginChallenge.findUniqueOrThrow({ where: { id: challenge.id }, select: { failedAttempts: true } });
  // The fifth wrong answer voids the challenge. The cookie stays until the next password
  // step replaces it, so this page can still say why instead of "expired".
  if (after.failedAttempts >= MAX_CHALLENGE_FAILURES) fail("auth.verify.challengeVoid");
  if (!result.ok && result.reason === "throttled" && result.lockedUntil) {
    fail(expected === "totp" ? "auth.verify.locked" : "auth.verify.recoveryThrottled", {
      until: formatDateTime(result.lockedUntil, user.locale),
    });
  }
  if (!result.ok && result.reason === "format") {
    fail("errors.invalidInput", undefined, { code: expected === "totp" ? "auth.verify.codeFormat" : "auth.verify.recoveryFormat" });
  }
  if (!result.ok && result.lockedUntil) {
    fail("auth.verify.lockedNow", { until: formatDateTime(result.lockedUntil, user.locale) });
  }
  fail("errors.invalidInput", undefined, { code: expected === "totp" ? "auth.verify.wrongCode" : "auth.verify.wrongRecovery" });
}
