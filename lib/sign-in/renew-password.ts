import { db } from "@/lib/db/client";
import { recordActivity } from "@/lib/activity/events";
import { fail } from "@/lib/errors/action-failure";
import { hashPassword } from "@/lib/passwords/hash";
import { passwordMinLength } from "@/lib/passwords/length";
import { checkPassword } from "@/lib/passwords/policy";
import { passwordErrorKey } from "@/lib/validation/password";
import { currentChallenge } from "./challenge";

/**
 * The password rule follows the factor (NIST 800-63B §3.1.1.2): without an authenticator
 * app the password is the only factor and needs 15 characters. When MFA went off (the
 * user switched it off, or an owner reset it) a shorter password may be left; the next
 * sign-in then asks for a new one before anything else. The password step knows the
 * typed password's length; nothing about it is stored.
 */
export function needsNewPassword(password: string, mfaEnabled: boolean): boolean {
  return !mfaEnabled && [...password.normalize("NFC")].length < passwordMinLength(false);
}

/** The open challenge waiting for a new password: its user has no MFA and it has not passed. */
export async function challengeAwaitingPassword(challengeToken: string | null) {
  const challenge = await currentChallenge(challengeToken);
  if (!challenge || challenge.secondFactorAt) return null;
  const mfa = await db.totpCredential.count({ where: { userId: challenge.userId, confirmedAt: { not: null } } });
  return mfa === 0 ? challenge : null;
}

/**
 * Sets the new password and lets the challenge pass, so the caller can complete the
 * sign-in. Other sessions end (the session version moves on), as with any new password.
 */
export async function renewPasswordAtSignIn(challengeToken: string | null, password: string, ipAddress: string): Promise<void> {
  const challenge = await challengeAwaitingPassword(challengeToken);
  if (!challenge) fail("auth.login.expired");
  const { user } = challenge;
  const policy = checkPassword({ password, mfaEnabled: false, context: [user.name, user.email, user.email.split("@")[0] ?? ""] });
  if (!policy.ok) fail("errors.invalidInput", undefined, { password: passwordErrorKey(policy) });
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    const passed = await tx.loginChallenge.updateMany({
      where: { id: challenge.id, secondFactorAt: null, completedAt: null },
      data: { secondFactor: "none", secondFactorAt: new Date() },
    });
    if (passed.count !== 1) fail("auth.login.expired");
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await recordActivity(tx, { companyId: user.companyId, userId: user.id, type: "PASSWORD_CHANGED", ipAddress });
  });
}
