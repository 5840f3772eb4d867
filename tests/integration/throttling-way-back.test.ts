import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { limits, MAX_CONSECUTIVE_FAILURES, LOCK_AFTER_FAILURES } from "@/lib/limits";
import { changePassword } from "@/lib/accounts/change-password";
import { verifySecondFactor } from "@/lib/mfa/second-factor";
import { passSecondStep } from "@/lib/sign-in/second-step";
import { checkLinkRequest } from "@/lib/sign-in/login-link";
import { passwordStep } from "@/lib/sign-in/password-step";
import { createPerson } from "../support/people";
import { currentUserOf } from "../support/current-user";
import { uniqueIp } from "../support/unique";
import { failureOf } from "../support/failures";
import { wrongCodeAt } from "../support/rfc6238";

/*
 * docs/SECURITY.md, "Throttling": someone who knows the password cannot keep the real
 * user from the ways back in (recovery codes, the login link), and re-authentication in
 * a signed-in session is no unthrottled password oracle.
 */

/** The attacker knows the password: every challenge they open is a real password step. */
async function attackerChallenge(email: string, password: string, ip: string): Promise<string> {
  return (await passwordStep({ email, password, ip })).challengeToken;
}

describe("the way back is never blocked by someone who knows the password", () => {
  it("20 junk recovery codes and 10 link requests from an attacker; the user's own code and link still work", { timeout: 60_000 }, async () => {
    const user = await createPerson({ mfa: true, backupPrefix: "reserve" });
    const attackerIp = uniqueIp();

    let challengeToken = await attackerChallenge(user.email, user.password, attackerIp);
    for (let junk = 0; junk < 20; junk++) {
      // Five wrong answers void a challenge: the attacker simply starts another one.
      if (junk > 0 && junk % 5 === 0) challengeToken = await attackerChallenge(user.email, user.password, attackerIp);
      await failureOf(passSecondStep(challengeToken, `JUNK-CODE-${String(junk).padStart(4, "0")}-XXXX`, attackerIp));
    }
    let linkAnswers = 0;
    while (linkAnswers < 10) {
      challengeToken = await attackerChallenge(user.email, user.password, attackerIp);
      for (let request = 0; request < limits.loginLinkPerChallenge.limit && linkAnswers < 10; request++, linkAnswers++) {
        await checkLinkRequest({ challengeToken, email: user.email, ip: attackerIp }, { reserve: true });
      }
    }

    // The real user, from their own browser and address.
    const userIp = uniqueIp();
    const ownChallenge = await attackerChallenge(user.email, user.password, userIp);
    expect(await checkLinkRequest({ challengeToken: ownChallenge, email: user.email, ip: userIp }, { reserve: true })).toEqual({ allowed: true });
    const result = await passSecondStep(ownChallenge, user.recoveryCodes[0]!, userIp);
    expect(result).toMatchObject({ ok: true, method: "recovery" });
  });

  it(`${MAX_CONSECUTIVE_FAILURES} consecutive wrong codes lock the authenticator; a recovery code still signs in`, { timeout: 60_000 }, async () => {
    const owner = await createPerson();
    const employee = await createPerson({ companyId: owner.companyId, mfa: true });
    const factorUser = { id: employee.id, companyId: employee.companyId, email: employee.email, name: employee.name, locale: "nl" };
    for (let wrong = 1; wrong <= MAX_CONSECUTIVE_FAILURES; wrong++) {
      const result = await verifySecondFactor(factorUser, wrongCodeAt(employee.key, Date.now()), uniqueIp());
      expect(result.ok).toBe(false);
      // Each tenth failure locks for 15 minutes; let that time pass, except after the last.
      if (wrong % LOCK_AFTER_FAILURES === 0 && wrong < MAX_CONSECUTIVE_FAILURES) {
        await db.user.update({ where: { id: employee.id }, data: { secondFactorLockedUntil: new Date(Date.now() - 1) } });
      }
    }
    const row = await db.user.findUniqueOrThrow({ where: { id: employee.id } });
    // Past the 100th failure no more codes are taken until the holder proves themselves.
    expect(row.secondFactorLockedUntil!.getTime()).toBeGreaterThan(Date.now() + 300 * 24 * 60 * 60_000);
    // The owner was told every time the codes locked.
    const alerts = await db.outboxMail.count({ where: { to: owner.email, subject: { contains: employee.name } } });
    expect(alerts).toBe(MAX_CONSECUTIVE_FAILURES / LOCK_AFTER_FAILURES);

    const ip = uniqueIp();
    const challengeToken = (await passwordStep({ email: employee.email, password: employee.password, ip })).challengeToken;
    expect(await passSecondStep(challengeToken, employee.recoveryCodes[0]!, ip)).toMatchObject({ ok: true, method: "recovery" });
    expect((await db.user.findUniqueOrThrow({ where: { id: employee.id } })).secondFactorLockedUntil).toBeNull();
  });
});

describe("re-authentication counts", () => {
  it("20 wrong passwords to change the password are throttled and each failure is logged", { timeout: 60_000 }, async () => {
    const user = await createPerson();
    const me = await currentUserOf(user.id);
    const answers: string[] = [];
    for (let guess = 0; guess < 20; guess++) {
      const failure = await failureOf(changePassword(me, { currentPassword: `gok ${guess}`, newPassword: "een gloednieuw lang wachtwoord hier" }, uniqueIp()));
      answers.push(failure.key);
    }
    const { limit } = limits.passwordPerAccount;
    expect(answers.slice(0, limit).every((key) => key === "errors.invalidInput")).toBe(true);
    expect(answers.slice(limit).every((key) => key === "errors.tooManyAttempts")).toBe(true);
    expect(await db.activityEvent.count({ where: { userId: user.id, type: "REAUTH_FAILED", detail: "changePassword" } })).toBe(limit);
    // The right password is refused too while blocked: the guessing session gains nothing.
    const blocked = await failureOf(changePassword(me, { currentPassword: user.password, newPassword: "een gloednieuw lang wachtwoord hier" }, uniqueIp()));
    expect(blocked.key).toBe("errors.tooManyAttempts");
  });
});
