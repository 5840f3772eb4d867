import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from "node:crypto";
import { env } from "../env";

// Below 128 bits a token could be guessed online within its lifetime (docs/SECURITY.md: links ≥128 bits).
const MIN_TOKEN_BYTES = 16;
const TOKEN_HASH_INFO = "tweestap-token-hash";

/** A fresh random token for links and cookies, base64url so it survives URLs unescaped. */
export function randomToken(bytes = 32): string {
  if (!Number.isInteger(bytes) || bytes < MIN_TOKEN_BYTES) {
    throw new RangeError(`randomToken needs an integer of at least ${MIN_TOKEN_BYTES} bytes`);
  }
  return randomBytes(bytes).toString("base64url");
}

/**
 * What the database stores instead of a token. Keyed with a secret from the environment,
 * so a leaked table alone cannot be used to test guesses offline.
 */
export function hashToken(token: string): string {
  return createHmac("sha256", tokenHashKey()).update(token, "utf8").digest("hex");
}

/**
 * Compares two digests without leaking, through timing, how many leading characters match.
 * Length is not secret (digests have fixed length), so a length mismatch returns early.
 */
export function timingSafeEqualHex(a: string, b: string): boolean {
  const left = Buffer.from(a, "utf8");
  const right = Buffer.from(b, "utf8");
  if (left.length !== right.length) return false;
  return timingSafeEqual(left, right);
}

function tokenHashKey(): Buffer {
  // Derived rather than AUTH_SECRET itself, so this key is independent of Auth.js's own use of it.
  return Buffer.from(hkdfSync("sha256", env().AUTH_SECRET, Buffer.alloc(0), TOKEN_HASH_INFO, 32));
}
