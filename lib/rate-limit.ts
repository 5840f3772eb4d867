import { db } from "@/lib/db/client";
import { rawDate } from "@/lib/db/raw-values";
import type { Limit } from "@/lib/limits";

/**
 * Fixed-window attempt counters in the database, so limits hold across restarts and
 * across instances. An attempt is reserved (counted) before the work it guards, so a
 * burst of concurrent requests cannot slip past the limit between check and count.
 */
export type LimitState = { blocked: false } | { blocked: true; retryAfterMs: number };

export async function limitState(key: string, { limit }: Limit, now = new Date()): Promise<LimitState> {
  const row = await db.rateLimit.findUnique({ where: { key } });
  if (!row || row.windowEnds <= now || row.count < limit) return { blocked: false };
  return { blocked: true, retryAfterMs: row.windowEnds.getTime() - now.getTime() };
}

/**
 * Counts one attempt and returns the count in the current window. The common case is one
 * statement (an upsert that increments, native on SQLite and PostgreSQL, so concurrent
 * callers are each counted exactly once); a window that is over is restarted by exactly
 * one caller with a conditional write, and the others count again in the new one.
 */
export async function countAttempt(key: string, { windowMs }: Limit, now = new Date()): Promise<number> {
  const windowEnds = new Date(now.getTime() + windowMs);
  for (let attempt = 0; attempt < 5; attempt++) {
    // Raw SQL, the same on both databases: every sign-in attempt runs this (issue 11).
    const rows = await db.$queryRaw<{ count: unknown; windowEnds: unknown }[]>`
      INSERT INTO "RateLimit" ("key", "count", "windowEnds") VALUES (${key}, 1, ${windowEnds})
      ON CONFLICT ("key") DO UPDATE SET "count" = "RateLimit"."count" + 1
      RETURNING "count" AS "count", "windowEnds" AS "windowEnds"`;
    const row = rows[0];
    const ends = rawDate(row?.windowEnds);
    if (row && ends && ends > now) return Number(row.count);
    const restarted = await db.rateLimit.updateMany({ where: { key, windowEnds: { lte: now } }, data: { count: 1, windowEnds } });
    if (restarted.count === 1) return 1;
  }
  return Number.POSITIVE_INFINITY;
}

export type Reservation = { blocked: false; count: number } | { blocked: true; retryAfterMs: number };

/** Reserves an attempt: counted first, refused when it is over the limit. */
export async function reserveAttempt(key: string, limit: Limit, now = new Date()): Promise<Reservation> {
  const count = await countAttempt(key, limit, now);
  if (count <= limit.limit) return { blocked: false, count };
  const row = await db.rateLimit.findUnique({ where: { key } });
  return { blocked: true, retryAfterMs: Math.max(0, (row?.windowEnds.getTime() ?? now.getTime()) - now.getTime()) };
}

/** Gives back a reserved attempt that turned out not to be a failure. */
export async function releaseAttempt(key: string, now = new Date()): Promise<void> {
  await db.$executeRaw`
    UPDATE "RateLimit" SET "count" = "count" - 1 WHERE "key" = ${key} AND "windowEnds" > ${now} AND "count" > 0`;
}

export async function clearFailures(key: string): Promise<void> {
  await db.$executeRaw`DELETE FROM "RateLimit" WHERE "key" = ${key}`;
}

export function minutesUntil(retryAfterMs: number): number {
  return Math.max(1, Math.ceil(retryAfterMs / 60_000));
}
