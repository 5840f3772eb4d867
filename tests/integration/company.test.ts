import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ActionFailure } from "@/lib/errors/action-failure";
import type { CurrentUser } from "@/lib/session/load-user";
import { db } from "@/lib/db/client";
import { removeEmployee, sendMfaReminders } from "@/lib/company/employees";
import { acceptInvitation, inviteEmployee, openInvitation, resendInvitation, revokeInvitation } from "@/lib/company/invitations";
import { listPeople, pendingInvitations } from "@/lib/company/people";
import { companyActivity } from "@/lib/activity/read";
import { setMfaRequired } from "@/lib/company/policy";
import { verifyPassword } from "@/lib/passwords/hash";
import { hashToken } from "@/lib/security/tokens";
import { rejectionOf } from "../support/db-helpers";
import { createPerson } from "../support/people";
import { uniqueEmail, uniqueIp } from "../support/unique";
import { currentUserOf } from "../support/current-user";

/*
 * The company domain (lib/company/*) on the real database: invitations used once, also when
 * two requests race; reminders at most once a day, also under a double click; and every
 * lookup bound to the owner's own company. None of it needs a request scope.
 */

const PASSWORD = "groene fietsen rijden langs het kanaal";
const DAY_MS = 24 * 60 * 60_000;

/** A company owner as the guards would hand it to a server action. */
async function owner({ mfa = false }: { mfa?: boolean } = {}): Promise<CurrentUser> {
  const user = await createPerson({ name: "Olga Eigenaar", companyName: `Bakkerij ${randomUUID().slice(0, 8)}`, mfa });
  return currentUserOf(user.id, { sessionSecondFactor: mfa ? "totp" : "none" });
}

/** Invites through the app and returns the token from the mail in the outbox. */
async function invite(by: CurrentUser, email = uniqueEmail("uitgenodigd")): Promise<{ email: string; token: string }> {
  await inviteEmployee(by, email, uniqueIp());
  return { email, token: await newestToken(email) };
}

async function newestToken(email: string, not: string[] = []): Promise<string> {
  const mails = await db.outboxMail.findMany({ where: { to: email }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
  const tokens = mails.map((mail) => /\/invite\/([A-Za-z0-9_-]+)/.exec(mail.text)?.[1]).filter((token): token is string => Boolean(token));
  const token = tokens.find((candidate) => !not.includes(candidate));
  if (!token) throw new Error(`no invitation mail to ${email}`);
  return token;
}

async function failureKey(promise: Promise<unknown>): Promise<{ key: string; fieldErrors?: Record<string, string> }> {
  const error = await rejectionOf(promise);
  if (!(error instanceof ActionFailure)) throw error;
  return { key: error.key, fieldErrors: error.fieldErrors };
}

describe("invitations", () => {
  it("a link creates one employee, in the inviting company, with the chosen password; then it is spent", async () => {
    const boss = await owner();
    const { email, token } = await invite(boss);
    const invitation = await db.invitation.findFirstOrThrow({ where: { email } });
    // Only the hash is stored, never the token itself.
    expect(invitation.tokenHash).toBe(hashToken(token));
    expect(invitation.tokenHash).not.toContain(token);

    const userId = await acceptInvitation(token, { name: "Jan Jansen", password: PASSWORD });
    const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(user).toMatchObject({ email, name: "Jan Jansen", role: "EMPLOYEE", companyId: boss.companyId });
    expect(user.passwordHash && (await verifyPassword(user.passwordHash, PASSWORD))).toBe(true);

    expect(await openInvitation(token)).toBeNull();
    expect((await failureKey(acceptInvitation(token, { name: "Nog een keer", password: PASSWORD }))).key).toBe("invite.invalid");
    expect(await db.user.count({ where: { email } })).toBe(1);
    expect(await pendingInvitations(boss.companyId)).toEqual([]);
  });

  it("two accepts of the same link at once create one account", async () => {
    const boss = await owner();
    const { email, token } = await invite(boss);
    const results = await Promise.allSettled([
      acceptInvitation(token, { name: "Eerste", password: PASSWORD }),
      acceptInvitation(token, { name: "Tweede", password: PASSWORD }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((result) => result.status === "rejected");
    expect(refused?.status === "rejected" && refused.reason instanceof ActionFailure ? refused.reason.key : refused).toMatch(
      /^invite\.(invalid|emailTaken)$/,
    );
    expect(await db.user.count({ where: { email } })).toBe(1);
  });

  it("a revoked, replaced or expired link is refused", async () => {
    const boss = await owner();

    const revoked = await invite(boss);
    const revokedRow = await db.invitation.findFirstOrThrow({ where: { email: revoked.email } });
    await revokeInvitation(boss, revokedRow.id);
    expect((await failureKey(acceptInvitation(revoked.token, { name: "Piet", password: PASSWORD }))).key).toBe("invite.invalid");

    const resent = await invite(boss);
    const resentRow = await db.invitation.findFirstOrThrow({ where: { email: resent.email } });
    await resendInvitation(boss, resentRow.id);
    const newToken = await newestToken(resent.email, [resent.token]);
    expect(await db.outboxMail.count({ where: { to: resent.email } })).toBe(2);
    expect(newToken).not.toBe(resent.token);
    expect(await openInvitation(resent.token)).toBeNull();
    expect(await openInvitation(newToken)).not.toBeNull();

    const expired = await invite(boss);
    await db.invitation.updateMany({ where: { email: expired.email }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await failureKey(acceptInvitation(expired.token, { name: "Kees", password: PASSWORD }))).key).toBe("invite.invalid");
    expect(await db.user.count({ where: { email: { in: [revoked.email, expired.email] } } })).toBe(0);
  });

  it("someone of the own company, or with an open invitation, is not invited again", async () => {
    const boss = await owner();
    const colleague = await createPerson({ companyId: boss.companyId });
    expect(await failureKey(inviteEmployee(boss, colleague.email, uniqueIp()))).toEqual({
      key: "errors.invalidInput",
      fieldErrors: { email: "employees.invite.alreadyUser" },
    });
    const { email } = await invite(boss);
    expect(await failureKey(inviteEmployee(boss, email, uniqueIp()))).toEqual({
      key: "errors.invalidInput",
      fieldErrors: { email: "employees.invite.alreadyInvited" },
    });
    expect(await db.invitation.count({ where: { email } })).toBe(1);
  });

  it("inviting an address with an account elsewhere answers the same; only the mail tells its holder", async () => {
    const boss = await owner();
    const elsewhere = await createPerson();
    const fresh = uniqueEmail("nieuw");
    // Same answer, same rows: the owner cannot tell which address has an account.
    await expect(inviteEmployee(boss, elsewhere.email, uniqueIp())).resolves.toBeUndefined();
    await expect(inviteEmployee(boss, fresh, uniqueIp())).resolves.toBeUndefined();
    expect(await db.invitation.count({ where: { email: { in: [elsewhere.email, fresh] } } })).toBe(2);
    expect((await pendingInvitations(boss.companyId)).map((row) => row.email).sort()).toEqual([elsewhere.email, fresh].sort());

    const [holderMail] = await db.outboxMail.findMany({ where: { to: elsewhere.email } });
    expect(holderMail?.text).toContain("bestaat al een");
    expect(holderMail?.text).not.toMatch(/\/invite\//);
    expect(await newestToken(fresh)).toEqual(expect.any(String));
    // The holder's account stays where it is.
    expect((await db.user.findUniqueOrThrow({ where: { email: elsewhere.email } })).companyId).toBe(elsewhere.companyId);
  });

  it("an owner cannot revoke or resend another company's invitation", async () => {
    const boss = await owner();
    const other = await owner();
    const { email, token } = await invite(other);
    const row = await db.invitation.findFirstOrThrow({ where: { email } });
    expect((await failureKey(revokeInvitation(boss, row.id))).key).toBe("employees.invite.notFound");
    expect((await failureKey(resendInvitation(boss, row.id))).key).toBe("employees.invite.notFound");
    const after = await db.invitation.findUniqueOrThrow({ where: { id: row.id } });
    expect(after.revokedAt).toBeNull();
    expect(after.tokenHash).toBe(row.tokenHash);
    expect(await openInvitation(token)).not.toBeNull();
  });
});

describe("employees of another company", () => {
  it("cannot be removed, listed, searched or followed in the activity log", async () => {
    const boss = await owner();
    const other = await owner();
    const theirs = await createPerson({ companyId: other.companyId });
    await db.activityEvent.create({ data: { companyId: other.companyId, userId: theirs.id, type: "LOGIN_SUCCEEDED" } });

    expect((await failureKey(removeEmployee(boss, theirs.id, uniqueIp()))).key).toBe("employees.notFound");
    expect((await failureKey(removeEmployee(boss, other.id, uniqueIp()))).key).toBe("employees.notFound");
    expect(await db.user.count({ where: { id: { in: [theirs.id, other.id] } } })).toBe(2);

    for (const query of ["", theirs.email, theirs.name, "%", "_", "example.test"]) {
      const page = await listPeople(boss.companyId, { query, page: 1 });
      expect(page.people.map((person) => person.id), `query ${JSON.stringify(query)}`).not.toContain(theirs.id);
    }
    expect((await companyActivity(boss.companyId, { userId: theirs.id, page: 1 })).rows).toEqual([]);
  });
});

describe("reminders", () => {
  it("go to each employee without an authenticator, at most once a day, also when clicked twice at once", async () => {
    const boss = await owner();
    const without = [await createPerson({ companyId: boss.companyId }), await createPerson({ companyId: boss.companyId })];
    const withApp = await createPerson({ companyId: boss.companyId, mfa: true });
    const elsewhere = await createPerson({ companyId: (await owner()).companyId });
    const now = new Date();

    const sent = await Promise.all([sendMfaReminders(boss, now), sendMfaReminders(boss, now)]);
    expect(sent[0] + sent[1]).toBe(2);
    const reminderCount = (to: string) => db.outboxMail.count({ where: { to, subject: "Herinnering: stel multifactor authenticatie in" } });
    for (const employee of without) expect(await reminderCount(employee.email)).toBe(1);
    expect(await reminderCount(withApp.email)).toBe(0);
    expect(await reminderCount(elsewhere.email)).toBe(0);

    expect(await sendMfaReminders(boss, new Date(now.getTime() + DAY_MS - 60_000))).toBe(0);
    expect(await sendMfaReminders(boss, new Date(now.getTime() + DAY_MS + 60_000))).toBe(2);
    for (const employee of without) expect(await reminderCount(employee.email)).toBe(2);
  });
});

describe("the MFA policy", () => {
  it("can be switched on only by an owner who uses MFA, and off by any owner", async () => {
    const withoutMfa = await owner();
    expect((await failureKey(setMfaRequired(withoutMfa, true, uniqueIp()))).key).toBe("employees.policy.ownerNeedsMfa");
    expect((await db.company.findUniqueOrThrow({ where: { id: withoutMfa.companyId } })).mfaRequired).toBe(false);

    const withMfa = await owner({ mfa: true });
    await setMfaRequired(withMfa, true, uniqueIp());
    expect((await db.company.findUniqueOrThrow({ where: { id: withMfa.companyId } })).mfaRequired).toBe(true);
    await setMfaRequired(withoutMfa, false, uniqueIp());
    const events = await db.activityEvent.findMany({ where: { companyId: withMfa.companyId, type: "MFA_POLICY_CHANGED" } });
    expect(events.map((event) => event.detail)).toEqual(["on"]);
  });
});
