import { randomBytes, randomUUID } from "node:crypto";

/*
 * Values unique per call, so test files can run in parallel, against a shared PostgreSQL
 * database, and (in the browser tests) against one server, without meeting each other.
 */

export function uniqueEmail(label = "user"): string {
  return `${label}-${randomUUID()}@example.test`;
}

/**
 * A made-up client address, so the per-IP throttling of one test never counts another's
 * attempts. A unique-local IPv6 address: a real address wherever one is shown or sent as
 * X-Forwarded-For, with 56 random bits in its network part, so addresses stay apart also
 * where throttling groups IPv6 by /64.
 */
export function uniqueIp(): string {
  const hex = randomBytes(7).toString("hex");
  return `fd${hex.slice(0, 2)}:${hex.slice(2, 6)}:${hex.slice(6, 10)}:${hex.slice(10, 14)}::1`;
}
