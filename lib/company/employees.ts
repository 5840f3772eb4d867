import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { toLocale } from "@/lib/i18n";
import { fail } from "@/lib/errors/action-failure";
import type { CurrentUser } from "@/lib/session/load-user";
import { recordActivity } from "@/lib/activity/events";
import { forgetRememberedDevices } from "@/lib/sign-in/known-devices";
import { sendMail } from "@/lib/mail/send";
import { mfaReminderMail, mfaResetByOwnerMail } from "@/lib/mail/templates";
import { requireCurrentFactor } from "@/lib/mfa/reauth";
import { REMINDER_INTERVAL_MS } from "@/lib/limits";

/** An employee of the owner's own company — never anyone else's, whatever id was sent. */
async function ownEmployee(owner: CurrentUser, employeeId: string) {
  const employee = await db.user.findFirst({ where: { id: employeeId, companyId: owner.companyId, role: "EMPLOYEE" } });
  if (!employee) fail("employees.notFound");
  return employee;
}

/**
 * Lost phone, no backup: the owner confirms with their own current code (a reset is at
 * least as strong as the factor it removes). The employee's authenticator and recovery
 * codes go, and all their sessions end at once through the session version.
 */
export async function resetEmployeeMfa(owner: CurrentUser, employeeId: string, ownerFactor: string, ipAddress: string): Promise<void> {
  if (!owner.mfaEnabledAt) fail("employees.reset.ownerNeedsMfa");
  const employee = await ownEmployee(owner, employeeId);
  await requireCurrentFactor(owner, ownerFactor || undefined, ipAddress, { allowRecentRecovery: false, field: "ownerFactor" });
  await db.$transaction(async (tx) => {
    await tx.totpCredential.deleteMany({ where: { userId: employee.id } });
    await tx.recoveryCode.deleteMany({ where: { userId: employee.id } });
    await tx.user.update({
      where: { id: employee.id },
      data: { sessionVersion: { increment: 1 }, secondFactorFailures: 0, secondFactorLockedUntil: null },
    });
    await forgetRememberedDevices(tx, employee.id);
    await recordActivity(tx, { companyId: owner.companyId, userId: employee.id, actorId: owner.id, type: "MFA_RESET_BY_OWNER", ipAddress });
  });
  await sendMail({ to: employee.email, ...mfaResetByOwnerMail({ locale: toLocale(employee.locale), name: employee.name, ownerName: owner.name }) });
}

/** "Uitloggen op alle apparaten": every session of the employee ends at its next request. */
export async function endEmployeeSessions(owner: CurrentUser, employeeId: string, ipAddress: string): Promise<void> {
  const employee = await ownEmployee(owner, employeeId);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: employee.id }, data: { sessionVersion: { increment: 1 } } });
    await forgetRememberedDevices(tx, employee.id);
    await recordActivity(tx, { companyId: owner.companyId, userId: employee.id, actorId: owner.id, type: "SIGNED_OUT_EVERYWHERE", ipAddress });
  });
}

/** Removes the employee's account; their sessions end at their next request (no user, no session). */
export async function removeEmployee(owner: CurrentUser, employeeId: string, ipAddress: string): Promise<void> {
  const employee = await ownEmployee(owner, employeeId);
  await db.$transaction(async (tx) => {
    await tx.user.delete({ where: { id: employee.id } });
    await recordActivity(tx, { companyId: owner.companyId, actorId: owner.id, type: "EMPLOYEE_REMOVED", detail: employee.email, ipAddress });
  });
}

/** A reminder to each employee without MFA, at most once a day each. Returns how many were sent. */
export async function sendMfaReminders(owner: CurrentUser, now = new Date()): Promise<number> {
  const due = await db.user.findMany({
    where: {
      companyId: owner.companyId,
      role: "EMPLOYEE",
      totpCredentials: { none: { confirmedAt: { not: null } } },
      OR: [{ lastMfaReminderAt: null }, { lastMfaReminderAt: { lt: new Date(now.getTime() - REMINDER_INTERVAL_MS) } }],
    },
    select: { id: true, email: true, name: true, locale: true },
  });
  let sent = 0;
  for (const employee of due) {
    // Claim first, so two clicks at once send one mail.
    const claimed = await db.user.updateMany({
      where: {
        id: employee.id,
        OR: [{ lastMfaReminderAt: null }, { lastMfaReminderAt: { lt: new Date(now.getTime() - REMINDER_INTERVAL_MS) } }],
      },
      data: { lastMfaReminderAt: now },
    });
    if (claimed.count !== 1) continue;
    await sendMail({
      to: employee.email,
      ...mfaReminderMail({ locale: toLocale(employee.locale), name: employee.name, companyName: owner.companyName, url: `${env().APP_URL}/mfa/setup` }),
    });
    sent++;
  }
  return sent;
}
