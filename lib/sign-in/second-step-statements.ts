import { db } from "@/lib/db/client";
import { decryptTotpSecret } from "@/lib/mfa/secret-crypto";
import type { FactorUser } from "@/lib/mfa/second-factor";
import { hashToken } from "@/lib/security/tokens";
import { MAX_CHALLENGE_FAILURES } from "@/lib/limits";

/*
 * The second step's statements, one round trip each (issue 11: p50 < 5 ms on PostgreSQL,
 * where a Prisma call with an `include` costs two and any call about 1 ms, a raw statement
 * about 0.6). The same SQL runs on SQLite and PostgreSQL.
 */

/**
 * Counts an answer against this browser's challenge *before* it is checked, so parallel
 * guesses cannot exceed five; null when there is no open challenge to count against
 * (none, expired, completed, or already void).
 */
export async function countChallengeAnswer(token: string | null, now = new Date()): Promise<{ id: string; userId: string } | null> {
  if (!token) return null;
  const rows = await db.$queryRaw<{ id: unknown; userId: unknown }[]>`
    UPDATE "LoginChallenge" SET "failedAttempts" = "failedAttempts" + 1
    WHERE "tokenHash" = ${hashToken(token)} AND "completedAt" IS NULL AND "expiresAt" > ${now}
      AND "failedAttempts" < CAST(${MAX_CHALLENGE_FAILURES} AS INTEGER)
    RETURNING "id" AS "id", "userId" AS "userId"`;
  const row = rows[0];
  return row ? { id: String(row.id), userId: String(row.userId) } : null;
}

/** The person a challenge is for, with their active authenticator key (decrypted), in one read. */
export async function factorUserWithSecret(userId: string): Promise<{ user: FactorUser; totpSecret: string | null }> {
  const rows = await db.$queryRaw<Record<keyof FactorUser | "encryptedSecret", unknown>[]>`
    SELECT u."id" AS "id", u."companyId" AS "companyId", u."email" AS "email", u."name" AS "name", u."locale" AS "locale",
           (SELECT t."encryptedSecret" FROM "TotpCredential" t
             WHERE t."userId" = u."id" AND t."confirmedAt" IS NOT NULL
             ORDER BY t."confirmedAt" DESC LIMIT 1) AS "encryptedSecret"
    FROM "User" u WHERE u."id" = ${userId}`;
  const row = rows[0];
  if (!row) throw new Error("factorUserWithSecret: the challenge's user is gone");
  const user = { id: String(row.id), companyId: String(row.companyId), email: String(row.email), name: String(row.name), locale: String(row.locale) };
  const payload = row.encryptedSecret;
  return { user, totpSecret: typeof payload === "string" ? decryptTotpSecret({ userId: user.id, payload }) : null };
}

/** Marks the challenge's second factor as passed, once; false when it was not open any more. */
export async function markSecondFactorPassed(challengeId: string, method: string, now = new Date()): Promise<boolean> {
  const marked = await db.$executeRaw`
    UPDATE "LoginChallenge" SET "secondFactor" = ${method}, "secondFactorAt" = ${now}
    WHERE "id" = ${challengeId} AND "secondFactorAt" IS NULL AND "completedAt" IS NULL`;
  return marked === 1;
}
