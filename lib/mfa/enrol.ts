import { db } from "@/lib/db/client";
import { toLocale } from "@/lib/i18n";
import { fail } from "@/lib/errors/action-failure";
import type { CurrentUser } from "@/lib/session/load-user";
import { recordActivity } from "@/lib/activity/events";
import { forgetRememberedDevices } from "@/lib/sign-in/known-devices";
import { alertOwners } from "@/lib/company/owner-alerts";
import { sendMail } from "@/lib/mail/send";
import { authenticatorReplacedMail, mfaEnabledMail } from "@/lib/mail/templates";
import { decryptTotpSecret } from "./secret-crypto";
import { verifyTotp } from "./totp";
import { issueRecoveryCodes, remainingRecoveryCodes } from "./recovery-store";
import { needsPasswordForEnrolment, requireCurrentFactor, requireCurrentPassword } from "./reauth";

export type EnrolmentResult = { replaced: boolean; recoveryCodes: string[] | null };

/**
 * Step 4 of the help page: a correct current code from the new app confirms the pending
 * key, and only then is it active. When it replaces an active authenticator, the old one
 * is switched off in the same transaction — never before the new one works.
 */
export async function confirmEnrolment(
  user: CurrentUser,
  input: { code: string; currentFactor?: string; password?: string },
  ipAddress: string,
): Promise<EnrolmentResult> {
  const replacing = user.mfaEnabledAt !== null;
  const pending = await db.totpCredential.findFirst({
    // Only the key this session was shown: another session's pending key is not ours to confirm.
    where: { userId: user.id, sessionId: user.sessionId, confirmedAt: null },
    orderBy: { createdAt: "desc" },
  });
  if (!pending) fail("mfa.setup.expired");

  // The new app's code first, so a typo there costs no recovery code given as proof below.
  // It is checked against its own key only: the old and the new app show codes of the
  // same time step, and the old one may just have been used as that proof.
  const secret = decryptTotpSecret({ userId: user.id, payload: pending.encryptedSecret });
  const check = await verifyTotp({ secret, token: input.code, lastUsedStep: null });
  if (!check.ok) {
    fail("errors.invalidInput", undefined, { code: check.reason === "format" ? "auth.verify.codeFormat" : "mfa.setup.wrongCode" });
  }

  if (replacing) {
    await requireCurrentFactor(user, input.currentFactor, ipAddress);
  } else if (needsPasswordForEnrolment(user)) {
    await requireCurrentPassword(user, input.password, ipAddress, { field: "password", wrongKey: "mfa.setup.wrongPassword", purpose: "mfaSetup" });
  }

  // Replacing a phone keeps the recovery codes, unless none are left.
  const needCodes = !replacing || (await remainingRecoveryCodes(user.id)) === 0;
  const now = new Date();
  const recoveryCodes = await db.$transaction(async (tx) => {
    const confirmed = await tx.totpCredential.updateMany({
      where: { id: pending.id, confirmedAt: null },
      data: { confirmedAt: now },
    });
    if (confirmed.count !== 1) fail("mfa.setup.expired");
    await tx.totpCredential.deleteMany({ where: { userId: user.id, id: { not: pending.id } } });
    // From now on the new key's codes up to this step are spent, like any used code.
    const stepRow = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { totpLastUsedStep: true } });
    await tx.user.update({
      where: { id: user.id },
      data: {
        secondFactorFailures: 0,
        secondFactorLockedUntil: null,
        totpLastUsedStep: Math.max(stepRow.totpLastUsedStep ?? 0, check.step),
      },
    });
    // A new authenticator (a lost phone, perhaps): browsers remembered with the old one ask again.
    await forgetRememberedDevices(tx, user.id);
    await recordActivity(tx, {
      companyId: user.companyId,
      userId: user.id,
      type: replacing ? "AUTHENTICATOR_REPLACED" : "MFA_ENABLED",
      ipAddress,
    });
    return needCodes ? issueRecoveryCodes(tx, user.id) : null;
  });

  const mail = replacing ? authenticatorReplacedMail : mfaEnabledMail;
  await sendMail({ to: user.email, ...mail({ locale: toLocale(user.locale), name: user.name }) });
  if (replacing) await alertOwners(user, { kind: "authenticatorReplaced" }, ipAddress);
  return { replaced: replacing, recoveryCodes };
}
