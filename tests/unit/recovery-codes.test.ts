import { afterEach, describe, expect, it } from "vitest";
import { resetEnvCache } from "@/lib/env";
import {
  generateRecoveryCodes,
  hashRecoveryCode,
  normalizeRecoveryCode,
  RECOVERY_CODE_BITS,
  RECOVERY_CODE_COUNT,
} from "@/lib/mfa/recovery-codes";

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const GROUPED = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/;
const ORIGINAL_KEY = process.env.MFA_ENCRYPTION_KEY;

afterEach(() => {
  process.env.MFA_ENCRYPTION_KEY = ORIGINAL_KEY;
  resetEnvCache();
});

describe("recovery code generation", () => {
  it("gives 10 distinct codes grouped XXXX-XXXX-XXXX-XXXX in Crockford base32", () => {
    const codes = generateRecoveryCodes();
    expect(RECOVERY_CODE_COUNT).toBe(10);
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(GROUPED);
  });

  it("carries at least 80 bits: 16 characters from a 32-symbol alphabet, all symbols in use", () => {
    expect(RECOVERY_CODE_BITS).toBeGreaterThanOrEqual(80);
    const normalized = generateRecoveryCodes().map((code) => normalizeRecoveryCode(code));
    for (const code of normalized) expect(code).toHaveLength(16);
    expect(16 * Math.log2(CROCKFORD.length)).toBe(80);
    // 200 sets = 32,000 characters; each symbol is expected ~1,000 times, so a missing one means
    // the generator draws from a smaller alphabet than claimed.
    const seen = new Set(Array.from({ length: 200 }, () => generateRecoveryCodes().join("").replace(/-/g, "")).join(""));
    expect([...seen].sort().join("")).toBe(CROCKFORD);
  });

  it("differs between calls", () => {
    const a = generateRecoveryCodes();
    const b = generateRecoveryCodes();
    expect(a.filter((code) => b.includes(code))).toEqual([]);
  });
});

describe("recovery code normalization", () => {
  it("accepts lower case, spaces and dashes", () => {
    expect(normalizeRecoveryCode("abcd-efgh-jkmn-pqrs")).toBe("ABCDEFGHJKMNPQRS");
    expect(normalizeRecoveryCode(" abcd efgh  jkmn pqrs ")).toBe("ABCDEFGHJKMNPQRS");
    expect(normalizeRecoveryCode("ABCDEFGHJKMNPQRS")).toBe("ABCDEFGHJKMNPQRS");
    const [code] = generateRecoveryCodes();
    expect(normalizeRecoveryCode((code ?? "").toLowerCase())).toBe((code ?? "").replace(/-/g, ""));
  });

  it("maps the look-alikes O→0, I→1, L→1 that people type from paper", () => {
    expect(normalizeRecoveryCode("OOOO-IIII-LLLL-oili")).toBe("0000111111110111");
  });

  it.each(["", "ABCD-EFGH-JKMN-PQR", "ABCD-EFGH-JKMN-PQRST", "ABCD-EFGH-JKMN-PQRU", "ABCD-EFGH-JKMN-PQR!", "ßBCD-EFGH-JKMN-PQR"])(
    "rejects %j",
    (input) => {
      expect(normalizeRecoveryCode(input)).toBeNull();
    },
  );
});

describe("recovery code hashing", () => {
  it("is deterministic, 64 hex characters and not the code", () => {
    const code = normalizeRecoveryCode(generateRecoveryCodes()[0] ?? "") ?? "";
    const hash = hashRecoveryCode(code);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashRecoveryCode(code)).toBe(hash);
    expect(hash.toUpperCase()).not.toContain(code);
  });

  it("differs per code", () => {
    const hashes = generateRecoveryCodes().map((code) => hashRecoveryCode(normalizeRecoveryCode(code) ?? ""));
    expect(new Set(hashes).size).toBe(10);
  });

  it("matches for the same code typed differently", () => {
    expect(hashRecoveryCode(normalizeRecoveryCode("abcd efgh jkmn pqrs") ?? "")).toBe(hashRecoveryCode("ABCDEFGHJKMNPQRS"));
  });

  it("is keyed: another MFA_ENCRYPTION_KEY gives another hash", () => {
    const before = hashRecoveryCode("ABCDEFGHJKMNPQRS");
    process.env.MFA_ENCRYPTION_KEY = Buffer.alloc(32, 9).toString("base64");
    resetEnvCache();
    expect(hashRecoveryCode("ABCDEFGHJKMNPQRS")).not.toBe(before);
  });

  it("refuses input that was not normalized (it would never match a stored hash)", () => {
    expect(() => hashRecoveryCode("abcd-efgh-jkmn-pqrs")).toThrow(TypeError);
  });
});
