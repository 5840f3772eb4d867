/**
 * `npm run bench`: speed targets that do not belong in a timed test. Prints each
 * measurement against its target and exits non-zero when one is missed.
 *  - argon2id verify (m=19 MiB, t=2, p=1): at most 250 ms, even on a busy 2-core machine
 *  - unknown e-mail vs wrong password: the dummy check costs about what a real one does
 *  - TOTP verification and recovery-code hashing: far below a millisecond
 */
import { performance } from "node:perf_hooks";
import { burnPasswordCheck, hashPassword, verifyPassword } from "../lib/passwords/hash";
import { generateTotpCode, generateTotpSecret, verifyTotp } from "../lib/mfa/totp";

process.env.MFA_ENCRYPTION_KEY ||= Buffer.alloc(32, 1).toString("base64");
process.env.AUTH_SECRET ||= "bench-secret-bench-secret-bench-secret-0123";
const { generateRecoveryCodes, hashRecoveryCode, normalizeRecoveryCode } = await import("../lib/mfa/recovery-codes");

async function meanMs(runs: number, work: () => Promise<unknown> | unknown): Promise<number> {
  await work(); // warm-up
  const start = performance.now();
  for (let i = 0; i < runs; i++) await work();
  return (performance.now() - start) / runs;
}

const results: { name: string; value: number; unit: string; ok: boolean; target: string }[] = [];
const hash = await hashPassword("een redelijk lang wachtwoord voor de meting");
const verify = await meanMs(20, () => verifyPassword(hash, "een ander wachtwoord dat niet klopt"));
results.push({ name: "argon2id verify", value: verify, unit: "ms", ok: verify <= 250, target: "≤ 250 ms" });

const burn = await meanMs(20, () => burnPasswordCheck("een ander wachtwoord dat niet klopt"));
const ratio = burn / verify;
results.push({ name: "unknown e-mail / wrong password", value: ratio, unit: "×", ok: ratio >= 0.5 && ratio <= 2, target: "0.5–2×" });

const secret = generateTotpSecret();
const code = await generateTotpCode({ secret });
const totp = await meanMs(2000, () => verifyTotp({ secret, token: code, lastUsedStep: null }));
results.push({ name: "TOTP verify (3 steps)", value: totp, unit: "ms", ok: totp < 1, target: "< 1 ms" });

const codes = generateRecoveryCodes();
const recovery = await meanMs(10_000, () => hashRecoveryCode(normalizeRecoveryCode(codes[0]!)!));
results.push({ name: "recovery code hash", value: recovery, unit: "ms", ok: recovery < 0.5, target: "< 0.5 ms" });

for (const r of results) {
  console.log(`${r.ok ? "ok  " : "MISS"} ${r.name.padEnd(34)} ${r.value.toFixed(3).padStart(9)} ${r.unit}  (target ${r.target})`);
}
process.exit(results.every((r) => r.ok) ? 0 : 1);
