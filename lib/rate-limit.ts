import { db } from "@/lib/db/client";
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
    const row = await db.rateLimit.upsert({
      where: { key },
      create: { key, count: 1, windowEnds },
      update: { count: { increment: 1 } },
      select: { count: true, windowEnds: true },
    });
    if (row.windowEnds > now) return row.count;
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
  await db.rateLimit.updateMany({ where: { key, windowEnds: { gt: now }, count: { gt: 0 } }, data: { count: { decrement: 1 } } });
}

export async function clearFailures(key: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key } });
}

export function minutesUntil(retryAfterMs: number): number {
  return Math.max(1, Math.ceil(retryAfterMs / 60_000));
}
