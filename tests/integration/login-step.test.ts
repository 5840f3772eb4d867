import { performance } from "node:perf_hooks";
import { beforeEach, describe, expect, it, vi } from "vitest";
import * as argon2 from "@node-rs/argon2";
import { passwordStep } from "@/lib/sign-in/password-step";
import { db } from "@/lib/db/client";
import { limitState } from "@/lib/rate-limit";
import { limits } from "@/lib/limits";
import { createUser, uniqueEmail, uniqueIp } from "../support/db-helpers";
import { failureOf } from "../support/failures";

/*
 * The password step's refusals, on the real database. Its success paths, which need no
 * mock at all, are in login-step-success.test.ts.
 */

/* The real argon2, wrapped so a test can count how many verifications an attempt ran. */
vi.mock("@node-rs/argon2", async (importOriginal) => {
  const real = await importOriginal<typeof import("@node-rs/argon2")>();
  return { ...real, verify: vi.fn(real.verify) };
});

beforeEach(() => {
  vi.mocked(argon2.verify).mockClear();
});

async function counter(key: string): Promise<number> {
  return (await db.rateLimit.findUnique({ where: { key } }))?.count ?? 0;
}

describe("passwordStep, failures", () => {
  it("gives the same answer for an unknown e-mail and a wrong password", async () => {
    const user = await createUser();
    const unknown = await failureOf(passwordStep({ email: uniqueEmail("nobody"), password: user.password, ip: uniqueIp() }));
    const wrong = await failureOf(passwordStep({ email: user.email, password: `${user.password}x`, ip: uniqueIp() }));

    expect(unknown.key).toBe("auth.login.invalidCredentials");
    expect(wrong.key).toBe("auth.login.invalidCredentials");
    expect({ values: wrong.values, fieldErrors: wrong.fieldErrors, message: wrong.message }).toEqual({
      values: unknown.values,
      fieldErrors: unknown.fieldErrors,
      message: unknown.message,
    });
  });

  it("does not change the case of the password (ASVS 6.2.8)", async () => {
    const user = await createUser({ password: "Een Lange Zin Met Hoofdletters" });
    const failure = await failureOf(passwordStep({ email: user.email, password: user.password.toLowerCase(), ip: uniqueIp() }));
    expect(failure.key).toBe("auth.login.invalidCredentials");
  });

  it("counts failures per account and per IP, for known and unknown addresses", async () => {
    const user = await createUser();
    const ip = uniqueIp();
    const nobody = uniqueEmail("nobody");

    await failureOf(passwordStep({ email: user.email, password: "fout wachtwoord 1", ip }));
    await failureOf(passwordStep({ email: user.email, password: "fout wachtwoord 2", ip }));
    await failureOf(passwordStep({ email: nobody, password: "fout wachtwoord 3", ip }));

    expect(await counter(`login:account:${user.email}`)).toBe(2);
    expect(await counter(`login:account:${nobody}`)).toBe(1);
    expect(await counter(`login:ip:${ip}`)).toBe(3);
  });

  it("records LOGIN_FAILED for a known user's wrong password, with the IP", async () => {
    const user = await createUser();
    const ip = uniqueIp();
    await failureOf(passwordStep({ email: user.email, password: "niet het goede wachtwoord", ip }));

    const events = await db.activityEvent.findMany({ where: { userId: user.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: "LOGIN_FAILED", companyId: user.companyId, ipAddress: ip });
    expect(events[0]?.detail ?? "").not.toContain("niet het goede wachtwoord");
  });

  it("records nothing for an unknown e-mail", async () => {
    const ip = uniqueIp();
    await failureOf(passwordStep({ email: uniqueEmail("nobody"), password: "wat dan ook, lang genoeg", ip }));
    expect(await db.activityEvent.count({ where: { ipAddress: ip } })).toBe(0);
  });

  it("locks the account after 10 failures, even for the right password", async () => {
    const user = await createUser();
    const { limit } = limits.passwordPerAccount;
    expect(limit).toBe(10);
    for (let i = 0; i < limit; i++) {
      // A fresh IP each time: the account counter alone must block.
      const failure = await failureOf(passwordStep({ email: user.email, password: `fout ${i}`, ip: uniqueIp() }));
      expect(failure.key).toBe("auth.login.invalidCredentials");
    }

    const blocked = await failureOf(passwordStep({ email: user.email, password: user.password, ip: uniqueIp() }));
    expect(blocked.key).toBe("errors.tooManyAttempts");
    expect(blocked.values?.minutes).toBeGreaterThanOrEqual(1);
    expect(blocked.values?.minutes).toBeLessThanOrEqual(15);

    // Refused before the password was checked: no challenge was started, no extra failure recorded.
    expect(await db.loginChallenge.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.activityEvent.count({ where: { userId: user.id, type: "LOGIN_FAILED" } })).toBe(limit);
  });

  it("does not check more than 10 passwords for one account when the guesses arrive at once", async () => {
    const user = await createUser();
    const { limit } = limits.passwordPerAccount;
    const guesses = Array.from({ length: limit + 5 }, (_, i) =>
      failureOf(passwordStep({ email: user.email, password: `gok nummer ${i}`, ip: uniqueIp() })),
    );
    const keys = (await Promise.all(guesses)).map((failure) => failure.key);
    const checked = keys.filter((key) => key === "auth.login.invalidCredentials").length;
    expect(checked).toBeLessThanOrEqual(limit);
    expect(keys.filter((key) => key === "errors.tooManyAttempts").length).toBe(keys.length - checked);
    expect((await limitState(`login:account:${user.email}`, limits.passwordPerAccount)).blocked).toBe(true);
  });

  it("locks an unknown address after 10 failures too, so a lock does not reveal that an account exists", async () => {
    const nobody = uniqueEmail("nobody");
    for (let i = 0; i < limits.passwordPerAccount.limit; i++) {
      await failureOf(passwordStep({ email: nobody, password: `fout ${i}`, ip: uniqueIp() }));
    }
    const blocked = await failureOf(passwordStep({ email: nobody, password: "nog een keer", ip: uniqueIp() }));
    expect(blocked.key).toBe("errors.tooManyAttempts");
  });

  it("blocks an IP that reached its limit, across accounts", async () => {
    const ip = uniqueIp();
    const victim = await createUser();
    // Fill the IP counter directly: 50 argon2 runs would only slow the suite down.
    await db.rateLimit.create({
      data: { key: `login:ip:${ip}`, count: limits.passwordPerIp.limit, windowEnds: new Date(Date.now() + limits.passwordPerIp.windowMs) },
    });
    const blocked = await failureOf(passwordStep({ email: victim.email, password: victim.password, ip }));
    expect(blocked.key).toBe("errors.tooManyAttempts");
    expect(await db.loginChallenge.count({ where: { userId: victim.id } })).toBe(0);
  });

  it("runs one argon2 verification for an unknown e-mail as for a wrong password", async () => {
    const user = await createUser();
    // Warm up: the dummy hash is made on first use.
    await failureOf(passwordStep({ email: uniqueEmail("warmup"), password: "opwarmen opwarmen", ip: uniqueIp() }));

    async function attempt(email: string): Promise<{ ms: number; verifications: number }> {
      vi.mocked(argon2.verify).mockClear();
      const started = performance.now();
      await failureOf(passwordStep({ email, password: "een fout maar lang wachtwoord", ip: uniqueIp() }));
      return { ms: performance.now() - started, verifications: vi.mocked(argon2.verify).mock.calls.length };
    }
    const unknown = await attempt(uniqueEmail("nobody"));
    const wrong = await attempt(user.email);

    expect(unknown.verifications).toBe(1);
    expect(wrong.verifications).toBe(1);
    // The dummy verification really runs (argon2id at 19 MiB, t=2 takes well over 5 ms);
    // deliberately no bound on the difference, which would only make the suite flaky.
    expect(unknown.ms).toBeGreaterThanOrEqual(5);
    expect(wrong.ms).toBeGreaterThanOrEqual(5);
  });
});
