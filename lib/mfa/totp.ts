import { randomBytes, timingSafeEqual } from "node:crypto";
import { ScureBase32Plugin, generate } from "otplib";

// What every common authenticator app supports; other values get silently ignored by some
// apps, which then show codes that never match (RFC 6238 defaults, docs/SECURITY.md "TOTP").
export const TOTP_ALGORITHM = "SHA1";
export const TOTP_DIGITS = 6;
export const TOTP_PERIOD_SECONDS = 30;
/** Steps accepted either side of the server's current step (RFC 6238 §5.2: at most one). */
export const TOTP_WINDOW_STEPS = 1;
/** 160 bits, the HMAC-SHA1 block output size RFC 4226 R6 recommends. */
export const TOTP_SECRET_BYTES = 20;

const OTPLIB_ALGORITHM = "sha1";
const BASE32_SECRET = /^[A-Z2-7]+$/;
// Generous for pasted input with separators, small enough that junk is rejected before any work.
const MAX_INPUT_LENGTH = 32;
const base32 = new ScureBase32Plugin();

export type TotpVerification = { ok: true; step: number } | { ok: false; reason: "format" | "invalid" | "replayed" };

/** Base32 without padding: the form authenticator apps expect in otpauth URIs and manual entry. */
export function generateTotpSecret(): string {
  return base32.encode(randomBytes(TOTP_SECRET_BYTES), { padding: false });
}

/** For manual entry: groups of 4 are easier to type and compare than 32 characters in a row. */
export function formatSecretForDisplay(secret: string): string {
  const compact = secret.replace(/\s+/g, "");
  return (compact.match(/.{1,4}/g) ?? []).join(" ");
}

/**
 * Key URI for the QR code (Google Authenticator "Key Uri Format"). encodeURIComponent rather
 * than URLSearchParams, because some apps show a form-encoded "+" literally instead of a space.
 */
export function buildOtpAuthUri({ issuer, accountName, secret }: { issuer: string; accountName: string; secret: string }): string {
  // Apps split the label on the first colon, so a colon inside either part would mislabel it.
  if (!issuer || issuer.includes(":")) throw new RangeError("TOTP issuer must be non-empty and contain no colon");
  if (!accountName || accountName.includes(":")) throw new RangeError("TOTP account name must be non-empty and contain no colon");
  if (!BASE32_SECRET.test(secret)) throw new RangeError("TOTP secret must be unpadded upper-case base32");
  const label = `${encodeURIComponent(issuer)}:${encodeURIComponent(accountName)}`;
  const query = [
    `secret=${secret}`,
    `issuer=${encodeURIComponent(issuer)}`,
    `algorithm=${TOTP_ALGORITHM}`,
    `digits=${TOTP_DIGITS}`,
    `period=${TOTP_PERIOD_SECONDS}`,
  ].join("&");
  return `otpauth://totp/${label}?${query}`;
}

/**
 * Accepts what people type or paste ("123 456", "123-456") and returns the 6 digits, or null.
 * Callers count null as a failed attempt; it also keeps otplib's length check from throwing.
 */
export function normalizeTotpInput(input: string): string | null {
  if (input.length > MAX_INPUT_LENGTH) return null;
  const compact = input.replace(/[\s-]+/g, "");
  return /^[0-9]{6}$/.test(compact) ? compact : null;
}

/** The RFC 6238 counter for a moment in milliseconds; this is what the caller stores as last used. */
export function currentTimeStep(now: number = Date.now()): number {
  return Math.floor(now / 1000 / TOTP_PERIOD_SECONDS);
}

/** The code an authenticator shows at `now`; for the dev seed and tests, never sent to users. */
export async function generateTotpCode({ secret, now = Date.now() }: { secret: string; now?: number }): Promise<string> {
  return codeForStep(secret, currentTimeStep(now));
}

/**
 * Checks a submitted code against the server clock's step and one step either side.
 * A match at or below `lastUsedStep` is reported as "replayed" (RFC 6238 §5.2: accept each
 * code once). On success the caller must store `step` with a conditional update
 * (`where totpLastUsedStep < step`), so that two concurrent submits of one code cannot both win.
 */
export async function verifyTotp({
  secret,
  token,
  lastUsedStep,
  now = Date.now(),
}: {
  secret: string;
  token: string;
  lastUsedStep: number | null;
  now?: number;
}): Promise<TotpVerification> {
  const code = normalizeTotpInput(token);
  if (code === null) return { ok: false, reason: "format" };

  const current = currentTimeStep(now);
  const submitted = Buffer.from(code, "ascii");
  let acceptedStep: number | null = null;
  let replayed = false;
  // Every step in the window is computed and compared, matched or not, so the response
  // time does not reveal which step (if any) matched.
  for (let step = current - TOTP_WINDOW_STEPS; step <= current + TOTP_WINDOW_STEPS; step++) {
    if (step < 0) continue;
    const expected = Buffer.from(await codeForStep(secret, step), "ascii");
    if (!timingSafeEqual(expected, submitted)) continue;
    // Ascending loop: a later fresh step wins over an earlier one should two steps share a code.
    if (lastUsedStep !== null && step <= lastUsedStep) replayed = true;
    else acceptedStep = step;
  }

  if (acceptedStep !== null) return { ok: true, step: acceptedStep };
  return { ok: false, reason: replayed ? "replayed" : "invalid" };
}

function codeForStep(secret: string, step: number): Promise<string> {
  return generate({
    secret,
    algorithm: OTPLIB_ALGORITHM,
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD_SECONDS,
    epoch: step * TOTP_PERIOD_SECONDS,
  });
}
