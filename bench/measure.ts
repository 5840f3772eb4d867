/**
 * The measurements, in an order that keeps them apart: micro-figures while the server
 * idles, sign-ins (alternating with the argon2id floor), pages in interleaved rounds, the
 * second step in-process, sign-in latency with 1,000 users and with 100,000 (alternating
 * rounds on two instances), and last the JavaScript of /login.
 */
import { generateTotpSecret } from "../lib/mfa/totp";
import { signInOnce } from "./app-http";
import { microFigures } from "./floor";
import { loginJavaScript } from "./login-js";
import type { SignInLoad } from "./load";
import { pageRatios } from "./pages";
import { fixed, type Figure } from "./report";
import { secondStepTimes } from "./second-step";
import { BENCH_PASSWORD, benchEmail, growUsers, seedBase, seedMfaUsers } from "./seed";
import { latencyGrowth, signInRate } from "./sign-ins";

/** `largeUrl`: the instance whose database holds 100,000 users (same password for all). */
type Context = { baseUrl: string; largeUrl: string; largeUsers?: number; seconds: number };

async function step<T>(what: string, work: () => Promise<T>): Promise<T> {
  const start = Date.now();
  const result = await work();
  console.log(`  ${what} (${((Date.now() - start) / 1000).toFixed(1)} s)`);
  return result;
}

export async function measureAll({ baseUrl, largeUrl, largeUsers = 100_000, seconds }: Context): Promise<Figure[]> {
  const figures = await step("argon2id, TOTP and recovery micro-figures", microFigures);
  const seeded = await step("seed 1,000 users", async () => {
    const base = await seedBase();
    await growUsers(base, 1_000);
    return base;
  });
  const target: SignInLoad = { baseUrl, emails: benchEmail, userCount: 1_000, password: BENCH_PASSWORD };
  figures.push(await step("sign-ins, 3 rounds beside the argon2id floor", () => signInRate(target, seeded.hash, seconds)));

  const cookie = await signInOnce(baseUrl, seeded.owner.email, BENCH_PASSWORD);
  figures.push(...(await step("pages, interleaved rounds", () => pageRatios(baseUrl, cookie, seconds))));

  const secret = generateTotpSecret();
  const mfaUsers = await step("seed 200 users with an authenticator", () => seedMfaUsers(seeded, 200, secret));
  const second = await step("second step, in-process", () => secondStepTimes(mfaUsers, secret));
  figures.push({ name: "second step p50 (server time)", value: `${fixed(second.p50, 2)} ms (p90 ${fixed(second.p90, 2)})`, target: "< 5 ms", ok: second.p50 < 5 });

  const large: SignInLoad = { ...target, baseUrl: largeUrl, userCount: largeUsers };
  figures.push(await step(`sign-in latency, 1,000 and ${largeUsers.toLocaleString("en")} users, alternating`, () => latencyGrowth(target, large, seconds)));

  const js = await step("JavaScript of /login", () => loginJavaScript(baseUrl));
  figures.push({ name: "gzip JavaScript loaded by /login", value: `${fixed(js.gzipBytes / 1024)} KB in ${js.chunks} chunks`, target: "≤ 150 KB", ok: js.gzipBytes <= 150 * 1024 });
  return figures;
}
