import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { rawRequiredDate, rawText } from "@/lib/db/raw-values";
import { SESSION_MAX_AGE_S } from "@/lib/limits";

/**
 * Each signed-in session has its own row (docs/SECURITY.md, "Sessions"): the session
 * cookie carries its id, and a session counts only while its row is live. Framework-free;
 * Auth.js's callbacks (auth-config.ts) open and end rows, loadCurrentUser checks them.
 */
export type SessionOrigin = { userAgent: string | null; ipAddress: string };

/**
 * At sign-in: a new session with an absolute end, tied to the user's current session
 * version, read and written in one statement (issue 11: one round trip, not two). It
 * keeps the user's sign-in before this one for the dashboard, which then needs no query
 * of its own: every way in records its LOGIN_SUCCEEDED before the session opens (the
 * challenge when it completes, the login link in Auth.js's signIn callback), so the
 * newest is this sign-in's and the one after it is the previous.
 */
export async function openSession(userId: string, origin: SessionOrigin, now = new Date()): Promise<{ sessionId: string; sessionVersion: number }> {
  const sessionId = randomUUID();
  const expiresAt = new Date(now.getTime() + SESSION_MAX_AGE_S * 1000);
  const rows = await db.$queryRaw<{ version: unknown }[]>`
    INSERT INTO "SignInSession" ("id", "userId", "version", "createdAt", "expiresAt", "userAgent", "ipAddress", "previousSignInAt")
    SELECT ${sessionId}, u."id", u."sessionVersion", ${now}, ${expiresAt}, ${origin.userAgent?.slice(0, 256) ?? null}, ${origin.ipAddress.slice(0, 64)},
           (SELECT a."createdAt" FROM "ActivityEvent" a WHERE a."userId" = u."id" AND a."type" = 'LOGIN_SUCCEEDED'
             ORDER BY a."createdAt" DESC LIMIT 1 OFFSET 1)
    FROM "User" u WHERE u."id" = ${userId}
    RETURNING "version" AS "version"`;
  const row = rows[0];
  if (!row) throw new Error("openSession: no such user");
  return { sessionId, sessionVersion: Number(row.version) };
}

/** "Uitloggen": this session ends now, wherever a copy of its cookie is. */
export async function endSession(sessionId: string, now = new Date()): Promise<void> {
  await db.signInSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: now } });
}

/** Live: not signed out, not past its absolute end, and not ended by a newer session version. */
export function isLive(
  session: { revokedAt: Date | null; expiresAt: Date; version: number },
  userSessionVersion: number,
  now = new Date(),
): boolean {
  return session.revokedAt === null && session.expiresAt > now && session.version === userSessionVersion;
}

/** Whether the session behind a cookie still counts (Auth.js asks on every session read). */
export async function sessionIsLive(sessionId: string | undefined, userId: string | undefined, now = new Date()): Promise<boolean> {
  if (!sessionId || !userId) return false;
  const session = await db.signInSession.findUnique({
    where: { id: sessionId },
    include: { user: { select: { sessionVersion: true } } },
  });
  return session !== null && session.userId === userId && isLive(session, session.user.sessionVersion, now);
}

export type ActiveSession = { id: string; createdAt: Date; userAgent: string | null; ipAddress: string | null };

/** "Mijn login": the user's sessions that still count, newest first (one raw read, issue 11). */
export async function activeSessions(userId: string, now = new Date()): Promise<ActiveSession[]> {
  const rows = await db.$queryRaw<Record<keyof ActiveSession, unknown>[]>`
    SELECT s."id" AS "id", s."createdAt" AS "createdAt", s."userAgent" AS "userAgent", s."ipAddress" AS "ipAddress"
    FROM "SignInSession" s JOIN "User" u ON u."id" = s."userId"
    WHERE s."userId" = ${userId} AND s."version" = u."sessionVersion" AND s."revokedAt" IS NULL AND s."expiresAt" > ${now}
    ORDER BY s."createdAt" DESC LIMIT 50`;
  return rows.map((row) => ({
    id: String(row.id),
    createdAt: rawRequiredDate(row.createdAt),
    userAgent: rawText(row.userAgent),
    ipAddress: rawText(row.ipAddress),
  }));
}

/** Ends one of the user's own sessions; another user's id changes nothing (no IDOR). */
export async function endOwnSession(userId: string, sessionId: string, now = new Date()): Promise<boolean> {
  const ended = await db.signInSession.updateMany({ where: { id: sessionId, userId, revokedAt: null }, data: { revokedAt: now } });
  return ended.count === 1;
}
