import { createHash } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { hashToken, randomToken, timingSafeEqualHex } from "@/lib/security/tokens";

const ORIGINAL_SECRET = process.env.AUTH_SECRET;

afterEach(() => {
  process.env.AUTH_SECRET = ORIGINAL_SECRET;
  resetEnvCache();
});

describe("randomToken", () => {
  it("encodes 32 bytes as 43 base64url characters by default", () => {
    const token = randomToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
  });

  it("honours the byte count and refuses fewer than 128 bits", () => {
    expect(Buffer.from(randomToken(16), "base64url")).toHaveLength(16);
    expect(randomToken(16)).toHaveLength(22);
    expect(() => randomToken(15)).toThrow(RangeError);
    expect(() => randomToken(20.5)).toThrow(RangeError);
  });

  it("does not repeat and uses the whole alphabet (CSPRNG, not a counter or clock)", () => {
    const tokens = Array.from({ length: 500 }, () => randomToken());
    expect(new Set(tokens).size).toBe(500);
    // 21,500 characters over 64 symbols: every symbol shows up unless the source is degenerate.
    expect(new Set(tokens.join("")).size).toBe(64);
  });
});

describe("hashToken", () => {
  it("is deterministic, 64 hex characters, and not the token", () => {
    const token = randomToken();
    const hash = hashToken(token);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(token)).toBe(hash);
    expect(hash).not.toContain(token);
    expect(hashToken(randomToken())).not.toBe(hash);
  });

  it("is keyed: not a plain SHA-256, and changes with AUTH_SECRET", () => {
    const token = randomToken();
    const hash = hashToken(token);
    expect(hash).not.toBe(createHash("sha256").update(token).digest("hex"));
    process.env.AUTH_SECRET = "another-auth-secret-another-auth-secret-0123";
    resetEnvCache();
    expect(hashToken(token)).not.toBe(hash);
  });
});

describe("timingSafeEqualHex", () => {
  it("is true only for identical strings", () => {
    const a = hashToken("a");
    expect(timingSafeEqualHex(a, a)).toBe(true);
    expect(timingSafeEqualHex(a, hashToken("b"))).toBe(false);
    expect(timingSafeEqualHex(a, `${a.slice(0, 63)}${a[63] === "0" ? "1" : "0"}`)).toBe(false);
  });

  it("is false, not a throw, for different lengths", () => {
    const a = hashToken("a");
    expect(timingSafeEqualHex(a, a.slice(0, 62))).toBe(false);
    expect(timingSafeEqualHex(a, "")).toBe(false);
    expect(timingSafeEqualHex("ab", "é")).toBe(false);
  });
});
