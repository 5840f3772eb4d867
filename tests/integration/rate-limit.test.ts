import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import {
  clearFailures,
  countAttempt,
  limitState,
  minutesUntil,
  releaseAttempt,
  reserveAttempt,
} from "@/lib/rate-limit";
import { limits, type Limit } from "@/lib/limits";

const MINUTE = 60_000;
const fiveIn15: Limit = { limit: 5, windowMs: 15 * MINUTE };

function freshKey(prefix = "test"): string {
  return `${prefix}:${randomUUID()}`;
}

async function countAt(key: string, times: number, limit: Limit, now: Date): Promise<number[]> {
  const counts: number[] = [];
  for (let i = 0; i < times; i++) counts.push(await countAttempt(key, limit, now));
  return counts;
}

describe("limitState", () => {
  it("is not blocked for a key never seen", async () => {
    expect(await limitState(freshKey(), fiveIn15)).toEqual({ blocked: false });
  });

  it("is not blocked below the limit and blocked at it", async () => {
    const key = freshKey();
    const start = new Date();
    expect(await countAt(key, 4, fiveIn15, start)).toEqual([1, 2, 3, 4]);
    expect(await limitState(key, fiveIn15, start)).toEqual({ blocked: false });

    expect(await countAttempt(key, fiveIn15, start)).toBe(5);
    const state = await limitState(key, fiveIn15, start);
    expect(state.blocked).toBe(true);
    expect(state.blocked && state.retryAfterMs).toBe(15 * MINUTE);
  });

  it("reports the time left in the window as retryAfterMs", async () => {
    const key = freshKey();
    const start = new Date();
    await countAt(key, 5, fiveIn15, start);
    const later = new Date(start.getTime() + 10 * MINUTE + 30_000);
    const state = await limitState(key, fiveIn15, later);
    expect(state).toEqual({ blocked: true, retryAfterMs: 4 * MINUTE + 30_000 });
    expect(minutesUntil(4 * MINUTE + 30_000)).toBe(5);
  });

  it("stays blocked past the limit, not only at it", async () => {
    const key = freshKey();
    const start = new Date();
    expect((await countAt(key, 8, fiveIn15, start)).at(-1)).toBe(8);
    expect((await limitState(key, fiveIn15, new Date(start.getTime() + MINUTE))).blocked).toBe(true);
  });

  it("keeps keys apart", async () => {
    const key = freshKey();
    const other = freshKey();
    const start = new Date();
    await countAt(key, 5, fiveIn15, start);
    expect((await limitState(key, fiveIn15, start)).blocked).toBe(true);
    expect(await limitState(other, fiveIn15, start)).toEqual({ blocked: false });
  });
});

describe("countAttempt", () => {
  it("counts 20 concurrent attempts on one key exactly", async () => {
    const key = freshKey("race");
    const limit: Limit = { limit: 100, windowMs: 15 * MINUTE };
    const now = new Date();
    const results = await Promise.all(Array.from({ length: 20 }, () => countAttempt(key, limit, now)));

    const row = await db.rateLimit.findUnique({ where: { key } });
    expect(row?.count).toBe(20);
    // No attempt was lost or gave up: every one saw a finite count, the last one 20.
    expect(results.every(Number.isFinite)).toBe(true);
    expect(Math.max(...results)).toBe(20);
    expect(results).toContain(1);
  });

  it("counts concurrent attempts exactly on an existing row too", async () => {
    const key = freshKey("race");
    const limit: Limit = { limit: 100, windowMs: 15 * MINUTE };
    const now = new Date();
    await countAttempt(key, limit, now);
    await Promise.all(Array.from({ length: 20 }, () => countAttempt(key, limit, now)));
    expect((await db.rateLimit.findUnique({ where: { key } }))?.count).toBe(21);
  });

  it("counts 20 concurrent attempts exactly right after the old window ended", async () => {
    const key = freshKey("race");
    const limit: Limit = { limit: 100, windowMs: 15 * MINUTE };
    const start = new Date();
    await countAt(key, 7, limit, start);
    const next = new Date(start.getTime() + limit.windowMs);
    await Promise.all(Array.from({ length: 20 }, () => countAttempt(key, limit, next)));
    const row = await db.rateLimit.findUnique({ where: { key } });
    expect(row?.count).toBe(20);
    expect(row?.windowEnds.getTime()).toBe(next.getTime() + limit.windowMs);
  });

  it("lets concurrent attackers reach the block, however they race", async () => {
    const key = freshKey("race");
    const now = new Date();
    await Promise.all(Array.from({ length: 10 }, () => countAttempt(key, fiveIn15, now)));
    expect((await limitState(key, fiveIn15, now)).blocked).toBe(true);
  });

  it("starts a new window once the old one has ended", async () => {
    const key = freshKey();
    const start = new Date();
    await countAt(key, 5, fiveIn15, start);
    expect((await limitState(key, fiveIn15, start)).blocked).toBe(true);

    const atEnd = new Date(start.getTime() + 15 * MINUTE);
    expect(await limitState(key, fiveIn15, atEnd)).toEqual({ blocked: false });
    expect(await countAttempt(key, fiveIn15, atEnd)).toBe(1);

    const row = await db.rateLimit.findUnique({ where: { key } });
    expect(row?.count).toBe(1);
    expect(row?.windowEnds.getTime()).toBe(atEnd.getTime() + 15 * MINUTE);
    expect(await limitState(key, fiveIn15, atEnd)).toEqual({ blocked: false });
  });

  it("keeps counting in the same window just before it ends", async () => {
    const key = freshKey();
    const start = new Date();
    await countAt(key, 4, fiveIn15, start);
    const justBefore = new Date(start.getTime() + 15 * MINUTE - 1);
    expect(await countAttempt(key, fiveIn15, justBefore)).toBe(5);
    expect(await limitState(key, fiveIn15, justBefore)).toEqual({ blocked: true, retryAfterMs: 1 });
  });
});

describe("reserveAttempt", () => {
  it("allows up to the limit and refuses the next with the time left", async () => {
    const key = freshKey();
    const start = new Date();
    for (let i = 0; i < fiveIn15.limit; i++) {
      expect(await reserveAttempt(key, fiveIn15, start)).toEqual({ blocked: false, count: i + 1 });
    }
    const later = new Date(start.getTime() + 5 * MINUTE);
    expect(await reserveAttempt(key, fiveIn15, later)).toEqual({ blocked: true, retryAfterMs: 10 * MINUTE });
    expect((await limitState(key, fiveIn15, later)).blocked).toBe(true);
  });

  it("lets at most `limit` (and at least one) of a concurrent burst through", async () => {
    const key = freshKey("race");
    const now = new Date();
    const states = await Promise.all(Array.from({ length: 20 }, () => reserveAttempt(key, fiveIn15, now)));
    const allowed = states.filter((state) => !state.blocked).length;
    // Not exactly `limit`: countAttempt reads the count back after its increment, so a racer
    // can see later increments too and be refused early. Erring that way is safe.
    expect(allowed).toBeGreaterThanOrEqual(1);
    expect(allowed).toBeLessThanOrEqual(fiveIn15.limit);
    expect((await db.rateLimit.findUnique({ where: { key } }))?.count).toBe(20);
  });

  it("allows again once the window has ended", async () => {
    const key = freshKey();
    const start = new Date();
    for (let i = 0; i <= fiveIn15.limit; i++) await reserveAttempt(key, fiveIn15, start);
    const next = new Date(start.getTime() + fiveIn15.windowMs);
    expect(await reserveAttempt(key, fiveIn15, next)).toEqual({ blocked: false, count: 1 });
  });
});

describe("releaseAttempt", () => {
  it("gives back one reserved attempt", async () => {
    const key = freshKey();
    const now = new Date();
    for (let i = 0; i < fiveIn15.limit; i++) await reserveAttempt(key, fiveIn15, now);
    expect((await limitState(key, fiveIn15, now)).blocked).toBe(true);
    await releaseAttempt(key, now);
    expect((await db.rateLimit.findUnique({ where: { key } }))?.count).toBe(fiveIn15.limit - 1);
    expect(await limitState(key, fiveIn15, now)).toEqual({ blocked: false });
  });

  it("never goes below zero and ignores an unknown key", async () => {
    const key = freshKey();
    const now = new Date();
    await reserveAttempt(key, fiveIn15, now);
    await releaseAttempt(key, now);
    await releaseAttempt(key, now);
    expect((await db.rateLimit.findUnique({ where: { key } }))?.count).toBe(0);
    await expect(releaseAttempt(freshKey(), now)).resolves.toBeUndefined();
  });

  it("releases exactly once per call, also concurrently", async () => {
    const key = freshKey("race");
    const now = new Date();
    for (let i = 0; i < 7; i++) await reserveAttempt(key, fiveIn15, now);
    await Promise.all(Array.from({ length: 3 }, () => releaseAttempt(key, now)));
    expect((await db.rateLimit.findUnique({ where: { key } }))?.count).toBe(4);
  });
});

describe("clearFailures", () => {
  it("clears a blocked key and only that key", async () => {
    const key = freshKey();
    const other = freshKey();
    const now = new Date();
    await countAt(key, 5, fiveIn15, now);
    await countAt(other, 5, fiveIn15, now);

    await clearFailures(key);
    expect(await db.rateLimit.findUnique({ where: { key } })).toBeNull();
    expect(await limitState(key, fiveIn15, now)).toEqual({ blocked: false });
    expect(await countAttempt(key, fiveIn15, now)).toBe(1);
    expect((await limitState(other, fiveIn15, now)).blocked).toBe(true);
  });

  it("is harmless for an unknown key", async () => {
    await expect(clearFailures(freshKey())).resolves.toBeUndefined();
  });
});

describe("configured limits", () => {
  it("throttles password guesses per account and per IP, and sign-ups per IP", () => {
    expect(limits.passwordPerAccount.limit).toBeLessThanOrEqual(10);
    expect(limits.passwordPerAccount.windowMs).toBeGreaterThanOrEqual(15 * MINUTE);
    expect(limits.passwordPerIp.limit).toBeGreaterThan(limits.passwordPerAccount.limit);
    expect(limits.registrationPerIp.limit).toBeGreaterThan(0);
  });
});
