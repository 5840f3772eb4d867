import { db } from "@/lib/db/client";

/**
 * Fixed-window failure counters in the database, so limits hold across restarts and
 * across instances. A key is blocked once `limit` failures fall in one window; the
 * block lasts until the window ends. Success clears the account's counter.
 */
export type Limit = { limit: number; windowMs: number };

export const limits = {
  passwordPerAccount: { limit: 10, windowMs: 15 * 60_000 },
  passwordPerIp: { limit: 50, windowMs: 15 * 60_000 },
  registrationPerIp: { limit: 20, windowMs: 60 * 60_000 },
} satisfies Record<string, Limit>;

export type LimitState = { blocked: false } | { blocked: true; retryAfterMs: number };

export async function limitState(key: string, { limit }: Limit, now = new Date()): Promise<LimitState> {
  const row = await db.rateLimit.findUnique({ where: { key } });
  if (!row || row.windowEnds <= now || row.count < limit) return { blocked: false };
  return { blocked: true, retryAfterMs: row.windowEnds.getTime() - now.getTime() };
}

/** Counts one attempt (a failure, or any sign-up); returns the count in the current window. */
export async function countAttempt(key: string, { windowMs }: Limit, now = new Date()): Promise<number> {
  for (let attempt = 0; attempt < 3; attempt++) {
    // Inside the window: one atomic increment decides, also when requests race.
    const bumped = await db.rateLimit.updateMany({
      where: { key, windowEnds: { gt: now } },
      data: { count: { increment: 1 } },
    });
    if (bumped.count === 1) {
      const row = await db.rateLimit.findUnique({ where: { key } });
      return row?.count ?? 1;
    }
    const windowEnds = new Date(now.getTime() + windowMs);
    try {
      await db.rateLimit.upsert({
        where: { key },
        create: { key, count: 1, windowEnds },
        update: { count: 1, windowEnds },
      });
      return 1;
    } catch {
      // Another request created the row first: count again inside its window.
    }
  }
  return Number.POSITIVE_INFINITY;
}

export async function clearFailures(key: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key } });
}

export function minutesUntil(retryAfterMs: number): number {
  return Math.max(1, Math.ceil(retryAfterMs / 60_000));
}
