import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { completeChallenge } from "@/lib/sign-in/challenge";
import { passwordStep } from "@/lib/sign-in/password-step";
import { checkLinkRequest } from "@/lib/sign-in/login-link";
import { challengeAwaitingPassword, renewPasswordAtSignIn } from "@/lib/sign-in/renew-password";
import { createPerson } from "../support/people";
import { uniqueIp } from "../support/unique";
import { failureOf } from "../support/failures";
import { currentUserOf } from "../support/current-user";
import { totpAt } from "../support/rfc6238";
import { resetEmployeeMfa } from "@/lib/company/employees";

/*
 * docs/SECURITY.md, "Passwords": 15 characters when the password can be the only factor.
 * When MFA goes off, a shorter password may be left; the next sign-in replaces it first.
 */
const SHORT = "kort12345!"; // 10 characters: fine with MFA, too short without
const NEW_PASSWORD = "een lang en nieuw wachtwoord voor de bakkerij";

describe("a password too short to be the only factor", () => {
  it("must be replaced at the next sign-in before any session exists", async () => {
    const person = await createPerson({ password: SHORT });
    const ip = uniqueIp();
    const { next, challengeToken } = await passwordStep({ email: person.email, password: SHORT, ip });
    expect(next).toBe("newPassword");
    // No session can come of the challenge until the password is replaced.
    expect(await completeChallenge(challengeToken, ip)).toBeNull();

    const tooShort = await failureOf(renewPasswordAtSignIn(challengeToken, "nog te kort", ip));
    expect(tooShort.fieldErrors?.password).toMatch(/^password\.tooShort/);

    await renewPasswordAtSignIn(challengeToken, NEW_PASSWORD, ip);
    expect((await completeChallenge(challengeToken, ip))?.user.id).toBe(person.id);
    expect(await db.activityEvent.count({ where: { userId: person.id, type: "PASSWORD_CHANGED" } })).toBe(1);

    // The old password is gone; the new one signs in directly.
    expect((await failureOf(passwordStep({ email: person.email, password: SHORT, ip: uniqueIp() }))).key).toBe("auth.login.invalidCredentials");
    expect((await passwordStep({ email: person.email, password: NEW_PASSWORD, ip: uniqueIp() })).next).toBe("complete");
  });

  it("is fine while MFA is on: the second step follows as usual", async () => {
    const person = await createPerson({ password: SHORT, mfa: true });
    const { next, challengeToken } = await passwordStep({ email: person.email, password: SHORT, ip: uniqueIp() });
    expect(next).toBe("secondFactor");
    expect(await challengeAwaitingPassword(challengeToken)).toBeNull();
  });

  it("after an owner's MFA reset, an employee with a 10-character password must choose a new one", async () => {
    const owner = await createPerson({ mfa: true });
    const employee = await createPerson({ companyId: owner.companyId, password: SHORT, mfa: true });
    const boss = await currentUserOf(owner.id, { sessionSecondFactor: "totp" });
    await resetEmployeeMfa(boss, employee.id, totpAt(owner.key, Date.now()), uniqueIp());
    const { next } = await passwordStep({ email: employee.email, password: SHORT, ip: uniqueIp() });
    expect(next).toBe("newPassword");
  });

  it("cannot be replaced through another browser's challenge, or without one", async () => {
    const person = await createPerson({ password: SHORT });
    await passwordStep({ email: person.email, password: SHORT, ip: uniqueIp() });
    expect((await failureOf(renewPasswordAtSignIn(null, NEW_PASSWORD, uniqueIp()))).key).toBe("auth.login.expired");
    expect((await failureOf(renewPasswordAtSignIn("made-up-token", NEW_PASSWORD, uniqueIp()))).key).toBe("auth.login.expired");
  });
});

describe("a challenge waiting for a new password", () => {
  it("cannot skip it with a login link to a backup address left from before", async () => {
    const person = await createPerson({ password: SHORT, backupPrefix: "reserve" });
    const ip = uniqueIp();
    const { next, challengeToken } = await passwordStep({ email: person.email, password: SHORT, ip });
    expect(next).toBe("newPassword");
    expect(await checkLinkRequest({ challengeToken, email: person.email, ip }, { reserve: true })).toEqual({ allowed: false, reason: "noChallenge" });
  });
});
