import { createHmac } from "node:crypto";

/**
 * A second, independent RFC 6238 implementation (HMAC-SHA1, 6 digits, 30 s) on plain
 * node:crypto, so tests of the app's TOTP checks do not trust the code under test (otplib)
 * to produce their expected codes.
 */
const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/** RFC 4648 base32 to bytes (spaces, padding and lower case allowed): the tests' one decoder. */
export function base32ToBytes(text: string): Buffer {
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const char of text.replace(/[\s=]+/g, "").toUpperCase()) {
    const index = BASE32.indexOf(char);
    if (index < 0) throw new Error(`not base32: ${char}`);
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out.push((value >>> bits) & 0xff);
    }
  }
  return Buffer.from(out);
}

/** RFC 4226 HOTP with dynamic truncation. */
export function hotp(key: Buffer, counter: number, digits = 6): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac("sha1", key).update(message).digest();
  const offset = (mac[mac.length - 1] ?? 0) & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** digits).padStart(digits, "0");
}

export function stepAt(ms: number): number {
  return Math.floor(ms / 1000 / 30);
}

/** The code an authenticator with this base32 key shows at `ms` (epoch milliseconds). */
export function totpAt(base32Secret: string, ms: number, digits = 6): string {
  return hotp(base32ToBytes(base32Secret), stepAt(ms), digits);
}

/** A 6-digit code that is none of the codes valid around `ms` (window ±`spread` steps). */
export function wrongCodeAt(base32Secret: string, ms: number, spread = 2): string {
  const taken = new Set<string>();
  for (let offset = -spread; offset <= spread; offset++) taken.add(totpAt(base32Secret, ms + offset * 30_000));
  for (let candidate = 0; ; candidate++) {
    const code = String(candidate).padStart(6, "0");
    if (!taken.has(code)) return code;
  }
}
