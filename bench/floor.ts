/**
 * In-process figures: the argon2id floor the sign-in rate is held against, and the small
 * per-request costs that must stay far below a millisecond (TOTP, recovery codes).
 */
import { performance } from "node:perf_hooks";
import { burnPasswordCheck, hashPassword, verifyPassword } from "../lib/passwords/hash";
import { generateTotpCode, generateTotpSecret, verifyTotp } from "../lib/mfa/totp";
import { generateRecoveryCodes, hashRecoveryCode, normalizeRecoveryCode } from "../lib/mfa/recovery-codes";
import { fixed, type Figure } from "./report";

async function meanMs(runs: number, work: () => Promise<unknown> | unknown): Promise<number> {
  await work(); // warm-up
  const start = performance.now();
  for (let i = 0; i < runs; i++) await work();
  return (performance.now() - start) / runs;
}

/** Verifies per second with `inFlight` verifications running at once, as a busy login would. */
export async function verifiesPerSecond(hash: string, inFlight: number, seconds: number): Promise<number> {
  const until = performance.now() + seconds * 1000;
  let done = 0;
  const worker = async () => {
    while (performance.now() < until) {
      await verifyPassword(hash, "een ander wachtwoord dat niet klopt");
      done++;
    }
  };
  const start = performance.now();
  await Promise.all(Array.from({ length: inFlight }, worker));
  return done / ((performance.now() - start) / 1000);
}

/** The argon2 and second-factor micro-figures (the floor itself is taken beside the sign-ins). */
export async function microFigures(): Promise<Figure[]> {
  const hash = await hashPassword("een redelijk lang wachtwoord voor de meting");
  const verify = await meanMs(20, () => verifyPassword(hash, "een ander wachtwoord dat niet klopt"));
  const burn = await meanMs(20, () => burnPasswordCheck("een ander wachtwoord dat niet klopt"));

  const secret = generateTotpSecret();
  const code = await generateTotpCode({ secret });
  const totp = await meanMs(2000, () => verifyTotp({ secret, token: code, lastUsedStep: null }));
  const codes = generateRecoveryCodes();
  const recovery = await meanMs(10_000, () => hashRecoveryCode(normalizeRecoveryCode(codes[0]!)!));

  return [
    { name: "argon2id verify, one at a time", value: `${fixed(verify)} ms`, target: "≤ 250 ms", ok: verify <= 250 },
    { name: "unknown e-mail ÷ wrong password", value: `${fixed(burn / verify, 2)}×`, target: "0.5–2×", ok: burn / verify >= 0.5 && burn / verify <= 2 },
    { name: "TOTP verify (3 steps)", value: `${fixed(totp, 3)} ms`, target: "< 1 ms", ok: totp < 1 },
    { name: "recovery code hash", value: `${fixed(recovery, 4)} ms`, target: "< 0.5 ms", ok: recovery < 0.5 },
  ];
}
