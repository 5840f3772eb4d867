/**
 * Sign-in figures. The rate is taken in rounds that alternate with the in-process argon2id
 * floor (4 in flight, server idle), and the ratio is the median of the rounds: on a shared
 * machine the load of the moment then weighs on both sides of each ratio alike.
 */
import { performance } from "node:perf_hooks";
import { addressSource, loginRequest, sessionCookieFrom } from "./app-http";
import { verifiesPerSecond } from "./floor";
import { signIns, type LoadResult, type SignInLoad } from "./load";
import { fixed, median, type Figure } from "./report";

const ROUNDS = 3;
const CONNECTIONS = 4;

/** A note when some responses were not successful sign-ins; the figure then does not count. */
export function problemsOf(result: LoadResult, what: string): string | undefined {
  if (result.ok === 0) throw new Error(`${what}: no successful response at all (${result.bad} bad, ${result.errors} errors)`);
  return result.bad || result.errors ? `${result.bad} unsuccessful responses and ${result.errors} errors during ${what}` : undefined;
}

export async function signInRate(target: SignInLoad, hash: string, seconds: number): Promise<Figure> {
  await signIns(target, CONNECTIONS, 2, 1); // warm-up: JIT, connection pools
  const rounds: { floor: number; rate: number }[] = [];
  const problems: string[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const floor = await verifiesPerSecond(hash, 4, Math.max(2, seconds / 2));
    const result = await signIns(target, CONNECTIONS, seconds, 10 + round);
    const problem = problemsOf(result, `round ${round + 1}`);
    if (problem) problems.push(problem);
    rounds.push({ floor, rate: result.perSecond });
  }
  const ratio = median(rounds.map((r) => r.rate / r.floor));
  const rate = median(rounds.map((r) => r.rate));
  const floor = median(rounds.map((r) => r.floor));
  return {
    name: "sign-ins/s ÷ argon2id verifies/s (4 in flight)",
    // The ratio is the median of the rounds' ratios; the two rates beside it are their own medians.
    value: `${fixed(ratio, 2)}× (${fixed(rate)} sign-ins/s; ${fixed(floor, 0)} verifies/s)`,
    target: "≥ 0.8×",
    ok: ratio >= 0.8 && problems.length === 0,
    note: [`per round: ${rounds.map((r) => `${fixed(r.rate)}/${fixed(r.floor, 0)}`).join(", ")}`, ...problems].join("; "),
  };
}

async function timedSignIn(target: SignInLoad, user: number, ip: string): Promise<number | null> {
  const request = loginRequest(target.baseUrl, target.emails(user), target.password, ip);
  const start = performance.now();
  const response = await fetch(`${target.baseUrl}${request.path}`, { method: "POST", headers: request.headers, body: request.body, redirect: "manual" });
  await response.arrayBuffer();
  const ms = performance.now() - start;
  return sessionCookieFrom(response.headers.getSetCookie()) ? ms : null;
}

/**
 * One sign-in at a time (a sign-in's own latency, not a queue's), alternating request by
 * request between the instance with 1,000 users and the one with 100,000, so each pair
 * meets the same load on the machine. The figure compares the two medians.
 */
export async function latencyGrowth(small: SignInLoad, large: SignInLoad, seconds: number): Promise<Figure> {
  // The 1,000-user instance has served every phase before this one; give the other as many
  // sign-ins first, or the comparison measures a cold JIT instead of a bigger table.
  await signIns(large, CONNECTIONS, seconds, 31);
  const nextAddress = addressSource(30);
  const times = { small: [] as number[], large: [] as number[] };
  let failed = 0;
  const until = performance.now() + 2 * seconds * 1000;
  for (let i = 0; performance.now() < until || i < 20; i++) {
    for (const [key, target] of [["small", small], ["large", large]] as const) {
      const ms = await timedSignIn(target, (i * 7919) % target.userCount, nextAddress());
      if (ms === null) failed++;
      // The first pairs warm both servers' JIT: they are not the figure.
      else if (i >= 5) times[key].push(ms);
    }
  }
  const [p50Small, p50Large] = [median(times.small), median(times.large)];
  const growth = p50Large / p50Small;
  return {
    name: `sign-in p50, 1,000 → ${large.userCount.toLocaleString("en")} users`,
    value: `${fixed(p50Small)} → ${fixed(p50Large)} ms (${growth >= 1 ? "+" : ""}${fixed((growth - 1) * 100)}%)`,
    target: "within 10%",
    ok: growth <= 1.1 && failed === 0,
    note: `${times.small.length} pairs, one sign-in at a time${failed ? `; ${failed} did not sign in` : ""}`,
  };
}
