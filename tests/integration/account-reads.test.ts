import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { pendingBackupEmail } from "@/lib/accounts/backup-email";
import { remainingRecoveryCodes } from "@/lib/mfa/recovery-store";
import { rememberedDevices } from "@/lib/sign-in/remembered-devices";
import { rememberDevice } from "@/lib/sign-in/known-devices";
import { activeSessions, endSession, openSession } from "@/lib/session/sign-in-sessions";
import { createPerson } from "../support/people";
import { uniqueIp } from "../support/unique";

/*
 * Mijn login's reads are raw SQL (issue 11), so every condition the query builder used to
 * state is now a line of SQL that could be lost. Each test writes rows that one condition
 * alone must leave out, through Prisma as the app writes them, and on both databases.
 * The sign-in's known-browser upsert went raw too, and is checked at the end.
 */
const HOUR = 3_600_000;
const at = (offsetMs: number) => new Date(Date.now() + offsetMs);

describe("Mijn login's reads", () => {
  it("sessions: only the person's live ones of the current version, newest first", async () => {
    const person = await createPerson();
    const stranger = await createPerson();
    const origin = { userAgent: "Mozilla/5.0 (X11; Linux x86_64) Firefox/140", ipAddress: uniqueIp() };
    await openSession(person.id, origin, at(-2 * HOUR)); // of the version that ends below
    await db.user.update({ where: { id: person.id }, data: { sessionVersion: { increment: 1 } } }); // "Overal uitloggen"
    const firstAt = at(-HOUR);
    const first = await openSession(person.id, origin, firstAt);
    const newest = await openSession(person.id, { userAgent: null, ipAddress: uniqueIp() });
    const signedOut = await openSession(person.id, origin);
    await endSession(signedOut.sessionId);
    const expired = await openSession(person.id, origin);
    await db.signInSession.update({ where: { id: expired.sessionId }, data: { expiresAt: at(-1) } });
    await openSession(stranger.id, origin);

    const sessions = await activeSessions(person.id);
    expect(sessions.map((session) => session.id)).toEqual([newest.sessionId, first.sessionId]);
    expect(sessions[1]).toMatchObject({ userAgent: origin.userAgent, ipAddress: origin.ipAddress });
    expect(sessions[0]!.userAgent).toBeNull();
    expect(sessions[1]!.createdAt).toEqual(firstAt);
  });

  it("remembered browsers: only the person's that still skip the code, last used first", async () => {
    const person = await createPerson({ mfa: true });
    const stranger = await createPerson({ mfa: true });
    const device = (userId: string, tokenHash: string, lastUsedAt: Date, rememberedUntil: Date | null) =>
      db.knownDevice.create({
        data: { userId, tokenHash, lastUsedAt, rememberedUntil, rememberedAt: rememberedUntil ? at(-HOUR) : null, userAgent: tokenHash },
      });
    const older = await device(person.id, "older", at(-2 * HOUR), at(HOUR));
    const recent = await device(person.id, "recent", at(-HOUR), at(HOUR));
    await device(person.id, "only-known", at(0), null);
    await device(person.id, "lapsed", at(0), at(-1));
    await device(stranger.id, "strangers", at(0), at(HOUR));

    const devices = await rememberedDevices(person.id, new Date());
    expect(devices.map((row) => row.id)).toEqual([recent.id, older.id]);
    expect(devices[0]).toEqual({
      id: recent.id,
      userAgent: "recent",
      rememberedAt: recent.rememberedAt,
      lastUsedAt: recent.lastUsedAt,
      rememberedUntil: recent.rememberedUntil,
    });
  });

  it("pending backup address: the newest unused, unexpired confirmation of this person", async () => {
    const person = await createPerson();
    const stranger = await createPerson();
    const token = (userId: string, email: string, fields: { purpose?: string; expiresAt?: Date; usedAt?: Date; createdAt?: Date }) =>
      db.emailToken.create({
        data: { userId, email, tokenHash: `${email}-${Math.random()}`, purpose: "BACKUP_EMAIL_CONFIRM", expiresAt: at(HOUR), ...fields },
      });
    expect(await pendingBackupEmail(person.id)).toBeNull();
    await token(person.id, "earlier@example.test", { createdAt: at(-2 * HOUR) });
    await token(person.id, "wanted@example.test", { createdAt: at(-HOUR) });
    await token(person.id, "used@example.test", { usedAt: at(0) });
    await token(person.id, "expired@example.test", { expiresAt: at(-1) });
    await token(person.id, "reset@example.test", { purpose: "PASSWORD_RESET" });
    await token(stranger.id, "strangers@example.test", {});

    expect(await pendingBackupEmail(person.id)).toEqual({ email: "wanted@example.test" });
  });

  it("recovery codes: only the unused ones count", async () => {
    const person = await createPerson({ mfa: true });
    await createPerson({ mfa: true }); // another person's ten codes
    expect(await remainingRecoveryCodes(person.id)).toBe(10);
    const [first, second] = await db.recoveryCode.findMany({ where: { userId: person.id }, take: 2 });
    await db.recoveryCode.updateMany({ where: { id: { in: [first!.id, second!.id] } }, data: { usedAt: new Date() } });
    expect(await remainingRecoveryCodes(person.id)).toBe(8);
    expect(await remainingRecoveryCodes((await createPerson()).id)).toBe(0);
  });
});

describe("a browser known to an account (raw upsert, issue 11)", () => {
  it("signing in again from it moves its last use and keeps one row; a new browser gets its own", async () => {
    const person = await createPerson();
    const first = new Date(Date.now() - HOUR);
    const token = await rememberDevice(person.id, null, first);
    expect(await rememberDevice(person.id, token, new Date())).toBe(token);
    const rows = await db.knownDevice.findMany({ where: { userId: person.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.createdAt).toEqual(first);
    expect(rows[0]!.lastUsedAt.getTime()).toBeGreaterThan(first.getTime());

    expect(await rememberDevice(person.id, null)).not.toBe(token);
    expect(await db.knownDevice.count({ where: { userId: person.id } })).toBe(2);
  });
});
