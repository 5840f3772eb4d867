import { randomBytes } from "node:crypto";
import type { CurrentUser } from "./load-user";

/**
 * The proxy's session read, handed to the page of the same request, so that a signed-in
 * page costs one read of its session row instead of two (issue 11: "cache it for the
 * request"; on PostgreSQL the second read was a round trip of its own).
 *
 * The proxy and the page run in one process but in separate bundles, so the reads live on
 * globalThis and only a random id travels, in a request header that the proxy always sets
 * itself (whatever a client sent under that name is dropped). Nothing is taken from the
 * header on trust: a read counts only if it is in this process's table, was made for the
 * same session cookie as the page's request, is a few seconds old at most, and is taken
 * once. A request that skips the proxy finds nothing and reads for itself, so the page's
 * guard stays the boundary.
 */
export const HANDOFF_HEADER = "x-tweestap-session-read";
/** Far longer than from the proxy to the page's first read; past it the page reads again. */
export const HANDOFF_TTL_MS = 5_000;
/** Reads that no page took (a 404, an aborted request) wait here until the next hand-off clears them. */
const MAX_WAITING = 1_000;

type Handoff = { token: string; user: CurrentUser; at: number };
const TABLE = Symbol.for("tweestap.sessionHandoff");

function table(): Map<string, Handoff> {
  const holder = globalThis as typeof globalThis & { [TABLE]?: Map<string, Handoff> };
  holder[TABLE] ??= new Map();
  return holder[TABLE];
}

/** Keeps the proxy's read of `token`'s session for the page; returns the id for HANDOFF_HEADER. */
export function handOff(token: string, user: CurrentUser, now = Date.now()): string {
  const waiting = table();
  // Oldest first: drop the stale ones, and the oldest when too many are waiting.
  for (const [id, handoff] of waiting) {
    if (waiting.size < MAX_WAITING && now - handoff.at < HANDOFF_TTL_MS) break;
    waiting.delete(id);
  }
  const id = randomBytes(16).toString("base64url");
  waiting.set(id, { token, user, at: now });
  return id;
}

/** The proxy's read for this request's session cookie, or undefined: then the caller reads for itself. */
export function takeHandoff(id: string | null, token: string | undefined, now = Date.now()): CurrentUser | undefined {
  if (!id || !token) return undefined;
  const waiting = table();
  const handoff = waiting.get(id);
  if (!handoff) return undefined;
  waiting.delete(id);
  if (handoff.token !== token || now - handoff.at >= HANDOFF_TTL_MS) return undefined;
  return handoff.user;
}
