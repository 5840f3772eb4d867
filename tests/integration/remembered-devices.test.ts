import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { limits, REMEMBER_DEVICE_MS } from "@/lib/limits";
import { hashToken, randomToken } from "@/lib/security/tokens";
import { changePassword } from "@/lib/accounts/change-password";
import { resetPassword } from "@/lib/accounts/password-reset";
import { signOutEverywhere } from "@/lib/accounts/sign-out-everywhere";
import { endEmployeeSessions, resetEmployeeMfa } from "@/lib/company/employees";
import { setRememberDevicesAllowed } from "@/lib/company/remember-devices";
import { pendingSetup } from "@/lib/mfa/credentials";
import { confirmEnrolment } from "@/lib/mfa/enrol";
import { disableMfa } from "@/lib/mfa/manage";
import { completeChallenge } from "@/lib/sign-in/challenge";
import { rememberDevice } from "@/lib/sign-in/known-devices";
import { passwordStep } from "@/lib/sign-in/password-step";
import { forgetRememberedDevice, rememberBrowser, rememberedDevices } from "@/lib/sign-in/remembered-devices";
import { passSecondStep } from "@/lib/sign-in/second-step";
import { createPerson, type MfaPerson } from "../support/people";
import { currentUserOf } from "../support/current-user";
import { failureOf } from "../support/failures";
import { uniqueIp } from "../support/unique";
import { totpAt } from "../support/rfc6238";

/*
 * Issue 14, "Deze computer 30 dagen onthouden", on the real database: a remembered browser
 * skips the code (never the password) for 30 days, only with its own token, only while
 * the company allows it; every voiding change clears it; nobody forgets another's device.
 */

const FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0";

/**
 * What a browser goes through with the box ticked: password, code, the completed sign-in
 * (which makes the browser known, as the credentials provider does), then remembering.
 * Returns the token its cookie holds afterwards, and the one it held before.
 */
async function rememberedBrowserOf(person: MfaPerson, { now = new Date(), recovery = false } = {}) {
  const ip = uniqueIp();
  const { challengeToken, next } = await passwordStep({ email: person.email, password: person.password, ip });
  expect(next).toBe("secondFactor");
  const passed = await passSecondStep(challengeToken, recovery ? person.recoveryCodes[0]! : totpAt(person.key, Date.now()), ip);
  expect(await completeChallenge(challengeToken, ip)).not.toBeNull();
  const before = await rememberDevice(person.id, null);
  const remembered = await rememberBrowser({ userId: passed.userId, deviceToken: before, userAgent: FIREFOX, ipAddress: ip, now });
  if (!remembered) throw new Error("the browser was not remembered");
  return { token: remembered.token, notice: remembered.notice, before };
}

const signInWith = (person: MfaPerson, deviceToken: string | null, now?: Date) =>
  passwordStep({ email: person.email, password: person.password, ip: uniqueIp(), deviceToken, now });

async function rememberedRows(userId: string) {
  return db.knownDevice.count({ where: { userId, OR: [{ rememberedAt: { not: null } }, { rememberedUntil: { not: null } }] } });
}

describe("a remembered browser", () => {
  it("skips the code with the password: the challenge is complete as 'remembered' and logged", async () => {
    const person = await createPerson({ mfa: true });
    const { token } = await rememberedBrowserOf(person);

    const result = await signInWith(person, token);
    expect(result.next).toBe("complete");
    const completed = await completeChallenge(result.challengeToken, uniqueIp());
    expect(completed?.method).toBe("remembered");
    const events = await db.activityEvent.findMany({ where: { userId: person.id }, select: { type: true, detail: true } });
    expect(events).toContainEqual({ type: "DEVICE_REMEMBERED", detail: null });
    expect(events).toContainEqual({ type: "LOGIN_SUCCEEDED", detail: "remembered" });
  });

  it("is listed with its browser, first and last use, until 30 days on", async () => {
    const person = await createPerson({ mfa: true });
    const now = new Date();
    await rememberedBrowserOf(person, { now });
    const [device, ...others] = await rememberedDevices(person.id, new Date());
    expect(others).toHaveLength(0);
    expect(device?.userAgent).toBe(FIREFOX);
    expect(device?.rememberedAt?.getTime()).toBe(now.getTime());
    expect(device?.rememberedUntil?.getTime()).toBe(now.getTime() + REMEMBER_DEVICE_MS);
  });

  it("rotates the token: the value the browser held before remembering does not skip the code", async () => {
    const person = await createPerson({ mfa: true });
    const { token, before } = await rememberedBrowserOf(person);
    expect(token).not.toBe(before);
    expect((await signInWith(person, before)).next).toBe("secondFactor");
    expect(await db.knownDevice.count({ where: { userId: person.id, tokenHash: hashToken(before) } })).toBe(0);
  });

  it("another browser's token, a forged one or none: the code is asked", async () => {
    const person = await createPerson({ mfa: true });
    await rememberedBrowserOf(person);
    const otherKnown = await rememberDevice(person.id, null);
    expect((await signInWith(person, otherKnown)).next).toBe("secondFactor");
    expect((await signInWith(person, randomToken())).next).toBe("secondFactor");
    expect((await signInWith(person, null)).next).toBe("secondFactor");
  });

  it("another account on the same computer is still asked for its code", async () => {
    const person = await createPerson({ mfa: true });
    const colleague = await createPerson({ mfa: true, companyId: person.companyId });
    const { token } = await rememberedBrowserOf(person);
    await rememberDevice(colleague.id, token);
    expect((await signInWith(colleague, token)).next).toBe("secondFactor");
  });

  it("expired: 30 days on, the code is asked again", async () => {
    const person = await createPerson({ mfa: true });
    const start = new Date();
    const { token } = await rememberedBrowserOf(person, { now: start });
    expect((await signInWith(person, token, new Date(start.getTime() + REMEMBER_DEVICE_MS - 60_000))).next).toBe("complete");
    expect((await signInWith(person, token, new Date(start.getTime() + REMEMBER_DEVICE_MS + 1))).next).toBe("secondFactor");
  });

  it("a wrong password on a remembered browser still fails, and is counted against its budget", async () => {
    const person = await createPerson({ mfa: true });
    const { token } = await rememberedBrowserOf(person);
    const wrong = () => failureOf(passwordStep({ email: person.email, password: "niet het wachtwoord", ip: uniqueIp(), deviceToken: token }));
    expect((await wrong()).key).toBe("auth.login.invalidCredentials");
    expect(await db.activityEvent.count({ where: { userId: person.id, type: "LOGIN_FAILED" } })).toBe(1);
    for (let attempt = 1; attempt < limits.passwordPerKnownDevice.limit; attempt++) await wrong();
    expect((await failureOf(signInWith(person, token))).key).toBe("errors.tooManyAttempts");
  });

  it("a user without MFA is never remembered: there is no code to skip", async () => {
    const person = await createPerson();
    const remembered = await rememberBrowser({ userId: person.id, deviceToken: null, userAgent: FIREFOX, ipAddress: uniqueIp(), now: new Date() });
    expect(remembered).toBeNull();
  });

  it("tells the account holder, in their language, which browser skips the code and until when", async () => {
    const person = await createPerson({ mfa: true });
    const { notice, token } = await rememberedBrowserOf(person, { now: new Date("2026-03-02T09:00:00Z") });
    expect(notice.to).toBe(person.email);
    expect(notice.subject).toBe("Een computer wordt 30 dagen onthouden");
    expect(notice.text).toContain("Firefox op Linux");
    expect(notice.text).toContain("tot 1 april 2026 om 11:00"); // 30 days on, in Amsterdam's (summer) time
    expect(notice.text).toContain("Mijn login");
    expect(`${notice.text}${notice.html}`).not.toContain(token);

    const english = await createPerson({ mfa: true });
    await db.user.update({ where: { id: english.id }, data: { locale: "en" } });
    const { notice: inEnglish } = await rememberedBrowserOf(english);
    expect(inEnglish.subject).toBe("A computer will be remembered for 30 days");
    expect(inEnglish.text).toContain("Firefox on Linux");
  });
});

describe("the company forbids remembered devices", () => {
  it("a remembered browser is asked again, its row is cleared, allowing again brings nothing back", async () => {
    const owner = await createPerson({ mfa: true });
    const employee = await createPerson({ mfa: true, companyId: owner.companyId });
    const { token } = await rememberedBrowserOf(employee);
    await setRememberDevicesAllowed(await currentUserOf(owner.id), false, uniqueIp());
    expect((await signInWith(employee, token)).next).toBe("secondFactor");
    expect(await rememberedRows(employee.id)).toBe(0);
    await setRememberDevicesAllowed(await currentUserOf(owner.id), true, uniqueIp());
    expect((await signInWith(employee, token)).next).toBe("secondFactor");
    const logged = await db.activityEvent.findMany({ where: { companyId: owner.companyId, type: "REMEMBER_DEVICES_CHANGED" }, select: { detail: true } });
    expect(logged.map((row) => row.detail)).toEqual(expect.arrayContaining(["off", "on"]));
  });

  it("a row remembered while allowed is not honoured while forbidden (the password step reads the setting)", async () => {
    const person = await createPerson({ mfa: true });
    const { token } = await rememberedBrowserOf(person);
    await db.company.update({ where: { id: person.companyId }, data: { rememberDevicesAllowed: false } });
    expect((await signInWith(person, token)).next).toBe("secondFactor");
  });

  it("a forged 'remember' after the code remembers nothing", async () => {
    const owner = await createPerson({ mfa: true });
    await setRememberDevicesAllowed(await currentUserOf(owner.id), false, uniqueIp());
    const remembered = await rememberBrowser({ userId: owner.id, deviceToken: await rememberDevice(owner.id, null), userAgent: FIREFOX, ipAddress: uniqueIp(), now: new Date() });
    expect(remembered).toBeNull();
    expect(await rememberedRows(owner.id)).toBe(0);
  });
});

describe("voided by", () => {
  it("a password change", async () => {
    const person = await createPerson({ mfa: true });
    const { token } = await rememberedBrowserOf(person);
    const newPassword = `${person.password} en nog wat`;
    await changePassword(await currentUserOf(person.id), { currentPassword: person.password, newPassword }, uniqueIp());
    expect(await rememberedRows(person.id)).toBe(0);
    expect((await passwordStep({ email: person.email, password: newPassword, ip: uniqueIp(), deviceToken: token })).next).toBe("secondFactor");
  });

  it("a password reset", async () => {
    const person = await createPerson({ mfa: true });
    const { token } = await rememberedBrowserOf(person);
    const resetToken = randomToken();
    await db.emailToken.create({
      data: { userId: person.id, purpose: "PASSWORD_RESET", email: person.email, tokenHash: hashToken(resetToken), expiresAt: new Date(Date.now() + 60_000) },
    });
    const newPassword = `${person.password} na de reset`;
    await resetPassword(resetToken, newPassword);
    expect(await rememberedRows(person.id)).toBe(0);
    expect((await passwordStep({ email: person.email, password: newPassword, ip: uniqueIp(), deviceToken: token })).next).toBe("secondFactor");
  });

  it("an owner's MFA reset of the employee", async () => {
    const owner = await createPerson({ mfa: true });
    const employee = await createPerson({ mfa: true, companyId: owner.companyId });
    await rememberedBrowserOf(employee);
    await resetEmployeeMfa(await currentUserOf(owner.id), employee.id, totpAt(owner.key, Date.now()), uniqueIp());
    expect(await rememberedRows(employee.id)).toBe(0);
  });

  it("an owner ending the employee's sessions", async () => {
    const owner = await createPerson({ mfa: true });
    const employee = await createPerson({ mfa: true, companyId: owner.companyId });
    const { token } = await rememberedBrowserOf(employee);
    await endEmployeeSessions(await currentUserOf(owner.id), employee.id, uniqueIp());
    expect(await rememberedRows(employee.id)).toBe(0);
    expect((await signInWith(employee, token)).next).toBe("secondFactor");
  });

  it("switching MFA off", async () => {
    const person = await createPerson({ mfa: true });
    await rememberedBrowserOf(person);
    await disableMfa(await currentUserOf(person.id), person.recoveryCodes[1]!, uniqueIp());
    expect(await rememberedRows(person.id)).toBe(0);
  });

  it("replacing the authenticator", async () => {
    const person = await createPerson({ mfa: true });
    const { token } = await rememberedBrowserOf(person);
    const me = await currentUserOf(person.id);
    const { secret } = await pendingSetup(me);
    await confirmEnrolment(me, { code: totpAt(secret, Date.now()), currentFactor: person.recoveryCodes[1]! }, uniqueIp());
    expect(await rememberedRows(person.id)).toBe(0);
    expect((await signInWith(person, token)).next).toBe("secondFactor");
  });

  it("Overal uitloggen", async () => {
    const person = await createPerson({ mfa: true });
    const { token } = await rememberedBrowserOf(person);
    await signOutEverywhere(await currentUserOf(person.id), uniqueIp());
    expect(await rememberedRows(person.id)).toBe(0);
    expect((await signInWith(person, token)).next).toBe("secondFactor");
  });
});

describe("Vergeten on Mijn login", () => {
  it("forgets one's own remembered browser, logged; the code is asked there again", async () => {
    const person = await createPerson({ mfa: true });
    const { token } = await rememberedBrowserOf(person);
    const [device] = await rememberedDevices(person.id, new Date());
    await forgetRememberedDevice(await currentUserOf(person.id), device!.id, uniqueIp());
    expect(await rememberedDevices(person.id, new Date())).toHaveLength(0);
    expect((await signInWith(person, token)).next).toBe("secondFactor");
    expect(await db.activityEvent.count({ where: { userId: person.id, type: "REMEMBERED_DEVICE_FORGOTTEN" } })).toBe(1);
  });

  it("an id of someone else's device changes nothing and says so", async () => {
    const victim = await createPerson({ mfa: true });
    const attacker = await createPerson({ mfa: true, companyId: victim.companyId });
    const { token } = await rememberedBrowserOf(victim);
    const [device] = await rememberedDevices(victim.id, new Date());
    const failure = await failureOf(forgetRememberedDevice(await currentUserOf(attacker.id), device!.id, uniqueIp()));
    expect(failure.key).toBe("rememberedDevices.notFound");
    expect(await rememberedDevices(victim.id, new Date())).toHaveLength(1);
    expect((await signInWith(victim, token)).next).toBe("complete");
    expect(await db.activityEvent.count({ where: { userId: attacker.id, type: "REMEMBERED_DEVICE_FORGOTTEN" } })).toBe(0);
  });
});
