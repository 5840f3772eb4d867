import { toLocale } from "@/lib/i18n";
import { db } from "@/lib/db/client";
import { hashPassword } from "@/lib/passwords/hash";
import { requireCurrentPassword } from "@/lib/mfa/reauth";
import { checkPassword } from "@/lib/passwords/policy";
import { passwordErrorKey } from "@/lib/validation/password";
import { recordActivity } from "@/lib/activity/events";
import { forgetRememberedDevices } from "@/lib/sign-in/known-devices";
import { fail } from "@/lib/errors/action-failure";
import type { CurrentUser } from "@/lib/session/load-user";
import { sendMail } from "@/lib/mail/send";
import { passwordChangedMail } from "@/lib/mail/templates";
import { voidLoginLinks } from "@/lib/sign-in/login-link";

/**
 * Needs the current password (ASVS 6.2.3). The new one is checked against the rules for
 * this user's situation, and every session — this one too — ends: the session version
 * moves on in the same transaction as the hash, and open login links and challenges go too.
 */
export async function changePassword(
  user: CurrentUser,
  input: { currentPassword: string; newPassword: string },
  ipAddress: string,
): Promise<void> {
  await requireCurrentPassword(user, input.currentPassword, ipAddress, {
    field: "currentPassword",
    wrongKey: "account.password.wrongCurrent",
    purpose: "changePassword",
  });
  if (input.currentPassword === input.newPassword) {
    fail("errors.invalidInput", undefined, { newPassword: "account.password.sameAsCurrent" });
  }
  const policy = checkPassword({
    password: input.newPassword,
    mfaEnabled: user.mfaEnabledAt !== null,
    context: [user.companyName, user.name, user.email, user.email.split("@")[0] ?? ""],
  });
  if (!policy.ok) fail("errors.invalidInput", undefined, { newPassword: passwordErrorKey(policy) });

  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    // A password step made with the old password, and its link, end with it.
    await voidLoginLinks(tx, user);
    // Remembered browsers skipped the code on the strength of the old password's sign-in.
    await forgetRememberedDevices(tx, user.id);
    await recordActivity(tx, { companyId: user.companyId, userId: user.id, type: "PASSWORD_CHANGED", ipAddress });
  });
  await sendMail({ to: user.email, ...passwordChangedMail({ locale: toLocale(user.locale), name: user.name, when: new Date() }) });
}
