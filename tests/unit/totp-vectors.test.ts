import { execFileSync } from "node:child_process";
import { generate, type HashAlgorithm } from "otplib";
import { describe, expect, it } from "vitest";
import { generateTotpCode, generateTotpSecret } from "@/lib/mfa/totp";
import vectors from "../fixtures/rfc-otp-vectors.json";

// Copied from /work/shared/vectors: RFC 6238 Appendix B and RFC 4226 Appendix D.
function otplibAlgorithm(name: string): HashAlgorithm {
  const map: Record<string, HashAlgorithm> = { SHA1: "sha1", SHA256: "sha256", SHA512: "sha512" };
  const algorithm = map[name];
  if (!algorithm) throw new Error(`unknown algorithm in vector file: ${name}`);
  return algorithm;
}

function oathtoolTotp(secret: string, epochSeconds: number): string {
  // oathtool reads --now like GNU date; "@<seconds>" is an exact UTC instant.
  return execFileSync("oathtool", ["--totp", "-b", secret, `--now=@${epochSeconds}`], { encoding: "utf8" }).trim();
}

describe("RFC 6238 TOTP vectors through otplib", () => {
  it("has the full appendix (guards against an empty or truncated fixture)", () => {
    expect(vectors.totp).toHaveLength(18);
  });

  it.each(vectors.totp.map((v) => [v.algorithm, v.time, v] as const))("%s at %i", async (_name, _time, v) => {
    const code = await generate({
      secret: v.secretBase32,
      algorithm: otplibAlgorithm(v.algorithm),
      digits: v.digits,
      period: v.period,
      epoch: v.time,
    });
    expect(code).toBe(v.code);
  });

  it("the app's generateTotpCode gives the last 6 digits of each SHA1 vector", async () => {
    const sha1 = vectors.totp.filter((v) => v.algorithm === "SHA1");
    expect(sha1.length).toBeGreaterThan(0);
    for (const v of sha1) {
      // Truncation to N digits is mod 10^N of the same number, so 6 digits are the 8-digit code's tail.
      await expect(generateTotpCode({ secret: v.secretBase32.replace(/=+$/, ""), now: v.time * 1000 })).resolves.toBe(
        v.code.slice(-6),
      );
    }
  });
});

describe("RFC 4226 HOTP vectors through otplib", () => {
  it("has the full appendix", () => {
    expect(vectors.hotp).toHaveLength(10);
  });

  it.each(vectors.hotp.map((v) => [v.counter, v] as const))("counter %i", async (_counter, v) => {
    const code = await generate({
      strategy: "hotp",
      secret: v.secretBase32,
      algorithm: otplibAlgorithm(v.algorithm),
      digits: v.digits,
      counter: v.counter,
    });
    expect(code).toBe(v.code);
  });
});

describe("generateTotpCode agrees with oathtool (independent implementation)", () => {
  const times = [59, 1_111_111_109, 1_234_567_890, 2_000_000_000, Math.floor(Date.now() / 1000)];
  const secrets = ["GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", generateTotpSecret(), generateTotpSecret()];

  for (const secret of secrets) {
    it.each(times)(`secret ${secret.slice(0, 4)}… at %i`, async (seconds) => {
      const ours = await generateTotpCode({ secret, now: seconds * 1000 });
      expect(ours).toMatch(/^[0-9]{6}$/);
      expect(ours).toBe(oathtoolTotp(secret, seconds));
    });
  }
});
