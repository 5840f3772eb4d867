import { db } from "@/lib/db/client";
import { toLocale } from "@/lib/i18n";
import { fail } from "@/lib/errors/action-failure";
import type { CurrentUser } from "@/lib/session/load-user";
import { recordActivity } from "@/lib/activity/events";
import { forgetRememberedDevices } from "@/lib/sign-in/known-devices";
import { alertOwners } from "@/lib/company/owner-alerts";
import { sendMail } from "@/lib/mail/send";
import { mfaDisabledMail, recoveryCodesRegeneratedMail } from "@/lib/mail/templates";
import { issueRecoveryCodes } from "./recovery-store";
import { requireCurrentFactor } from "./reauth";

/** New recovery codes (all old ones void), after a current code. Returned once, never stored in plain. */
export async function regenerateRecoveryCodes(user: CurrentUser, currentFactor: string, ipAddress: string): Promise<string[]> {
  if (!user.mfaEnabledAt) fail("mfa.manage.notEnabled");
  await requireCurrentFactor(user, currentFactor || undefined, ipAddress);
  const codes = await db.$transaction(async (tx) => {
    await recordActivity(tx, { companyId: user.companyId, userId: user.id, type: "RECOVERY_CODES_REGENERATED", ipAddress });
    return issueRecoveryCodes(tx, user.id);
  });
  await sendMail({ to: user.email, ...recoveryCodesRegeneratedMail({ locale: toLocale(user.locale), name: user.name }) });
  return codes;
}

export type DisableRule = { canDisable: true } | { canDisable: false; reason: "requiredByCompany" | "requiredForOwner" };

/**
 * Whether this user may switch MFA off: never while the company requires it — not for an
 * employee, and not for an owner, whose account can manage every employee's. The pages
 * use it to hide the button; disableMfa enforces it.
 */
export function mfaDisableRule(user: Pick<CurrentUser, "role" | "companyMfaRequired">): DisableRule {
  if (!user.companyMfaRequired) return { canDisable: true };
  return { canDisable: false, reason: user.role === "OWNER" ? "requiredForOwner" : "requiredByCompany" };
}

/** Switches MFA off, after a current code, where mfaDisableRule allows it. */
export async function disableMfa(user: CurrentUser, currentFactor: string, ipAddress: string): Promise<void> {
  if (!user.mfaEnabledAt) fail("mfa.manage.notEnabled");
  const rule = mfaDisableRule(user);
  if (!rule.canDisable) fail(rule.reason === "requiredForOwner" ? "mfa.manage.requiredForOwner" : "mfa.manage.requiredByCompany");
  await requireCurrentFactor(user, currentFactor || undefined, ipAddress);
  await db.$transaction(async (tx) => {
    await tx.totpCredential.deleteMany({ where: { userId: user.id } });
    await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
    await tx.user.update({ where: { id: user.id }, data: { secondFactorFailures: 0, secondFactorLockedUntil: null } });
    // No code to skip any more; should MFA come back, no browser skips it unasked.
    await forgetRememberedDevices(tx, user.id);
    await recordActivity(tx, { companyId: user.companyId, userId: user.id, type: "MFA_DISABLED", ipAddress });
  });
  await sendMail({ to: user.email, ...mfaDisabledMail({ locale: toLocale(user.locale), name: user.name }) });
  await alertOwners(user, { kind: "mfaDisabled" }, ipAddress);
}
