import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { proxy } from "@/proxy";
import { db } from "@/lib/db/client";
import { setMfaRequired } from "@/lib/company/policy";
import { changeMfaDeadline, endOfDateInAmsterdam } from "@/lib/company/mfa-deadline";
import { sendDeadlineReminders } from "@/lib/company/mfa-deadline-reminders";
import { acceptInvitation, inviteEmployee } from "@/lib/company/invitations";
import { listPeople } from "@/lib/company/people";
import { decideAccess } from "@/lib/session/access";
import { loadCurrentUser, type CurrentUser } from "@/lib/session/load-user";
import { openSession } from "@/lib/session/sign-in-sessions";
import { landingAfterSignIn } from "@/lib/sign-in/landing";
import { createPerson, type Person } from "../support/people";
import { currentUserOf } from "../support/current-user";
import { sessionCookieFor } from "../support/session-cookie";
import { failureOf } from "../support/failures";
import { uniqueEmail, uniqueIp } from "../support/unique";
import { openChallenge } from "../support/login-challenge";

/*
 * Issue 14, point 1, "Mandatory with a deadline", on the real database with an injected
 * `now`: the rule (who is forced when, a later joiner's own period, immediate, a moved
 * deadline), the reminders 7, 3 and 1 day(s) before, each sent once, in the recipient's
 * language, and the owner's choices with their activity rows; bad input saves nothing.
 */

const DAY_MS = 24 * 60 * 60_000;
const APP = process.env.APP_URL ?? "http://localhost:3100";
const at = (base: Date, days: number) => new Date(base.getTime() + days * DAY_MS);

/** The person as pages, actions and the proxy would see them at `when` (the deadline's clock). */
async function userAt(userId: string, when: Date): Promise<CurrentUser> {
  const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } });
  const { sessionId } = await openSession(userId, { userAgent: "vitest", ipAddress: "::1" });
  const claims = { sessionId, userId, sessionVersion, authTime: Math.floor(Date.now() / 1000), secondFactor: "none" };
  const user = await loadCurrentUser(claims, new Date(), when);
  if (!user) throw new Error(`no user ${userId}`);
  return user;
}

async function team(): Promise<{ owner: CurrentUser; employee: Person; enrolled: Person }> {
  const boss = await createPerson({ mfa: true, label: "eigenaar" });
  const employee = await createPerson({ companyId: boss.companyId, label: "medewerker" });
  const enrolled = await createPerson({ companyId: boss.companyId, mfa: true, label: "ingesteld" });
  return { owner: await currentUserOf(boss.id, { sessionSecondFactor: "totp" }), employee, enrolled };
}

async function visit(path: string, userId: string): Promise<string | null> {
  const cookie = await sessionCookieFor(userId);
  const response = await proxy(new NextRequest(new URL(path, APP), { headers: { cookie: `${cookie.name}=${cookie.value}` } }));
  const location = response.headers.get("location");
  return location ? new URL(location).pathname : null;
}

function activity(companyId: string, type: string) {
  return db.activityEvent.findMany({ where: { companyId, type }, orderBy: { createdAt: "asc" }, select: { detail: true, userId: true } });
}

function remindersTo(email: string) {
  return db.outboxMail.findMany({ where: { to: email }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
}

describe("mandatory MFA with a deadline: the rule", () => {
  it("lets an employee without MFA work until the deadline and forces them from it on, in the guards and the access decision", async () => {
    const { owner, employee, enrolled } = await team();
    const start = new Date();
    await setMfaRequired(owner, true, uniqueIp(), 7, start);

    const before = await userAt(employee.id, at(start, 6.9));
    expect(before.mustEnrol).toBe(false);
    expect(before.mfaDueAt?.getTime()).toBe(at(start, 7).getTime());
    expect(decideAccess(before, "member").allowed).toBe(true);

    const after = await userAt(employee.id, at(start, 7));
    expect(after.mustEnrol).toBe(true);
    expect(after.mfaDueAt).toBeNull();
    expect(decideAccess(after, "member")).toEqual({ allowed: false, reason: "enrolmentRequired" });

    // Neither the enrolled employee nor the owner is ever in a period or forced.
    for (const id of [enrolled.id, owner.id]) {
      const person = await userAt(id, at(start, 8));
      expect([person.mustEnrol, person.mfaDueAt]).toEqual([false, null]);
    }
  });

  it("sends the employee through the proxy before the deadline and to the setup page after it", async () => {
    const { owner, employee } = await team();
    await setMfaRequired(owner, true, uniqueIp(), 7);
    expect(await visit("/dashboard", employee.id)).toBeNull();
    expect(await visit("/account", employee.id)).toBeNull();

    // The deadline passes (the proxy decides by lib/clock.ts, real time here).
    await db.company.update({ where: { id: owner.companyId }, data: { mfaDeadline: new Date(Date.now() - 1000) } });
    expect(await visit("/dashboard", employee.id)).toBe("/mfa/setup");
  });

  it("lands a signing-in employee on the page asked for during the period, on the setup page after it", async () => {
    const { owner, employee } = await team();
    const start = new Date();
    await setMfaRequired(owner, true, uniqueIp(), 14, start);
    const challengeToken = await openChallenge(employee.id, { secondFactorAt: new Date() });
    expect(await landingAfterSignIn(challengeToken, "/account", at(start, 13))).toBe("/account");
    expect(await landingAfterSignIn(challengeToken, "/account", at(start, 14))).toBe("/mfa/setup");
  });

  it("gives someone who joins later their own period from their first sign-in, and makes everyone go at an immediate", async () => {
    const { owner, employee } = await team();
    const now = new Date();
    // The policy was switched on five days ago with 7 days: two days left for the team.
    await setMfaRequired(owner, true, uniqueIp(), 7, at(now, -5));
    const email = uniqueEmail("later");
    await inviteEmployee(owner, email, uniqueIp());
    const mail = await db.outboxMail.findFirstOrThrow({ where: { to: email } });
    const token = /\/invite\/([A-Za-z0-9_-]+)/.exec(mail.text)?.[1] ?? "";
    const joinerId = await acceptInvitation(token, { name: "Late Joiner", password: "groene fietsen rijden langs het kanaal" });

    const joiner = await db.user.findUniqueOrThrow({ where: { id: joinerId } });
    expect(joiner.mfaDueAt).not.toBeNull();
    expect(Math.abs((joiner.mfaDueAt?.getTime() ?? 0) - at(now, 7).getTime())).toBeLessThan(60_000);

    // Three days on: the team's deadline has passed, the joiner still has four days.
    expect((await userAt(employee.id, at(now, 3))).mustEnrol).toBe(true);
    const joinerLater = await userAt(joinerId, at(now, 3));
    expect(joinerLater.mustEnrol).toBe(false);
    expect(joinerLater.mfaDueAt?.getTime()).toBe(joiner.mfaDueAt?.getTime());
    expect((await userAt(joinerId, at(now, 7.01))).mustEnrol).toBe(true);

    // "Medewerkers" shows the same: overdue for the team, days left (rounded up) for the joiner.
    const people = (await listPeople(owner.companyId, { query: "", page: 1 }, at(now, 3.5))).people;
    expect(people.find((person) => person.id === employee.id)?.mfaStatus).toEqual({ kind: "overdue" });
    expect(people.find((person) => person.id === joinerId)?.mfaStatus).toEqual({ kind: "due", days: 4 });

    await changeMfaDeadline(owner, { kind: "immediate" }, uniqueIp(), now);
    expect((await userAt(joinerId, now)).mustEnrol).toBe(true);
    const direct = (await listPeople(owner.companyId, { query: "", page: 1 }, now)).people;
    expect(direct.find((person) => person.id === joinerId)?.mfaStatus).toEqual({ kind: "notSet" });
    expect((await db.company.findUniqueOrThrow({ where: { id: owner.companyId } })).mfaDeadline).toBeNull();
  });

  it("follows a moved deadline, later or earlier", async () => {
    const { owner, employee } = await team();
    const start = new Date();
    await setMfaRequired(owner, true, uniqueIp(), 7, start);
    await changeMfaDeadline(owner, { kind: "days", days: 30 }, uniqueIp(), at(start, 1));
    expect((await userAt(employee.id, at(start, 10))).mustEnrol).toBe(false);
    expect((await userAt(employee.id, at(start, 31))).mustEnrol).toBe(true);

    await changeMfaDeadline(owner, { kind: "days", days: 7 }, uniqueIp(), at(start, 2));
    expect((await userAt(employee.id, at(start, 8.9))).mustEnrol).toBe(false);
    expect((await userAt(employee.id, at(start, 9))).mustEnrol).toBe(true);
  });
});

describe("mandatory MFA with a deadline: the reminders", () => {
  it("sends the 7-, 3- and 1-day reminder each once, on their days, and none after the deadline", async () => {
    const { owner, employee, enrolled } = await team();
    const start = new Date();
    await setMfaRequired(owner, true, uniqueIp(), 7, start);

    await sendDeadlineReminders(at(start, 0.5));
    await sendDeadlineReminders(at(start, 0.6));
    expect((await remindersTo(employee.email)).map((mail) => mail.subject)).toEqual(["Nog 7 dagen om multifactor authenticatie in te stellen"]);

    await sendDeadlineReminders(at(start, 3)); // 4 days left: no stage due yet
    expect(await remindersTo(employee.email)).toHaveLength(1);

    await sendDeadlineReminders(at(start, 4.5));
    await sendDeadlineReminders(at(start, 5.5));
    await sendDeadlineReminders(at(start, 6.5));
    await sendDeadlineReminders(at(start, 6.9));
    await sendDeadlineReminders(at(start, 7.5));
    const mails = await remindersTo(employee.email);
    expect(mails.map((mail) => mail.subject)).toEqual([
      "Nog 7 dagen om multifactor authenticatie in te stellen",
      "Nog 3 dagen om multifactor authenticatie in te stellen",
      "Nog 1 dag om multifactor authenticatie in te stellen",
    ]);
    expect(mails[0]?.text).toContain(`${process.env.APP_URL ?? ""}/mfa/setup`);
    expect(await remindersTo(enrolled.email)).toHaveLength(0);
    expect((await activity(owner.companyId, "MFA_DEADLINE_REMINDER_SENT")).map((row) => [row.userId, row.detail])).toEqual([
      [employee.id, "7"],
      [employee.id, "3"],
      [employee.id, "1"],
    ]);
  });

  it("sends one mail when two instances run at the same moment", async () => {
    const { owner, employee } = await team();
    const start = new Date();
    await setMfaRequired(owner, true, uniqueIp(), 7, start);
    await Promise.all([sendDeadlineReminders(at(start, 4.5)), sendDeadlineReminders(at(start, 4.5)), sendDeadlineReminders(at(start, 4.5))]);
    expect(await remindersTo(employee.email)).toHaveLength(1);
  });

  it("writes in the recipient's language, with the days left and the deadline", async () => {
    const { owner, employee } = await team();
    await db.user.update({ where: { id: employee.id }, data: { locale: "en" } });
    const start = new Date();
    await setMfaRequired(owner, true, uniqueIp(), 14, start);
    await sendDeadlineReminders(at(start, 11.5));
    const [mail] = await remindersTo(employee.email);
    expect(mail?.subject).toBe("3 days left to set up multi-factor authentication");
    expect(mail?.text).toContain(owner.companyName);
    expect(mail?.text).toContain("/mfa/setup");
  });

  it("starts again for a moved deadline, and sends nothing when the policy is immediate or off", async () => {
    const { owner, employee } = await team();
    const start = new Date();
    await setMfaRequired(owner, true, uniqueIp(), 7, start);
    await sendDeadlineReminders(at(start, 6.5));
    await changeMfaDeadline(owner, { kind: "days", days: 7 }, uniqueIp(), at(start, 6.5));
    await sendDeadlineReminders(at(start, 7));
    expect((await remindersTo(employee.email)).map((mail) => mail.subject)).toEqual([
      "Nog 1 dag om multifactor authenticatie in te stellen",
      "Nog 7 dagen om multifactor authenticatie in te stellen",
    ]);

    await changeMfaDeadline(owner, { kind: "immediate" }, uniqueIp(), at(start, 7));
    await sendDeadlineReminders(at(start, 12));
    await setMfaRequired(owner, false, uniqueIp());
    await sendDeadlineReminders(at(start, 12.5));
    expect(await remindersTo(employee.email)).toHaveLength(2);
  });
});

describe("mandatory MFA with a deadline: the owner's choices", () => {
  it("records switching on with a period, moving it, making it immediate and switching off", async () => {
    const { owner } = await team();
    const start = new Date();
    const company = () => db.company.findUniqueOrThrow({ where: { id: owner.companyId }, select: { mfaRequired: true, mfaDeadline: true, mfaGraceDays: true } });

    await setMfaRequired(owner, true, uniqueIp(), 14, start);
    expect(await company()).toEqual({ mfaRequired: true, mfaDeadline: at(start, 14), mfaGraceDays: 14 });

    const moved = await changeMfaDeadline(owner, { kind: "days", days: 30 }, uniqueIp(), start);
    expect(moved).toEqual(at(start, 30));
    expect(await company()).toEqual({ mfaRequired: true, mfaDeadline: at(start, 30), mfaGraceDays: 30 });

    const date = new Date(at(start, 20)).toISOString().slice(0, 10);
    await changeMfaDeadline(owner, { kind: "date", date }, uniqueIp(), start);
    expect((await company()).mfaDeadline).toEqual(endOfDateInAmsterdam(date));

    await changeMfaDeadline(owner, { kind: "immediate" }, uniqueIp(), start);
    expect(await company()).toEqual({ mfaRequired: true, mfaDeadline: null, mfaGraceDays: null });

    await changeMfaDeadline(owner, { kind: "days", days: 7 }, uniqueIp(), start);
    await setMfaRequired(owner, false, uniqueIp(), null, start);
    expect(await company()).toEqual({ mfaRequired: false, mfaDeadline: null, mfaGraceDays: null });

    expect((await activity(owner.companyId, "MFA_POLICY_CHANGED")).map((row) => row.detail)).toEqual(["on", "off"]);
    expect((await activity(owner.companyId, "MFA_DEADLINE_CHANGED")).map((row) => row.detail)).toEqual([
      `14d until=${at(start, 14).toISOString()}`,
      `30d until=${at(start, 30).toISOString()}`,
      `date until=${endOfDateInAmsterdam(date)?.toISOString()}`,
      "immediate",
      `7d until=${at(start, 7).toISOString()}`,
    ]);
  });

  it("ends the date's day in the company's time zone (Amsterdam), summer and winter", () => {
    expect(endOfDateInAmsterdam("2027-01-15")?.toISOString()).toBe("2027-01-15T23:00:00.000Z");
    expect(endOfDateInAmsterdam("2027-07-15")?.toISOString()).toBe("2027-07-15T22:00:00.000Z");
    expect(endOfDateInAmsterdam("2027-02-30")).toBeNull();
    expect(endOfDateInAmsterdam("15-01-2027")).toBeNull();
  });

  it("refuses a period other than direct, 7, 14 or 30 days, a date outside tomorrow to 90 days, and an employee, saving nothing", async () => {
    const { owner, employee } = await team();
    const start = new Date();
    const unchanged = { mfaRequired: false, mfaDeadline: null, mfaGraceDays: null };
    const company = () => db.company.findUniqueOrThrow({ where: { id: owner.companyId }, select: { mfaRequired: true, mfaDeadline: true, mfaGraceDays: true } });

    for (const days of [0, 5, 10, 31, -7]) {
      expect((await failureOf(setMfaRequired(owner, true, uniqueIp(), days, start))).key).toBe("mfaDeadline.errors.period");
    }
    expect(await company()).toEqual(unchanged);
    // Nothing to move while the policy is off.
    expect((await failureOf(changeMfaDeadline(owner, { kind: "days", days: 7 }, uniqueIp(), start))).key).toBe("mfaDeadline.errors.policyOff");

    const employeeUser = await currentUserOf(employee.id);
    expect((await failureOf(setMfaRequired(employeeUser, true, uniqueIp(), 7, start))).key).toBe("errors.forbidden");
    expect(await company()).toEqual(unchanged);

    await setMfaRequired(owner, true, uniqueIp(), 7, start);
    const set = await company();
    expect((await failureOf(changeMfaDeadline(owner, { kind: "days", days: 8 }, uniqueIp(), start))).key).toBe("mfaDeadline.errors.period");
    const today = start.toISOString().slice(0, 10);
    const tooFar = at(start, 120).toISOString().slice(0, 10);
    for (const date of [today, tooFar, "2020-01-01", "morgen", ""]) {
      expect((await failureOf(changeMfaDeadline(owner, { kind: "date", date }, uniqueIp(), start))).key, date).toBe("mfaDeadline.errors.date");
    }
    expect((await failureOf(changeMfaDeadline(employeeUser, { kind: "immediate" }, uniqueIp(), start))).key).toBe("errors.forbidden");
    expect(await company()).toEqual(set);
    expect(await activity(owner.companyId, "MFA_DEADLINE_CHANGED")).toHaveLength(1);
    expect(await activity(owner.companyId, "MFA_POLICY_CHANGED")).toHaveLength(1);
  });
});
