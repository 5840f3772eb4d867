import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { CHALLENGE_TTL_MS, MAX_CHALLENGE_FAILURES } from "@/lib/limits";
import { hashToken, randomToken } from "@/lib/security/tokens";

/**
 * The state between the password step and the second factor. No session exists yet:
 * only a short-lived row in the database, bound to one browser by a random token that
 * the caller keeps in an HttpOnly cookie (challenge-cookie.ts); the row stores its hash.
 */
export type SecondFactorMethod = "none" | "totp" | "recovery" | "email" | "remembered";

/**
 * `secondFactor: "none"` for a user without MFA, "remembered" for a browser that skips the
 * code (remembered-devices.ts): the challenge is complete at once. Returns the token.
 */
export async function startChallenge(
  userId: string,
  { secondFactor, now = new Date() }: { secondFactor?: "none" | "remembered"; now?: Date } = {},
): Promise<string> {
  const token = randomToken();
  const expiresAt = new Date(now.getTime() + CHALLENGE_TTL_MS);
  // Raw SQL, the same on both databases: every successful password step runs this (issue 11).
  await db.$executeRaw`
    INSERT INTO "LoginChallenge" ("id", "tokenHash", "userId", "createdAt", "expiresAt", "failedAttempts", "secondFactor", "secondFactorAt")
    VALUES (${randomUUID()}, ${hashToken(token)}, ${userId}, ${now}, ${expiresAt}, 0, ${secondFactor ?? null}, ${secondFactor ? now : null})`;
  return token;
}

/** The open challenge behind `token`, if it is still usable for a second factor. */
export async function currentChallenge(token: string | null, now = new Date()) {
  if (!token) return null;
  return db.loginChallenge.findFirst({
    where: {
      tokenHash: hashToken(token),
      completedAt: null,
      expiresAt: { gt: now },
      failedAttempts: { lt: MAX_CHALLENGE_FAILURES },
    },
    include: { user: true },
  });
}

type CompletedUser = { id: string; email: string; name: string; companyId: string };

/**
 * Called by the credentials provider: turns a challenge whose second factor has passed
 * into a session, once. The conditional update makes a replayed or raced request fail.
 * Raw statements that return what they changed, the update and its audit row in one
 * batch: where Prisma needed five round trips (issue 11).
 */
export async function completeChallenge(token: string | null, ipAddress: string, now = new Date()) {
  if (!token) return null;
  const claimed = await db.$queryRaw<{ userId: unknown; secondFactor: unknown }[]>`
    UPDATE "LoginChallenge" SET "completedAt" = ${now}
    WHERE "tokenHash" = ${hashToken(token)} AND "completedAt" IS NULL AND "secondFactorAt" IS NOT NULL AND "expiresAt" > ${now}
    RETURNING "userId" AS "userId", "secondFactor" AS "secondFactor"`;
  const challenge = claimed[0];
  if (!challenge) return null;
  const method = String(challenge.secondFactor) as SecondFactorMethod;
  const userId = String(challenge.userId);
  // One batch transaction (the audit row commits with the update, or neither does): no
  // interactive transaction's extra round trips, as the audit row needs nothing the
  // update returns that the database cannot read itself.
  const [rows] = await db.$transaction([
    db.$queryRaw<Record<keyof CompletedUser, unknown>[]>`
      UPDATE "User" SET "lastLoginAt" = ${now}, "secondFactorFailures" = 0, "updatedAt" = ${now}
      WHERE "id" = ${userId}
      RETURNING "id" AS "id", "email" AS "email", "name" AS "name", "companyId" AS "companyId"`,
    db.$executeRaw`
      INSERT INTO "ActivityEvent" ("id", "companyId", "userId", "type", "detail", "ipAddress", "createdAt")
      SELECT ${randomUUID()}, u."companyId", u."id", 'LOGIN_SUCCEEDED', ${method}, ${ipAddress}, ${now}
      FROM "User" u WHERE u."id" = ${userId}`,
  ]);
  const row = rows[0];
  if (!row) throw new Error("completeChallenge: the challenge's user is gone");
  const user: CompletedUser = { id: String(row.id), email: String(row.email), name: String(row.name), companyId: String(row.companyId) };
  return { user, method };
}
