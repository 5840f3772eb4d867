import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { confirmRegistration, openRegistration, requestRegistration, type Registration } from "@/lib/accounts/register";
import { ActionFailure } from "@/lib/errors/action-failure";
import { db } from "@/lib/db/client";
import { verifyPassword } from "@/lib/passwords/hash";
import { limitState } from "@/lib/rate-limit";
import { limits } from "@/lib/limits";
import { rejectionOf, uniqueEmail, uniqueIp } from "../support/db-helpers";

/*
 * "Account aanmaken" is e-mail first (docs/SECURITY.md, "Enumeration"): the same answer for
 * every address, and the company and owner only once the mailed link is confirmed.
 */
const GOOD_PASSWORD = "groene fietsen rijden langs het kanaal";

function registration(overrides: Partial<Registration> = {}): Registration {
  return {
    companyName: `Bakkerij ${randomUUID().slice(0, 8)}`,
    name: "Jan Jansen",
    email: uniqueEmail("owner"),
    password: GOOD_PASSWORD,
    ip: uniqueIp(),
    ...overrides,
  };
}

/** What the address receives after "Account aanmaken" (the mail is sent after the response). */
async function mailedAfterSignUp(input: Registration): Promise<{ subject: string; text: string }> {
  await (await requestRegistration(input))();
  const mail = await db.outboxMail.findFirst({ where: { to: input.email }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
  if (!mail) throw new Error(`no mail to ${input.email}`);
  return mail;
}

function confirmationToken(mail: { text: string }): string {
  const token = /\/register\/confirm\/([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
  if (!token) throw new Error("no confirmation link in the mail");
  return token;
}

/** The whole sign-up: the form, the mail, the confirmation. Returns the owner's id. */
async function registerCompany(input: Registration): Promise<string> {
  return confirmRegistration(confirmationToken(await mailedAfterSignUp(input)), input.ip);
}

async function actionFailureOf(promise: Promise<unknown>): Promise<ActionFailure> {
  const error = await rejectionOf(promise);
  expect(error).toBeInstanceOf(ActionFailure);
  if (!(error instanceof ActionFailure)) throw error;
  return error;
}

describe("e-mail-first sign-up", () => {
  it("creates the company, its owner with an argon2id hash, and an ACCOUNT_CREATED event", async () => {
    const input = registration();
    const ownerId = await registerCompany(input);

    const owner = await db.user.findUnique({ where: { id: ownerId }, include: { company: true } });
    expect(owner).not.toBeNull();
    if (!owner) return;
    expect(owner.email).toBe(input.email);
    expect(owner.name).toBe(input.name);
    expect(owner.role).toBe("OWNER");
    expect(owner.company.name).toBe(input.companyName);
    expect(owner.company.mfaRequired).toBe(false);

    expect(owner.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$/);
    expect(owner.passwordHash).not.toContain(input.password);
    expect(await verifyPassword(owner.passwordHash ?? "", input.password)).toBe(true);
    expect(await verifyPassword(owner.passwordHash ?? "", input.password.toUpperCase())).toBe(false);

    const events = await db.activityEvent.findMany({ where: { userId: ownerId } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: "ACCOUNT_CREATED", companyId: owner.companyId, ipAddress: input.ip });
    expect(JSON.stringify(events[0])).not.toContain(input.password);
  });

  it("creates nothing until the mailed link is confirmed, and the link works once", async () => {
    const input = registration();
    const token = confirmationToken(await mailedAfterSignUp(input));
    expect(await db.user.count({ where: { email: input.email } })).toBe(0);
    expect(await db.company.count({ where: { name: input.companyName } })).toBe(0);
    expect(await openRegistration(token)).toMatchObject({ email: input.email, companyName: input.companyName });

    await confirmRegistration(token, input.ip);
    expect(await db.user.count({ where: { email: input.email } })).toBe(1);
    expect((await actionFailureOf(confirmRegistration(token, input.ip))).key).toBe("signUp.confirm.invalid");
    expect(await openRegistration(token)).toBeNull();
  });

  it("answers an existing address exactly like a new one; only the mail differs, and nothing changes", async () => {
    const email = uniqueEmail("taken");
    const first = registration({ email });
    const ownerId = await registerCompany(first);

    const second = registration({ email, password: "een heel ander lang wachtwoord" });
    const fresh = registration();
    // The same answer (a mail to send), the same rows written.
    await expect(requestRegistration(second)).resolves.toEqual(expect.any(Function));
    await expect(requestRegistration(fresh)).resolves.toEqual(expect.any(Function));
    expect(await db.pendingRegistration.count({ where: { email } })).toBe(2);
    expect(await db.pendingRegistration.count({ where: { email: fresh.email } })).toBe(1);

    const mail = await mailedAfterSignUp(second);
    expect(mail.subject).toMatch(/al een .*account/);
    expect(mail.text).not.toMatch(/\/register\/confirm\//);
    expect(mail.text).toContain("/forgot-password");
    expect(await db.company.count({ where: { name: second.companyName } })).toBe(0);
    const users = await db.user.findMany({ where: { email } });
    expect(users.map((user) => user.id)).toEqual([ownerId]);
    // The first owner's password still works: nothing was overwritten.
    expect(await verifyPassword(users[0]?.passwordHash ?? "", first.password)).toBe(true);
  });

  it("refuses a confirmation for an address that got an account in the meantime", async () => {
    const email = uniqueEmail("inmiddels");
    const early = confirmationToken(await mailedAfterSignUp(registration({ email })));
    await registerCompany(registration({ email }));
    expect((await actionFailureOf(confirmRegistration(early, uniqueIp()))).key).toBe("signUp.confirm.taken");
    expect(await db.user.count({ where: { email } })).toBe(1);
  });

  it("refuses an expired link", async () => {
    const input = registration();
    const token = confirmationToken(await mailedAfterSignUp(input));
    await db.pendingRegistration.updateMany({ where: { email: input.email }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await actionFailureOf(confirmRegistration(token, input.ip))).key).toBe("signUp.confirm.invalid");
    expect(await db.user.count({ where: { email: input.email } })).toBe(0);
  });

  it("refuses a password that contains the company name, and says why", async () => {
    const word = `zonnebloem${randomUUID().slice(0, 4).replace(/\d/g, "x")}`;
    const input = registration({ companyName: `Bakkerij ${word}`, password: `ik bak elke dag bij ${word}!` });
    const failure = await actionFailureOf(requestRegistration(input));
    expect(failure.key).toBe("errors.invalidInput");
    expect(failure.fieldErrors?.password?.startsWith("password.context")).toBe(true);
    expect(await db.user.count({ where: { email: input.email } })).toBe(0);
    expect(await db.company.count({ where: { name: input.companyName } })).toBe(0);
  });

  it("refuses a password that contains the e-mail's local part", async () => {
    const local = `pietje${randomUUID().slice(0, 6).replace(/\d/g, "y")}`;
    const input = registration({ email: `${local}@example.test`, password: `mijn naam is ${local} en ik fiets` });
    const failure = await actionFailureOf(requestRegistration(input));
    expect(failure.fieldErrors?.password?.startsWith("password.context")).toBe(true);
  });

  it.each(["wachtwoord12345", "passwordpassword", "WachtWoord12345"])("refuses the common password %j", async (password) => {
    const input = registration({ password });
    const failure = await actionFailureOf(requestRegistration(input));
    expect(failure.fieldErrors?.password?.startsWith("password.common")).toBe(true);
    expect(await db.user.count({ where: { email: input.email } })).toBe(0);
  });

  it("refuses a short password with the minimum in the message ref", async () => {
    const input = registration({ password: "kort maar fijn" }); // 14 characters
    const failure = await actionFailureOf(requestRegistration(input));
    expect(failure.fieldErrors?.password?.startsWith("password.tooShort")).toBe(true);
    expect(failure.fieldErrors?.password).toContain("min=15");
    expect(await db.user.count({ where: { email: input.email } })).toBe(0);
  });

  it("lets exactly one of two concurrent confirmations for one address succeed", async () => {
    const email = uniqueEmail("race");
    const inputs = [registration({ email }), registration({ email })];
    const tokens = [confirmationToken(await mailedAfterSignUp(inputs[0]!)), confirmationToken(await mailedAfterSignUp(inputs[1]!))];
    const results = await Promise.allSettled(tokens.map((token) => confirmRegistration(token, uniqueIp())));

    const fulfilled = results.filter((result) => result.status === "fulfilled");
    const rejected = results.filter((result): result is PromiseRejectedResult => result.status === "rejected");
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    const reason: unknown = rejected[0]?.reason;
    expect(reason).toBeInstanceOf(ActionFailure);
    if (reason instanceof ActionFailure) expect(reason.key).toBe("signUp.confirm.taken");

    expect(await db.user.count({ where: { email } })).toBe(1);
    const companies = await db.company.count({ where: { name: { in: inputs.map((input) => input.companyName) } } });
    expect(companies).toBe(1);
  });

  it("does not let a burst of concurrent sign-ups from one IP past the limit", async () => {
    const ip = uniqueIp();
    const { limit } = limits.registrationPerIp;
    const attempts = Array.from({ length: limit + 10 }, () =>
      actionFailureOf(requestRegistration(registration({ ip, password: "te kort" }))),
    );
    const keys = (await Promise.all(attempts)).map((failure) => failure.key);
    expect(keys.filter((key) => key === "errors.invalidInput").length).toBeLessThanOrEqual(limit);
    expect((await limitState(`register:ip:${ip}`, limits.registrationPerIp)).blocked).toBe(true);
  });

  it("limits sign-ups per IP and names the wait in minutes", async () => {
    const ip = uniqueIp();
    const { limit } = limits.registrationPerIp;
    // Refused attempts count too (a short password fails before any hashing, which keeps this fast).
    for (let i = 0; i < limit; i++) {
      const failure = await actionFailureOf(requestRegistration(registration({ ip, password: "te kort" })));
      expect(failure.fieldErrors?.password?.startsWith("password.tooShort")).toBe(true);
    }

    const blocked = registration({ ip });
    const failure = await actionFailureOf(requestRegistration(blocked));
    expect(failure.key).toBe("errors.tooManyAttempts");
    expect(failure.values?.minutes).toBeGreaterThanOrEqual(1);
    expect(failure.values?.minutes).toBeLessThanOrEqual(limits.registrationPerIp.windowMs / 60_000);
    expect(await db.user.count({ where: { email: blocked.email } })).toBe(0);

    // Another address is not affected.
    await expect(requestRegistration(registration())).resolves.toEqual(expect.any(Function));
  });
});

describe("sign-ups per address", () => {
  it(`mails one address at most ${limits.registrationPerAddress.limit} times an hour, whatever the IP`, async () => {
    const email = uniqueEmail("overspoeld");
    for (let i = 0; i < limits.registrationPerAddress.limit; i++) await requestRegistration(registration({ email }));
    const failure = await actionFailureOf(requestRegistration(registration({ email })));
    expect(failure.key).toBe("errors.tooManyAttempts");
  });
});
