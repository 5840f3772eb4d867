import { afterEach, describe, expect, it } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { decryptTotpSecret, encryptTotpSecret, SecretDecryptionError } from "@/lib/mfa/secret-crypto";
import { generateTotpSecret } from "@/lib/mfa/totp";

const USER = "user_123";
const ORIGINAL_KEY = process.env.MFA_ENCRYPTION_KEY;

afterEach(() => {
  process.env.MFA_ENCRYPTION_KEY = ORIGINAL_KEY;
  resetEnvCache();
});

// Flips one bit inside the decoded bytes of one part, keeping the encoding canonical, so the
// failure under test is the GCM check and not the format check.
function tamper(payload: string, partIndex: 1 | 2 | 3): string {
  const parts = payload.split(".");
  const bytes = Buffer.from(parts[partIndex] ?? "", "base64url");
  bytes[0] = (bytes[0] ?? 0) ^ 0x01;
  parts[partIndex] = bytes.toString("base64url");
  return parts.join(".");
}

describe("TOTP secret encryption at rest", () => {
  it("round-trips", () => {
    const secret = generateTotpSecret();
    const payload = encryptTotpSecret({ userId: USER, secret });
    expect(decryptTotpSecret({ userId: USER, payload })).toBe(secret);
  });

  it("uses the v1.<iv>.<ciphertext>.<tag> format with a 96-bit IV and 128-bit tag", () => {
    const payload = encryptTotpSecret({ userId: USER, secret: generateTotpSecret() });
    const [version, iv, ciphertext, tag] = payload.split(".");
    expect(version).toBe("v1");
    expect(Buffer.from(iv ?? "", "base64url")).toHaveLength(12);
    expect(Buffer.from(tag ?? "", "base64url")).toHaveLength(16);
    expect(ciphertext).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it("gives a different ciphertext and IV for the same secret each time", () => {
    const secret = generateTotpSecret();
    const a = encryptTotpSecret({ userId: USER, secret });
    const b = encryptTotpSecret({ userId: USER, secret });
    expect(a).not.toBe(b);
    expect(a.split(".")[1]).not.toBe(b.split(".")[1]);
    expect(a.split(".")[2]).not.toBe(b.split(".")[2]);
  });

  it.each([
    ["iv", 1],
    ["ciphertext", 2],
    ["tag", 3],
  ] as const)("throws SecretDecryptionError for a tampered %s", (_name, index) => {
    const payload = encryptTotpSecret({ userId: USER, secret: generateTotpSecret() });
    expect(() => decryptTotpSecret({ userId: USER, payload: tamper(payload, index) })).toThrow(SecretDecryptionError);
  });

  it("throws SecretDecryptionError for another user's id (row copied between users)", () => {
    const payload = encryptTotpSecret({ userId: USER, secret: generateTotpSecret() });
    expect(() => decryptTotpSecret({ userId: "user_124", payload })).toThrow(SecretDecryptionError);
  });

  it("throws SecretDecryptionError under another key", () => {
    const payload = encryptTotpSecret({ userId: USER, secret: generateTotpSecret() });
    process.env.MFA_ENCRYPTION_KEY = Buffer.alloc(32, 9).toString("base64");
    resetEnvCache();
    expect(() => decryptTotpSecret({ userId: USER, payload })).toThrow(SecretDecryptionError);
  });

  it.each(["", "garbage", "v2.AAAA.AAAA.AAAA", "v1.AAAA.AAAA", "v1.!!!.AAAA.AAAA"])(
    "throws SecretDecryptionError for a malformed payload %j",
    (payload) => {
      expect(() => decryptTotpSecret({ userId: USER, payload })).toThrow(SecretDecryptionError);
    },
  );

  it("stores nothing of the base32 secret in the payload", () => {
    const secret = generateTotpSecret();
    const payload = encryptTotpSecret({ userId: USER, secret });
    expect(payload).not.toContain(secret);
    expect(payload.toUpperCase()).not.toContain(secret);
    expect(payload).not.toContain(Buffer.from(secret).toString("base64url"));
    // No 8-character run of the secret either (chance of a random match is ~10^-11).
    for (let i = 0; i + 8 <= secret.length; i++) expect(payload.toUpperCase()).not.toContain(secret.slice(i, i + 8));
  });
});
