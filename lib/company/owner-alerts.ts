import { db } from "@/lib/db/client";
import { toLocale } from "@/lib/i18n";
import { logger, errorName } from "@/lib/log";
import type { CurrentUser } from "@/lib/session/load-user";
import { recordActivity } from "@/lib/activity/events";
import { sendMail } from "@/lib/mail/send";
import { employeeCodesGuessedMail, ownerAlertMail, type MailContent, type OwnerAlertEvent } from "@/lib/mail/templates";

/**
 * "Owner alerts" (issue 14): the owner hears by e-mail when an employee signs in with a
 * recovery code or the backup login link, switches MFA off, replaces the authenticator,
 * or is locked by wrong codes. Each kind can be switched off on Medewerkers; the
 * settings live on the Company, so every owner of it shares them.
 */
export const ownerAlertKinds = ["recoveryLogin", "mfaDisabled", "authenticatorReplaced", "secondFactorLocked"] as const;
export type OwnerAlertKind = (typeof ownerAlertKinds)[number];
export type OwnerAlertSettings = Record<OwnerAlertKind, boolean>;

const column = {
  recoveryLogin: "alertRecoveryLogin",
  mfaDisabled: "alertMfaDisabled",
  authenticatorReplaced: "alertAuthenticatorReplaced",
  secondFactorLocked: "alertSecondFactorLocked",
} as const satisfies Record<OwnerAlertKind, string>;

export async function ownerAlertSettings(companyId: string): Promise<OwnerAlertSettings> {
  const row = await db.company.findUniqueOrThrow({
    where: { id: companyId },
    select: { alertRecoveryLogin: true, alertMfaDisabled: true, alertAuthenticatorReplaced: true, alertSecondFactorLocked: true },
  });
  return {
    recoveryLogin: row.alertRecoveryLogin,
    mfaDisabled: row.alertMfaDisabled,
    authenticatorReplaced: row.alertAuthenticatorReplaced,
    secondFactorLocked: row.alertSecondFactorLocked,
  };
}

/** Saves all four at once and records which are on, like the other owner changes. */
export async function setOwnerAlertSettings(owner: CurrentUser, settings: OwnerAlertSettings, ipAddress: string): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.company.update({
      where: { id: owner.companyId },
      data: Object.fromEntries(ownerAlertKinds.map((kind) => [column[kind], settings[kind]])),
    });
    await recordActivity(tx, {
      companyId: owner.companyId,
      userId: owner.id,
      type: "OWNER_ALERTS_CHANGED",
      detail: ownerAlertKinds.map((kind) => `${kind}=${settings[kind] ? "on" : "off"}`).join(","),
      ipAddress,
    });
  });
}

export type AlertEmployee = { id: string; companyId: string; email: string; name: string };

export type OwnerAlert =
  | { kind: "recoveryLogin"; via: "recoveryCode" | "loginLink" }
  | { kind: "mfaDisabled" }
  | { kind: "authenticatorReplaced" }
  | { kind: "secondFactorLocked"; until: Date };

/**
 * Mails the owners of the employee's company, when that kind is on. Called after the
 * event has committed; it never throws, so a mail failure cannot undo a sign-in or a
 * change — it is logged instead. An owner's own events mail nobody: only EMPLOYEE rows
 * trigger it, and the owners are looked up in the same company only.
 */
export async function alertOwners(employee: AlertEmployee, alert: OwnerAlert, ipAddress: string | null, when = new Date()): Promise<void> {
  try {
    const who = await db.user.findUnique({ where: { id: employee.id }, select: { role: true, companyId: true } });
    if (who?.role !== "EMPLOYEE" || who.companyId !== employee.companyId) return;
    const settings = await ownerAlertSettings(employee.companyId);
    if (!settings[alert.kind]) return;
    const owners = await db.user.findMany({
      where: { companyId: employee.companyId, role: "OWNER" },
      select: { email: true, name: true, locale: true },
    });
    for (const owner of owners) {
      const base = { locale: toLocale(owner.locale), name: owner.name, employeeName: employee.name, employeeEmail: employee.email, ipAddress, when };
      const mail: MailContent =
        alert.kind === "secondFactorLocked"
          ? employeeCodesGuessedMail({ ...base, until: alert.until })
          : ownerAlertMail({ ...base, event: alert.kind === "recoveryLogin" ? alert.via : alert.kind });
      // One owner's failing address must not keep the alert from the others.
      await sendMail({ to: owner.email, ...mail }).catch((error: unknown) => {
        logger.error("ownerAlert.failed", { kind: alert.kind, error: errorName(error) });
      });
    }
  } catch (error) {
    logger.error("ownerAlert.failed", { kind: alert.kind, error: errorName(error) });
  }
}
