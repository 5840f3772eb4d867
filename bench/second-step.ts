/**
 * Second-step verification time, measured in-process against the bench's database: the
 * domain function the action calls (challenge lookup, attempt count, TOTP check, the
 * replay-guarding write, marking the challenge), each call for a fresh user and challenge.
 */
import { performance } from "node:perf_hooks";
import { passSecondStep } from "../lib/sign-in/second-step";
import { generateTotpCode } from "../lib/mfa/totp";
import { openChallenge } from "../tests/support/login-challenge";
import { median } from "./report";

export async function secondStepTimes(userIds: string[], secret: string): Promise<{ p50: number; p90: number }> {
  const times: number[] = [];
  for (const [i, userId] of userIds.entries()) {
    const token = await openChallenge(userId);
    // Fetched per call so a step boundary during the run cannot make a code stale.
    const code = await generateTotpCode({ secret });
    const start = performance.now();
    await passSecondStep(token, code, `10.200.${Math.floor(i / 250)}.${i % 250}`);
    times.push(performance.now() - start);
  }
  // The first calls warm the JIT and the connection; they are not the figure.
  const measured = times.slice(Math.min(20, Math.floor(times.length / 5))).sort((a, b) => a - b);
  return { p50: median(measured), p90: measured[Math.floor(measured.length * 0.9)]! };
}
