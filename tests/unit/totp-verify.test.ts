import { verify } from "otplib";
import { describe, expect, it } from "vitest";
import {
  buildOtpAuthUri,
  currentTimeStep,
  formatSecretForDisplay,
  generateTotpCode,
  generateTotpSecret,
  normalizeTotpInput,
  verifyTotp,
} from "@/lib/mfa/totp";
// Independent of the encoder under test, so the 20-byte check does not trust it.
import { base32ToBytes as base32Decode } from "../support/rfc6238";

// Fixed secret and times keep the tests deterministic (a random secret could, once in ~10^5
// runs, give two steps of the window the same code).
const SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
const STEP_START = Date.UTC(2026, 0, 1, 12, 0, 0);

describe("verifyTotp time window (±1 step, server clock)", () => {
  // Start, middle and end of a step: ±30 s must pass and ±61 s must fail wherever T falls.
  for (const offset of [0, 15_000, 29_999]) {
    const T = STEP_START + offset;
    const codeAt = (ms: number) => generateTotpCode({ secret: SECRET, now: ms });

    it(`accepts the code at T (offset ${offset} ms)`, async () => {
      await expect(verifyTotp({ secret: SECRET, token: await codeAt(T), lastUsedStep: null, now: T })).resolves.toEqual({
        ok: true,
        step: currentTimeStep(T),
      });
    });

    it(`accepts T−30 s and T+30 s (offset ${offset} ms)`, async () => {
      const early = await verifyTotp({ secret: SECRET, token: await codeAt(T - 30_000), lastUsedStep: null, now: T });
      const late = await verifyTotp({ secret: SECRET, token: await codeAt(T + 30_000), lastUsedStep: null, now: T });
      expect(early).toEqual({ ok: true, step: currentTimeStep(T) - 1 });
      expect(late).toEqual({ ok: true, step: currentTimeStep(T) + 1 });
    });

    it(`refuses T−61 s and T+61 s (offset ${offset} ms)`, async () => {
      const early = await verifyTotp({ secret: SECRET, token: await codeAt(T - 61_000), lastUsedStep: null, now: T });
      const late = await verifyTotp({ secret: SECRET, token: await codeAt(T + 61_000), lastUsedStep: null, now: T });
      expect(early).toEqual({ ok: false, reason: "invalid" });
      expect(late).toEqual({ ok: false, reason: "invalid" });
    });
  }

  it("refuses a wrong code as invalid", async () => {
    const code = await generateTotpCode({ secret: SECRET, now: STEP_START });
    const wrong = `${code.slice(0, 5)}${(Number(code[5]) + 1) % 10}`;
    await expect(verifyTotp({ secret: SECRET, token: wrong, lastUsedStep: null, now: STEP_START })).resolves.toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("refuses a code made with another secret", async () => {
    const other = await generateTotpCode({ secret: "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", now: STEP_START });
    const result = await verifyTotp({ secret: SECRET, token: other, lastUsedStep: null, now: STEP_START });
    expect(result.ok).toBe(false);
  });
});

describe("verifyTotp replay protection", () => {
  const T = STEP_START + 10_000;
  const step = currentTimeStep(T);

  it("the same step again is replayed", async () => {
    const code = await generateTotpCode({ secret: SECRET, now: T });
    const first = await verifyTotp({ secret: SECRET, token: code, lastUsedStep: null, now: T });
    expect(first).toEqual({ ok: true, step });
    await expect(verifyTotp({ secret: SECRET, token: code, lastUsedStep: step, now: T })).resolves.toEqual({
      ok: false,
      reason: "replayed",
    });
  });

  it("an older step than the last used one is replayed", async () => {
    const previous = await generateTotpCode({ secret: SECRET, now: T - 30_000 });
    await expect(verifyTotp({ secret: SECRET, token: previous, lastUsedStep: step, now: T })).resolves.toEqual({
      ok: false,
      reason: "replayed",
    });
  });

  it("a newer step than the last used one is accepted", async () => {
    const code = await generateTotpCode({ secret: SECRET, now: T });
    await expect(verifyTotp({ secret: SECRET, token: code, lastUsedStep: step - 1, now: T })).resolves.toEqual({
      ok: true,
      step,
    });
  });
});

describe("verifyTotp input format", () => {
  it.each(["12345", "1234567", "", "12a456", "abcdef", "١٢٣٤٥٦", "123456\u0000"])("%j is a format failure, not a throw", async (token) => {
    await expect(verifyTotp({ secret: SECRET, token, lastUsedStep: null, now: STEP_START })).resolves.toEqual({
      ok: false,
      reason: "format",
    });
  });

  it("otplib itself throws on a wrong length (why normalizing first matters)", async () => {
    await expect(verify({ secret: SECRET, token: "12345", epoch: STEP_START / 1000 })).rejects.toThrow();
  });

  it("accepts spaces and dashes people type or paste", async () => {
    expect(normalizeTotpInput(" 123 456 ")).toBe("123456");
    expect(normalizeTotpInput("123-456")).toBe("123456");
    const code = await generateTotpCode({ secret: SECRET, now: STEP_START });
    const spaced = `${code.slice(0, 3)} ${code.slice(3)}`;
    const result = await verifyTotp({ secret: SECRET, token: spaced, lastUsedStep: null, now: STEP_START });
    expect(result.ok).toBe(true);
  });

  it("refuses absurdly long input", () => {
    expect(normalizeTotpInput(`${" ".repeat(10_000)}123456`)).toBeNull();
  });
});

describe("secrets, display and otpauth URI", () => {
  it("a secret is 20 CSPRNG bytes in unpadded base32, different each time", () => {
    const a = generateTotpSecret();
    const b = generateTotpSecret();
    expect(a).toMatch(/^[A-Z2-7]{32}$/);
    expect(base32Decode(a)).toHaveLength(20);
    expect(a).not.toBe(b);
  });

  it("shows the secret in groups of 4", () => {
    expect(formatSecretForDisplay(SECRET)).toBe("JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP");
    const secret = generateTotpSecret();
    const shown = formatSecretForDisplay(secret);
    expect(shown.split(" ").every((group) => group.length === 4)).toBe(true);
    expect(shown.replace(/ /g, "")).toBe(secret);
  });

  it("builds an otpauth URI with issuer, e-mail label, secret, SHA1, 6 digits and 30 s", () => {
    const uri = buildOtpAuthUri({ issuer: "Tweestap Test", accountName: "alice+mfa@example.com", secret: SECRET });
    expect(uri.startsWith("otpauth://totp/Tweestap%20Test:alice%2Bmfa%40example.com?")).toBe(true);
    const params = new URL(uri).searchParams;
    expect(params.get("secret")).toBe(SECRET);
    expect(params.get("issuer")).toBe("Tweestap Test");
    expect(params.get("algorithm")).toBe("SHA1");
    expect(params.get("digits")).toBe("6");
    expect(params.get("period")).toBe("30");
    // A form-encoded "+" for a space shows up literally in some authenticator apps.
    expect(uri).not.toMatch(/Tweestap\+Test/);
  });

  it("refuses a colon in issuer or account name (it would split the label wrongly)", () => {
    expect(() => buildOtpAuthUri({ issuer: "A:B", accountName: "a@example.com", secret: SECRET })).toThrow(RangeError);
    expect(() => buildOtpAuthUri({ issuer: "A", accountName: "x:a@example.com", secret: SECRET })).toThrow(RangeError);
  });

  it("counts 30-second steps from the Unix epoch", () => {
    expect(currentTimeStep(59_000)).toBe(1);
    expect(currentTimeStep(1_111_111_109_000)).toBe(37_037_036);
  });
});
