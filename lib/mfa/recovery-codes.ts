import { createHmac, hkdfSync, randomBytes } from "node:crypto";
import { env } from "../env";

/**
 * Recovery codes are read off paper and typed by hand, so they use Crockford's base32:
 * no I, L, O or U, and the look-alikes people type anyway (O for 0, I and L for 1) are
 * mapped back on input. 16 characters × 5 bits = 80 bits per code (docs/SECURITY.md "Recovery codes").
 */
export const RECOVERY_CODE_COUNT = 10;
export const RECOVERY_CODE_LENGTH = 16;
export const RECOVERY_CODE_BITS = RECOVERY_CODE_LENGTH * 5;

const CROCKFORD_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const GROUP_SIZE = 4;
const PEPPER_INFO = "tweestap-recovery-code";
const CONFUSABLES: Readonly<Record<string, string>> = { O: "0", I: "1", L: "1" };
const NORMALIZED = new RegExp(`^[${CROCKFORD_ALPHABET}]{${RECOVERY_CODE_LENGTH}}$`);
// Generous for pasted input with separators, small enough that junk is rejected before any work.
const MAX_INPUT_LENGTH = 64;

/** Codes as shown to the user once, grouped `ABCD-EFGH-JKMN-PQRS`. */
export function generateRecoveryCodes(): string[] {
  const codes = new Set<string>();
  // A repeat among 10 draws of 80 bits is practically impossible, but a Set makes "distinct" a fact.
  while (codes.size < RECOVERY_CODE_COUNT) codes.add(formatRecoveryCode(randomCode()));
  return [...codes];
}

/**
 * Upper-cases, drops spaces and dashes, maps look-alikes; null unless exactly 16 valid
 * characters remain. Non-ASCII letters are refused before upper-casing, because
 * `toUpperCase` turns some of them ("ß", "ı") into valid-looking ASCII.
 */
export function normalizeRecoveryCode(input: string): string | null {
  if (input.length > MAX_INPUT_LENGTH) return null;
  const compact = input.replace(/[\s\-\u2010-\u2015\u2212]+/g, "");
  if (!/^[0-9A-Za-z]*$/.test(compact)) return null;
  const mapped = [...compact.toUpperCase()].map((char) => CONFUSABLES[char] ?? char).join("");
  return NORMALIZED.test(mapped) ? mapped : null;
}

/**
 * What the database stores. 80 random bits need no slow hash; the pepper (derived from a key
 * that lives only in the environment) means a leaked table alone cannot confirm any guess.
 */
export function hashRecoveryCode(normalized: string): string {
  // Hashing un-normalized input would silently never match; fail loudly on that programming error.
  if (!NORMALIZED.test(normalized)) throw new TypeError("hashRecoveryCode expects the output of normalizeRecoveryCode");
  return createHmac("sha256", recoveryPepper()).update(normalized, "utf8").digest("hex");
}

// 256 is a multiple of 32, so the low 5 bits of each random byte are uniform: no modulo bias.
function randomCode(): string {
  return [...randomBytes(RECOVERY_CODE_LENGTH)].map((byte) => CROCKFORD_ALPHABET.charAt(byte & 31)).join("");
}

function formatRecoveryCode(code: string): string {
  return (code.match(new RegExp(`.{${GROUP_SIZE}}`, "g")) ?? []).join("-");
}

function recoveryPepper(): Buffer {
  const master = Buffer.from(env().MFA_ENCRYPTION_KEY, "base64");
  return Buffer.from(hkdfSync("sha256", master, Buffer.alloc(0), PEPPER_INFO, 32));
}
