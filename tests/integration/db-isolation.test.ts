import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { limitState, reserveAttempt } from "@/lib/rate-limit";
import type { Limit } from "@/lib/limits";

/*
 * One request's transaction must not take another request's writes with it (on SQLite the
 * app has one connection; lib/db/serialized-sqlite.ts). Seen first with concurrent
 * backup-address confirmations (login-link.test.ts), where a losing confirmation's rollback
 * could take the winner's notice mail along. Here the overlap is deterministic: a
 * transaction has written and stays open while another caller writes, then rolls back.
 */

const OVERLAP_MS = 200;

/** Starts `work` while an interactive transaction is open; then that transaction fails. */
async function duringRolledBackTransaction<T>(work: () => Promise<T>): Promise<T> {
  let release: () => void = () => {};
  const open = new Promise<void>((resolve) => (release = resolve));
  let started: () => void = () => {};
  const begun = new Promise<void>((resolve) => (started = resolve));
  const transaction = db
    .$transaction(async (tx) => {
      await tx.rateLimit.create({ data: { key: `isolation:${randomUUID()}`, count: 1, windowEnds: new Date(Date.now() + 60_000) } });
      started();
      await open;
      throw new Error("rolled back on purpose");
    })
    .then(
      () => "committed",
      () => "rolled back",
    );
  await begun;
  const pending = work();
  // Time enough for the write to run inside the open transaction, were it let through.
  await new Promise((resolve) => setTimeout(resolve, OVERLAP_MS));
  release();
  expect(await transaction).toBe("rolled back");
  return pending;
}

describe("writes outside a transaction, while another one rolls back", () => {
  it("keep a reserved rate-limit attempt counted", async () => {
    const key = `isolation:${randomUUID()}`;
    const limit: Limit = { limit: 1, windowMs: 60_000 };
    expect(await reserveAttempt(key, limit)).toEqual({ blocked: false, count: 1 });
    expect(await duringRolledBackTransaction(() => reserveAttempt(key, limit))).toMatchObject({ blocked: true });
    // Two attempts against a limit of one: the second must still be counted afterwards.
    expect((await db.rateLimit.findUnique({ where: { key } }))?.count).toBe(2);
    expect(await limitState(key, limit)).toMatchObject({ blocked: true });
  });

  it("do not see another transaction's uncommitted rows", async () => {
    const to = `isolation-${randomUUID()}@example.test`;
    let release: () => void = () => {};
    const open = new Promise<void>((resolve) => (release = resolve));
    let started: () => void = () => {};
    const begun = new Promise<void>((resolve) => (started = resolve));
    const transaction = db
      .$transaction(async (tx) => {
        await tx.outboxMail.create({ data: { to, subject: "onbevestigd", html: "", text: "" } });
        started();
        await open;
        throw new Error("rolled back on purpose");
      })
      .catch(() => "rolled back");
    await begun;
    const seen = db.outboxMail.findMany({ where: { to } }).then((rows) => rows.length);
    await new Promise((resolve) => setTimeout(resolve, OVERLAP_MS));
    release();
    await transaction;
    expect(await seen).toBe(0);
  });
});
