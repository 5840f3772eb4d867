import { describe, expect, it } from "vitest";
import { passwordStep } from "@/lib/sign-in/password-step";
import { completeChallenge, currentChallenge } from "@/lib/sign-in/challenge";
import { passSecondStep } from "@/lib/sign-in/second-step";
import { db } from "@/lib/db/client";
import { generateRecoveryCodes } from "@/lib/mfa/recovery-codes";
import { hashToken } from "@/lib/security/tokens";
import { createUser, uniqueIp } from "../support/db-helpers";
import { failureOf } from "../support/failures";

/*
 * The password step's success paths and the challenge it hands on, on the real database
 * and without mocks: passwordStep returns the challenge token instead of setting the
 * cookie, and completeChallenge takes it back, so no request scope is needed.
 */

async function counter(key: string): Promise<number> {
  return (await db.rateLimit.findUnique({ where: { key } }))?.count ?? 0;
}

/** A recovery code stands in as the second factor, so these tests do not depend on a TOTP step's clock. */
function recoveryCodeOf(person: { recoveryCodes: string[] }): string {
  const [code] = person.recoveryCodes;
  if (!code) throw new Error("the factory issued no recovery codes");
  return code;
}

function signIns(userId: string): Promise<number> {
  return db.activityEvent.count({ where: { userId, type: "LOGIN_SUCCEEDED" } });
}

describe("passwordStep, success, and the challenge it hands on", () => {
  it("without MFA: the challenge has passed at once and becomes one session, once", async () => {
    const user = await createUser();
    const ip = uniqueIp();
    const { next, challengeToken } = await passwordStep({ email: user.email, password: user.password, ip });
    expect(next).toBe("complete");

    // Only the token's hash is stored: the database alone cannot complete a sign-in.
    const row = await db.loginChallenge.findUniqueOrThrow({ where: { tokenHash: hashToken(challengeToken) } });
    expect(row).toMatchObject({ userId: user.id, secondFactor: "none", secondFactorAt: expect.any(Date), completedAt: null });
    expect(await db.loginChallenge.count({ where: { tokenHash: challengeToken } })).toBe(0);

    const completed = await completeChallenge(challengeToken, ip);
    expect(completed).toMatchObject({ user: { id: user.id }, method: "none" });
    const events = await db.activityEvent.findMany({ where: { userId: user.id, type: "LOGIN_SUCCEEDED" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ companyId: user.companyId, ipAddress: ip, detail: "none" });
    // The audit row and the person's update are one batch: the same moment in both.
    const person = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(person.lastLoginAt).toEqual(events[0]!.createdAt);

    // A replayed or raced completion finds the challenge already used.
    expect(await completeChallenge(challengeToken, ip)).toBeNull();
    expect(await signIns(user.id)).toBe(1);
  });

  it("starts the account's count afresh, and the IP keeps only its failures", async () => {
    const user = await createUser();
    const ip = uniqueIp();
    await failureOf(passwordStep({ email: user.email, password: "fout wachtwoord 1", ip }));
    await failureOf(passwordStep({ email: user.email, password: "fout wachtwoord 2", ip }));
    await passwordStep({ email: user.email, password: user.password, ip });

    expect(await counter(`login:account:${user.email}`)).toBe(0);
    expect(await counter(`login:ip:${ip}`)).toBe(2);
  });

  it("with MFA: the challenge stays open, and no session comes of it until a second factor passed", async () => {
    const user = await createUser({ mfa: true });
    const ip = uniqueIp();
    const { next, challengeToken } = await passwordStep({ email: user.email, password: user.password, ip });
    expect(next).toBe("secondFactor");

    const open = await currentChallenge(challengeToken);
    expect(open).toMatchObject({ userId: user.id, secondFactorAt: null, completedAt: null, user: { id: user.id } });
    expect(await completeChallenge(challengeToken, ip)).toBeNull();

    // A code that was never issued passes nothing.
    const [neverIssued] = generateRecoveryCodes();
    await failureOf(passSecondStep(challengeToken, neverIssued ?? "", ip));
    expect(await completeChallenge(challengeToken, ip)).toBeNull();
    expect(await signIns(user.id)).toBe(0);

    expect(await passSecondStep(challengeToken, recoveryCodeOf(user), ip)).toMatchObject({ ok: true, method: "recovery" });
    expect(await completeChallenge(challengeToken, ip)).toMatchObject({ user: { id: user.id }, method: "recovery" });
    expect(await completeChallenge(challengeToken, ip)).toBeNull();
    expect(await signIns(user.id)).toBe(1);
    expect(await currentChallenge(challengeToken)).toBeNull();
  });

  it("binds the challenge to the token it returned, not to the account", async () => {
    const user = await createUser({ mfa: true });
    const first = await passwordStep({ email: user.email, password: user.password, ip: uniqueIp() });
    const second = await passwordStep({ email: user.email, password: user.password, ip: uniqueIp() });
    expect(second.challengeToken).not.toBe(first.challengeToken);

    await passSecondStep(second.challengeToken, recoveryCodeOf(user), uniqueIp());
    // The other browser's challenge has not passed with it.
    expect(await completeChallenge(first.challengeToken, uniqueIp())).toBeNull();
    expect(await currentChallenge(first.challengeToken)).toMatchObject({ secondFactorAt: null });
    expect(await completeChallenge(second.challengeToken, uniqueIp())).toMatchObject({ user: { id: user.id } });
  });
});
