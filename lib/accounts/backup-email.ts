import { db } from "@/lib/db/client";
import { rawText } from "@/lib/db/raw-values";
import { env } from "@/lib/env";
import { toLocale } from "@/lib/i18n";
import { fail } from "@/lib/errors/action-failure";
import type { CurrentUser } from "@/lib/session/load-user";
import { recordActivity } from "@/lib/activity/events";
import { sendMail } from "@/lib/mail/send";
import { backupEmailChangedMail, backupEmailConfirmMail, backupEmailRemovedMail } from "@/lib/mail/templates";
import { minutesUntil, reserveAttempt } from "@/lib/rate-limit";
import { limits, BACKUP_CONFIRM_TTL_MS } from "@/lib/limits";
import { requireCurrentFactor, requireCurrentPassword } from "@/lib/mfa/reauth";
import { hashToken, randomToken } from "@/lib/security/tokens";
import { maskEmail } from "@/lib/validation/email";
import { voidLoginLinks } from "@/lib/sign-in/login-link";

const PURPOSE = "BACKUP_EMAIL_CONFIRM";

/** Changing the backup address is a change to the way back in: a current code, or the password without MFA. */
async function requireProof(user: CurrentUser, proof: string, ipAddress: string): Promise<void> {
  if (user.mfaEnabledAt) return requireCurrentFactor(user, proof || undefined, ipAddress, { field: "proof" });
  await requireCurrentPassword(user, proof, ipAddress, { field: "proof", wrongKey: "backup.wrongPassword", purpose: "backupEmail" });
}

export async function pendingBackupEmail(userId: string, now = new Date()): Promise<{ email: string } | null> {
  // Raw SQL: one of Mijn login's reads, which are all raw (issue 11).
  const rows = await db.$queryRaw<{ email: unknown }[]>`
    SELECT "email" AS "email" FROM "EmailToken"
    WHERE "userId" = ${userId} AND "purpose" = ${PURPOSE} AND "usedAt" IS NULL AND "expiresAt" > ${now}
    ORDER BY "createdAt" DESC LIMIT 1`;
  const email = rawText(rows[0]?.email);
  return email === null ? null : { email };
}

/**
 * "Backup instellingen invoeren": nothing changes until the new mailbox confirms. The
 * address must differ from the login address (both are normalised by the form schema).
 */
export async function requestBackupEmail(user: CurrentUser, input: { email: string; proof: string }, ipAddress: string): Promise<{ sentTo: string }> {
  if (input.email === user.email) fail("errors.invalidInput", undefined, { email: "backup.sameAsLogin" });
  if (input.email === user.backupEmail && user.backupEmailConfirmedAt) fail("errors.invalidInput", undefined, { email: "backup.sameAsCurrent" });
  await requireProof(user, input.proof, ipAddress);
  // Each request mails an address the user typed: keep that from becoming a mail cannon.
  const state = await reserveAttempt(`backup-confirm:user:${user.id}`, limits.backupConfirmPerAccount);
  if (state.blocked) fail("errors.tooManyAttempts", { minutes: minutesUntil(state.retryAfterMs) });

  const token = randomToken();
  const created = await db.$transaction(async (tx) => {
    // A new request voids earlier unconfirmed ones.
    await tx.emailToken.deleteMany({ where: { userId: user.id, purpose: PURPOSE, usedAt: null } });
    return tx.emailToken.create({
      data: { userId: user.id, purpose: PURPOSE, email: input.email, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + BACKUP_CONFIRM_TTL_MS) },
    });
  });
  try {
    await sendMail({ to: input.email, ...backupEmailConfirmMail({ locale: toLocale(user.locale), url: `${env().APP_URL}/backup/confirm/${token}` }) });
  } catch {
    // No pending address whose confirmation never left.
    await db.emailToken.delete({ where: { id: created.id } });
    fail("backup.sendFailed");
  }
  return { sentTo: input.email };
}

export async function openBackupConfirmation(token: string) {
  return db.emailToken.findFirst({
    where: { tokenHash: hashToken(token), purpose: PURPOSE, usedAt: null, expiresAt: { gt: new Date() } },
    select: { id: true, email: true },
  });
}

/** The click in the new mailbox: the address takes effect, and the old addresses are told. */
export async function confirmBackupEmail(token: string): Promise<void> {
  const pending = await db.emailToken.findFirst({
    where: { tokenHash: hashToken(token), purpose: PURPOSE, usedAt: null, expiresAt: { gt: new Date() } },
    include: { user: true },
  });
  if (!pending) fail("backup.invalid");
  const { user } = pending;
  const previous = user.backupEmailConfirmedAt ? user.backupEmail : null;
  await db.$transaction(async (tx) => {
    const used = await tx.emailToken.updateMany({ where: { id: pending.id, usedAt: null }, data: { usedAt: new Date() } });
    if (used.count !== 1) fail("backup.invalid");
    await tx.user.update({ where: { id: user.id }, data: { backupEmail: pending.email, backupEmailConfirmedAt: new Date() } });
    // A link already mailed to an old address must not outlive the change. A first address
    // had no links to void, and a sign-in waiting for it may go on and use it.
    if (previous) await voidLoginLinks(tx, user);
    await recordActivity(tx, { companyId: user.companyId, userId: user.id, type: "BACKUP_EMAIL_CHANGED", detail: maskEmail(pending.email) });
  });
  await notifyOldAddresses(user, previous, maskEmail(pending.email));
}

export async function removeBackupEmail(user: CurrentUser, proof: string, ipAddress: string): Promise<void> {
  await requireProof(user, proof, ipAddress);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { backupEmail: null, backupEmailConfirmedAt: null } });
    await tx.emailToken.deleteMany({ where: { userId: user.id, purpose: PURPOSE, usedAt: null } });
    await voidLoginLinks(tx, user);
    await recordActivity(tx, { companyId: user.companyId, userId: user.id, type: "BACKUP_EMAIL_CHANGED", detail: "removed", ipAddress });
  });
  await notifyOldAddresses(user, user.backupEmailConfirmedAt ? user.backupEmail : null, null);
}

/** The login address and the previous backup address hear of every change; `newAddressMasked` null means removed. */
async function notifyOldAddresses(user: { email: string; locale: string; name: string }, previousBackup: string | null, newAddressMasked: string | null) {
  const notice = { locale: toLocale(user.locale), name: user.name };
  const mail = newAddressMasked ? backupEmailChangedMail({ ...notice, newAddressMasked }) : backupEmailRemovedMail(notice);
  for (const to of [user.email, previousBackup].filter((address): address is string => Boolean(address))) {
    await sendMail({ to, ...mail });
  }
}
