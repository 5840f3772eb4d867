import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { signOutEverywhere } from "@/lib/accounts/sign-out-everywhere";
import { loadCurrentUser, type SessionClaims } from "@/lib/session/load-user";
import { activeSessions, endSession, openSession, sessionIsLive } from "@/lib/session/sign-in-sessions";
import { endOtherSession } from "@/lib/accounts/end-session";
import { endEmployeeSessions } from "@/lib/company/employees";
import { SESSION_MAX_AGE_S } from "@/lib/limits";
import { createPerson } from "../support/people";
import { currentUserOf } from "../support/current-user";
import { uniqueIp } from "../support/unique";
import { failureOf } from "../support/failures";

/*
 * docs/SECURITY.md, "Sessions": each session has its own id, revoked by "Uitloggen" and
 * checked on every request, with an absolute lifetime. What a copied cookie carries is
 * exactly these claims, so the tests hand them in as an attacker's copy would.
 */
async function signedIn() {
  const person = await createPerson();
  const { sessionId } = await openSession(person.id, { userAgent: "Mozilla/5.0 (X11; Linux x86_64) Chrome/156", ipAddress: uniqueIp() });
  const claims: SessionClaims = { sessionId, userId: person.id, sessionVersion: 0, authTime: Math.floor(Date.now() / 1000), secondFactor: "none" };
  return { person, sessionId, claims };
}

describe("per-session ids", () => {
  it("a live session reads its user; after Uitloggen a copy of its cookie reads nobody", async () => {
    const { person, sessionId, claims } = await signedIn();
    expect((await loadCurrentUser(claims))?.id).toBe(person.id);
    expect(await sessionIsLive(sessionId, person.id)).toBe(true);

    await endSession(sessionId);
    expect(await loadCurrentUser(claims)).toBeNull();
    expect(await sessionIsLive(sessionId, person.id)).toBe(false);
  });

  it("signing out one session leaves the user's other sessions alone", async () => {
    const { person, sessionId, claims } = await signedIn();
    const { sessionId: other } = await openSession(person.id, { userAgent: null, ipAddress: uniqueIp() });
    await endSession(other);
    expect((await loadCurrentUser(claims))?.sessionId).toBe(sessionId);
  });

  it("has an absolute end that no renewal moves: a session older than its lifetime is refused", async () => {
    const { person, sessionId, claims } = await signedIn();
    const row = await db.signInSession.findUniqueOrThrow({ where: { id: sessionId } });
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(SESSION_MAX_AGE_S * 1000);
    const later = new Date(row.expiresAt.getTime() + 1);
    expect(await loadCurrentUser(claims, later)).toBeNull();
    expect(await sessionIsLive(sessionId, person.id, later)).toBe(false);
  });

  it("Overal uitloggen ends every session of the user", async () => {
    const { person, claims } = await signedIn();
    await signOutEverywhere(await currentUserOf(person.id), uniqueIp());
    expect(await loadCurrentUser(claims)).toBeNull();
    expect(await loadCurrentUser({ ...claims, sessionVersion: 1 })).toBeNull();
  });

  it("a session id is worth nothing for another user, or with a made-up id", async () => {
    const { claims } = await signedIn();
    const other = await createPerson();
    expect(await loadCurrentUser({ ...claims, userId: other.id })).toBeNull();
    expect(await sessionIsLive(claims.sessionId, other.id)).toBe(false);
    expect(await loadCurrentUser({ ...claims, sessionId: "made-up" })).toBeNull();
    expect(await sessionIsLive(undefined, claims.userId)).toBe(false);
  });
});

describe("the session list on Mijn login", () => {
  it("lists the live sessions newest first, and ends another one of the user's own", async () => {
    const { person, sessionId } = await signedIn();
    // Later by a second each: one statement per sign-in can open two within the same millisecond.
    const later = (seconds: number) => new Date(Date.now() + seconds * 1000);
    const { sessionId: phone } = await openSession(person.id, { userAgent: "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0) Safari/605.1", ipAddress: uniqueIp() }, later(1));
    const { sessionId: ended } = await openSession(person.id, { userAgent: null, ipAddress: uniqueIp() }, later(2));
    await endSession(ended);
    expect((await activeSessions(person.id)).map((session) => session.id)).toEqual([phone, sessionId]);

    const me = { ...(await currentUserOf(person.id)), sessionId };
    await endOtherSession(me, phone, uniqueIp());
    expect(await sessionIsLive(phone, person.id)).toBe(false);
    expect(await sessionIsLive(sessionId, person.id)).toBe(true);
    expect(await db.activityEvent.count({ where: { userId: person.id, type: "SESSION_ENDED" } })).toBe(1);
  });

  it("cannot end another user's session, nor its own (that is Uitloggen)", async () => {
    const { person, sessionId } = await signedIn();
    const stranger = await signedIn();
    const me = { ...(await currentUserOf(person.id)), sessionId };
    expect((await failureOf(endOtherSession(me, stranger.sessionId, uniqueIp()))).key).toBe("account.sessions.notFound");
    expect(await sessionIsLive(stranger.sessionId, stranger.person.id)).toBe(true);
    expect((await failureOf(endOtherSession(me, sessionId, uniqueIp()))).key).toBe("account.sessions.notFound");
  });
});

describe("the owner ends an employee's sessions", () => {
  it("ends every session of their own employee, and cannot touch another company's", async () => {
    const owner = await createPerson();
    const employee = await createPerson({ companyId: owner.companyId });
    const stranger = await createPerson();
    const { sessionId: employeeSession } = await openSession(employee.id, { userAgent: null, ipAddress: uniqueIp() });
    const { sessionId: strangerSession } = await openSession(stranger.id, { userAgent: null, ipAddress: uniqueIp() });
    const boss = await currentUserOf(owner.id);

    await endEmployeeSessions(boss, employee.id, uniqueIp());
    expect(await sessionIsLive(employeeSession, employee.id)).toBe(false);
    expect(await db.activityEvent.count({ where: { userId: employee.id, actorId: owner.id, type: "SIGNED_OUT_EVERYWHERE" } })).toBe(1);

    expect((await failureOf(endEmployeeSessions(boss, stranger.id, uniqueIp()))).key).toBe("employees.notFound");
    expect(await sessionIsLive(strangerSession, stranger.id)).toBe(true);
  });
});

describe("the previous sign-in a session keeps for the dashboard", () => {
  /** Sign-ins at fixed, distinct times, recorded before the session opens as every way in does. */
  async function addEvent(person: { id: string; companyId: string }, type: string, minutesAgo: number) {
    const createdAt = new Date(Date.UTC(2025, 0, 15, 12, 0) - minutesAgo * 60_000);
    await db.activityEvent.create({ data: { companyId: person.companyId, userId: person.id, type, createdAt } });
    return createdAt;
  }
  const previousOfNewSession = async (userId: string) => (await currentUserOf(userId)).previousSignInAt;

  it("skips the sign-in that opened the session and ignores other event types", async () => {
    const person = await createPerson();
    expect(await previousOfNewSession(person.id)).toBeNull();

    const first = await addEvent(person, "LOGIN_SUCCEEDED", 60);
    expect(await previousOfNewSession(person.id)).toBeNull();

    await addEvent(person, "LOGIN_FAILED", 45);
    await addEvent(person, "LOGIN_SUCCEEDED", 30);
    await addEvent(person, "PASSWORD_CHANGED", 10);
    expect(await previousOfNewSession(person.id)).toEqual(first);
  });

  it("stays the one before its own sign-in when the user signs in again elsewhere", async () => {
    const person = await createPerson();
    const first = await addEvent(person, "LOGIN_SUCCEEDED", 60);
    const second = await addEvent(person, "LOGIN_SUCCEEDED", 30);
    const { sessionId } = await openSession(person.id, { userAgent: null, ipAddress: uniqueIp() });
    const claims: SessionClaims = { sessionId, userId: person.id, sessionVersion: 0, authTime: 0, secondFactor: "none" };
    await addEvent(person, "LOGIN_SUCCEEDED", 10);
    expect((await loadCurrentUser(claims))?.previousSignInAt).toEqual(first);
    expect(await previousOfNewSession(person.id)).toEqual(second);
  });
});
