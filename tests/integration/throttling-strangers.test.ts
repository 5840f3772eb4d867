import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { limits, STRANGER_DELAY_FREE_FAILURES, STRANGER_DELAY_STEP_MS } from "@/lib/limits";
import { resetPassword } from "@/lib/accounts/password-reset";
import { hashToken, randomToken } from "@/lib/security/tokens";
import { passwordStep } from "@/lib/sign-in/password-step";
import { completeChallenge } from "@/lib/sign-in/challenge";
import { rememberDevice } from "@/lib/sign-in/known-devices";
import { createPerson } from "../support/people";
import { uniqueIp } from "../support/unique";
import { failureOf } from "../support/failures";

/*
 * docs/SECURITY.md, "Throttling": failures from strangers never lock out the account
 * holder. The attacker here does what one would: hundreds of wrong passwords for the
 * owner's address, each from another address, all at once where it helps.
 */

/** A browser that signed in to the account before: it went through a completed sign-in. */
async function knownBrowserOf(person: { id: string; email: string; password: string }): Promise<string> {
  const { challengeToken } = await passwordStep({ email: person.email, password: person.password, ip: uniqueIp() });
  expect(await completeChallenge(challengeToken, uniqueIp())).not.toBeNull();
  return rememberDevice(person.id, null);
}

async function strangersGuess(email: string, guesses: number): Promise<string[]> {
  const answers: string[] = [];
  for (let guess = 0; guess < guesses; guess++) {
    const failure = await failureOf(passwordStep({ email, password: `geraden wachtwoord nummer ${guess}`, ip: uniqueIp() }));
    answers.push(failure.key);
  }
  return answers;
}

describe("password attempts from strangers", () => {
  it("200 wrong passwords from strangers: the owner's own browser still signs in at once", { timeout: 60_000 }, async () => {
    const owner = await createPerson();
    const deviceToken = await knownBrowserOf(owner);

    const answers = await strangersGuess(owner.email, 200);
    expect(answers.slice(0, limits.passwordPerAccount.limit).every((key) => key === "auth.login.invalidCredentials")).toBe(true);
    expect(answers.slice(limits.passwordPerAccount.limit).every((key) => key === "errors.tooManyAttempts")).toBe(true);

    const started = Date.now();
    const result = await passwordStep({ email: owner.email, password: owner.password, ip: uniqueIp(), deviceToken });
    expect(result.next).toBe("complete");
    // No stranger's delay either: only the argon2 check.
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it("a new browser is refused with the waiting time, also with the right password; a reset lifts that", async () => {
    const owner = await createPerson();
    await strangersGuess(owner.email, limits.passwordPerAccount.limit);

    const refused = await failureOf(passwordStep({ email: owner.email, password: owner.password, ip: uniqueIp() }));
    expect(refused.key).toBe("errors.tooManyAttempts");
    expect(refused.values?.minutes).toBeGreaterThanOrEqual(14);

    const token = randomToken();
    await db.emailToken.create({
      data: { userId: owner.id, purpose: "PASSWORD_RESET", email: owner.email, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + 60_000) },
    });
    const newPassword = "een heel nieuw wachtwoord voor na de reset";
    await resetPassword(token, newPassword);
    const result = await passwordStep({ email: owner.email, password: newPassword, ip: uniqueIp() });
    expect(result.next).toBe("complete");
  });

  it("a known browser has its own budget: its own failures block it, not the strangers' path", async () => {
    const owner = await createPerson();
    const deviceToken = await knownBrowserOf(owner);
    for (let guess = 0; guess < limits.passwordPerKnownDevice.limit; guess++) {
      const failure = await failureOf(passwordStep({ email: owner.email, password: `fout ${guess}`, ip: uniqueIp(), deviceToken }));
      expect(failure.key).toBe("auth.login.invalidCredentials");
    }
    const blocked = await failureOf(passwordStep({ email: owner.email, password: owner.password, ip: uniqueIp(), deviceToken }));
    expect(blocked.key).toBe("errors.tooManyAttempts");
    // A browser new to the account was never charged for the known one's typos.
    expect((await passwordStep({ email: owner.email, password: owner.password, ip: uniqueIp() })).next).toBe("complete");
  });

  it("a device token of another account, or a made-up one, counts as a stranger", async () => {
    const owner = await createPerson();
    const other = await createPerson();
    const othersToken = await knownBrowserOf(other);
    for (const deviceToken of [othersToken, randomToken()]) {
      await failureOf(passwordStep({ email: owner.email, password: "fout", ip: uniqueIp(), deviceToken }));
    }
    const row = await db.rateLimit.findUnique({ where: { key: `login:account:${owner.email}` } });
    expect(row?.count).toBe(2);
  });

  it("strangers wait longer with every failure (progressive delay)", async () => {
    const owner = await createPerson();
    const timings: number[] = [];
    for (let guess = 0; guess < 8; guess++) {
      const started = Date.now();
      await failureOf(passwordStep({ email: owner.email, password: `fout ${guess}`, ip: uniqueIp() }));
      timings.push(Date.now() - started);
    }
    // The first attempts are free; after them each failure adds a step to the wait.
    expect(timings[7]!).toBeGreaterThanOrEqual((7 - STRANGER_DELAY_FREE_FAILURES) * STRANGER_DELAY_STEP_MS);
    expect(timings[7]!).toBeGreaterThan(timings[1]! + STRANGER_DELAY_STEP_MS);
  });

  it("a failed sign-in for an unknown address goes to the operator's log with the IP, never the typed address", async () => {
    // The app's logger (lib/log.ts) writes warnings to stderr.
    const warn = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    try {
      const ip = uniqueIp();
      const typed = "iemand-die-niet-bestaat@example.test";
      await failureOf(passwordStep({ email: typed, password: "mijn geheime wachtwoord", ip }));
      const lines = warn.mock.calls.map((call) => String(call[0]));
      expect(lines.some((line) => line.includes(ip) && line.includes("login.unknownAddress"))).toBe(true);
      expect(lines.join("\n")).not.toContain(typed);
      expect(lines.join("\n")).not.toContain("mijn geheime wachtwoord");
    } finally {
      warn.mockRestore();
    }
  });
});
