import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { toLocale } from "@/lib/i18n";
import { fail } from "@/lib/errors/action-failure";
import { recordActivity } from "@/lib/activity/events";
import { forgetRememberedDevices } from "@/lib/sign-in/known-devices";
import { sendAfterResponse, sendMail } from "@/lib/mail/send";
import { passwordChangedMail, passwordResetMail } from "@/lib/mail/templates";
import { hashPassword } from "@/lib/passwords/hash";
import { checkPassword } from "@/lib/passwords/policy";
import { passwordErrorKey } from "@/lib/validation/password";
import { hashToken, randomToken } from "@/lib/security/tokens";
import { clearFailures, minutesUntil, reserveAttempt } from "@/lib/rate-limit";
import { limits, PASSWORD_RESET_TTL_MS } from "@/lib/limits";
import { voidLoginLinks } from "@/lib/sign-in/login-link";

const PURPOSE = "PASSWORD_RESET";

/**
 * "Wachtwoord vergeten?": the same answer, at about the same speed, whether or not the
 * address has an account: the caller sends the returned mail after the response has gone
 * (Next's `after`). Throttled per address and per IP, without ever locking the account.
 */
export async function requestPasswordReset(email: string, ipAddress: string): Promise<(() => Promise<void>) | null> {
  for (const [key, limit] of [
    [`reset:account:${email}`, limits.passwordResetPerAccount],
    [`reset:ip:${ipAddress}`, limits.passwordResetPerIp],
  ] as const) {
    const state = await reserveAttempt(key, limit);
    if (state.blocked) fail("reset.throttled", { minutes: minutesUntil(state.retryAfterMs) });
  }
  const user = await db.user.findUnique({ where: { email }, select: { id: true, locale: true } });
  const token = randomToken();
  // The same transaction for an unknown address, a statement for a statement, so neither
  // the answer nor the database's work tells whether the address has an account.
  await db.$transaction(async (tx) => {
    await tx.emailToken.deleteMany({ where: { userId: user?.id ?? "", purpose: PURPOSE, usedAt: null } });
    const data = { purpose: PURPOSE, email, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + PASSWORD_RESET_TTL_MS) };
    if (user) await tx.emailToken.create({ data: { ...data, userId: user.id } });
    else await tx.emailToken.findFirst({ where: { tokenHash: data.tokenHash }, select: { id: true } });
  });
  if (!user) return null;
  const url = `${env().APP_URL}/reset-password/${token}`;
  const mail = passwordResetMail({ locale: toLocale(user.locale), url, expiresMinutes: PASSWORD_RESET_TTL_MS / 60_000 });
  // A link that never left must not stay usable; the user's next request sends a fresh one.
  return sendAfterResponse({ to: email, ...mail }, () => db.emailToken.deleteMany({ where: { tokenHash: hashToken(token), usedAt: null } }));
}

export async function openPasswordReset(token: string) {
  return db.emailToken.findFirst({
    where: { tokenHash: hashToken(token), purpose: PURPOSE, usedAt: null, expiresAt: { gt: new Date() } },
    include: { user: { include: { totpCredentials: { where: { confirmedAt: { not: null } }, select: { id: true }, take: 1 } } } },
  });
}

/**
 * Sets the new password, uses up the link, ends every session and lifts strangers' block
 * on the password step. It never signs in:
 * the next login asks for the password and, with MFA on, the second factor too.
 */
export async function resetPassword(token: string, password: string): Promise<void> {
  const reset = await openPasswordReset(token);
  if (!reset) fail("reset.invalid");
  const { user } = reset;
  const policy = checkPassword({ password, mfaEnabled: user.totpCredentials.length > 0, context: [user.name, user.email, user.email.split("@")[0] ?? ""] });
  if (!policy.ok) fail("errors.invalidInput", undefined, { password: passwordErrorKey(policy) });
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    const used = await tx.emailToken.updateMany({ where: { id: reset.id, usedAt: null }, data: { usedAt: new Date() } });
    if (used.count !== 1) fail("reset.invalid");
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    // Whoever passed the password step with the old password loses that step and its link.
    await voidLoginLinks(tx, user);
    // Whoever knew the old password and sat at a remembered browser must give the code again.
    await forgetRememberedDevices(tx, user.id);
    await recordActivity(tx, { companyId: user.companyId, userId: user.id, type: "PASSWORD_RESET" });
  });
  // Whatever strangers did to the account's password budget ends with the reset.
  await clearFailures(`login:account:${user.email}`);
  await sendMail({ to: user.email, ...passwordChangedMail({ locale: toLocale(user.locale), name: user.name }) });
}
