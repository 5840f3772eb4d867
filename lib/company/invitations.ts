import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { defaultLocale, toLocale, type Locale } from "@/lib/i18n";
import { fail } from "@/lib/errors/action-failure";
import type { CurrentUser } from "@/lib/session/load-user";
import { recordActivity } from "@/lib/activity/events";
import { sendMail } from "@/lib/mail/send";
import { invitationMail, invitedWithAccountMail } from "@/lib/mail/templates";
import { hashPassword } from "@/lib/passwords/hash";
import { checkPassword } from "@/lib/passwords/policy";
import { passwordErrorKey } from "@/lib/validation/password";
import { hashToken, randomToken } from "@/lib/security/tokens";
import { INVITATION_TTL_MS } from "@/lib/limits";
import { now as clockNow } from "@/lib/clock";
import { joinerMfaDueAt } from "./mfa-deadline";

function newLink() {
  const token = randomToken();
  return { token, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + INVITATION_TTL_MS) };
}

/**
 * The invitation mail. Someone who already has an account (with another company: an
 * address belongs to one company) is told what that means instead of getting a link;
 * the owner's answer is the same either way (docs/SECURITY.md, "Enumeration").
 */
async function mailInvitation(owner: CurrentUser, email: string, { token, expiresAt }: { token: string; expiresAt: Date }) {
  const locale = toLocale(owner.locale);
  const names = { companyName: owner.companyName, inviterName: owner.name };
  const holder = await db.user.findUnique({ where: { email }, select: { id: true } });
  const url = `${env().APP_URL}/invite/${token}`;
  const mail = holder ? invitedWithAccountMail({ locale, ...names }) : invitationMail({ locale, ...names, url, expiresAt });
  return sendMail({ to: email, ...mail });
}

export async function inviteEmployee(owner: CurrentUser, email: string, ipAddress: string): Promise<void> {
  // Someone of the owner's own company is no secret to the owner.
  if (await db.user.findFirst({ where: { email, companyId: owner.companyId }, select: { id: true } })) {
    fail("errors.invalidInput", undefined, { email: "employees.invite.alreadyUser" });
  }
  const open = await db.invitation.findFirst({
    where: { companyId: owner.companyId, email, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
  });
  if (open) fail("errors.invalidInput", undefined, { email: "employees.invite.alreadyInvited" });

  const link = newLink();
  const invitation = await db.invitation.create({
    data: { companyId: owner.companyId, email, invitedById: owner.id, tokenHash: link.tokenHash, expiresAt: link.expiresAt },
  });
  try {
    await mailInvitation(owner, email, link);
  } catch (error) {
    // No invitation without its mail: the owner sees the error and can try again.
    await db.invitation.delete({ where: { id: invitation.id } });
    throw error;
  }
  // Logged once the mail has gone, so the activity never shows an invitation that does not exist.
  await recordActivity(db, { companyId: owner.companyId, actorId: owner.id, type: "EMPLOYEE_INVITED", detail: email, ipAddress });
}

async function ownInvitation(owner: CurrentUser, invitationId: string) {
  const invitation = await db.invitation.findFirst({
    where: { id: invitationId, companyId: owner.companyId, acceptedAt: null, revokedAt: null },
  });
  if (!invitation) fail("employees.invite.notFound");
  return invitation;
}

/** A new link for the same invitation: the previous link stops working, the week starts again. */
export async function resendInvitation(owner: CurrentUser, invitationId: string): Promise<void> {
  const invitation = await ownInvitation(owner, invitationId);
  const link = newLink();
  await db.invitation.update({ where: { id: invitation.id }, data: { tokenHash: link.tokenHash, expiresAt: link.expiresAt } });
  try {
    await mailInvitation(owner, invitation.email, link);
  } catch (error) {
    // The new link never left: the one the employee already has works again, as before.
    const previous = { tokenHash: invitation.tokenHash, expiresAt: invitation.expiresAt };
    await db.invitation.updateMany({ where: { id: invitation.id, tokenHash: link.tokenHash }, data: previous });
    throw error;
  }
}

export async function revokeInvitation(owner: CurrentUser, invitationId: string): Promise<void> {
  const invitation = await ownInvitation(owner, invitationId);
  await db.invitation.update({ where: { id: invitation.id }, data: { revokedAt: new Date() } });
}

/** The invitation behind a link, if it can still be used. */
export async function openInvitation(token: string) {
  return db.invitation.findFirst({
    where: { tokenHash: hashToken(token), acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    include: { company: { select: { name: true } } },
  });
}

/**
 * The employee sets a name and password. The invitation is consumed by a conditional
 * update in the same transaction that creates the account, so a link works once.
 * The invitation mail was in the owner's language; the account takes the language of the
 * page it was accepted on (`locale`: the invitee's switch or browser).
 */
export async function acceptInvitation(token: string, input: { name: string; password: string }, locale: Locale = defaultLocale): Promise<string> {
  const invitation = await openInvitation(token);
  if (!invitation) fail("invite.invalid");
  const policy = checkPassword({
    password: input.password,
    mfaEnabled: false,
    context: [invitation.company.name, input.name, invitation.email, invitation.email.split("@")[0] ?? ""],
  });
  if (!policy.ok) fail("errors.invalidInput", undefined, { password: passwordErrorKey(policy) });
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const used = await tx.invitation.updateMany({
        where: { id: invitation.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
        data: { acceptedAt: new Date() },
      });
      if (used.count !== 1) fail("invite.invalid");
      const company = await tx.company.findUniqueOrThrow({
        where: { id: invitation.companyId },
        select: { mfaRequired: true, mfaDeadline: true, mfaGraceDays: true },
      });
      const user = await tx.user.create({
        data: {
          companyId: invitation.companyId,
          email: invitation.email,
          name: input.name,
          passwordHash,
          role: "EMPLOYEE",
          locale,
          mfaDueAt: joinerMfaDueAt(company, clockNow()),
        },
      });
      return user.id;
    });
  } catch (error) {
    if (error instanceof Error && "code" in error && error.code === "P2002") fail("invite.emailTaken");
    throw error;
  }
}
