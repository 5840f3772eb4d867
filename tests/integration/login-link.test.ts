import { createHash, randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { ActionFailure } from "@/lib/errors/action-failure";
import type { CurrentUser } from "@/lib/session/current-user";
import { checkLinkRequest, checkLoginLink, LINK_MAX_AGE_S, voidOlderLinks } from "@/lib/sign-in/login-link";
import { challengeCookieName } from "@/lib/sign-in/challenge";
import { confirmBackupEmail, openBackupConfirmation, pendingBackupEmail, requestBackupEmail } from "@/lib/accounts/backup-email";
import { openPasswordReset, resetPassword } from "@/lib/accounts/password-reset";
import { db } from "@/lib/db/client";
import { verifyPassword } from "@/lib/passwords/hash";
import { limits } from "@/lib/limits";
import { hashToken, randomToken } from "@/lib/security/tokens";
import { createUser, rejectionOf, uniqueEmail, uniqueIp, type TestUser } from "../support/db-helpers";

/*
 * The backup e-mail address, the login link's token rows and the password reset, on the
 * real database. Only `next/headers` is replaced: a cookie jar standing for "this browser"
 * (its login-challenge cookie) and the request headers (its X-Forwarded-For).
 */
const browser = vi.hoisted(() => ({ cookies: new Map<string, string>(), headers: new Map<string, string>() }));

vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => {
      const value = browser.cookies.get(name);
      return value === undefined ? undefined : { name, value };
    },
    set: (name: string, value: string) => {
      browser.cookies.set(name, value);
    },
    delete: (name: string) => {
      browser.cookies.delete(name);
    },
  }),
  headers: async () => new Headers([...browser.headers]),
}));

beforeEach(() => {
  browser.cookies.clear();
  browser.headers.clear();
  browser.headers.set("x-forwarded-for", uniqueIp());
});

/** How Auth.js stores an e-mail token, computed here independently of the app. */
function authJsTokenHash(token: string): string {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set for the tests");
  return createHash("sha256").update(`${token}${secret}`).digest("hex");
}

/** A login link token row as Auth.js's Prisma adapter writes it. */
async function issueLinkToken(email: string, { expires = new Date(Date.now() + LINK_MAX_AGE_S * 1000) }: { expires?: Date } = {}): Promise<string> {
  const token = randomToken();
  await db.verificationToken.create({ data: { identifier: email, token: authJsTokenHash(token), expires } });
  return token;
}

type ChallengeState = { secondFactorAt?: Date; completedAt?: Date; expiresAt?: Date };

/** A login challenge (what the password step leaves behind), its cookie token returned. */
async function openChallenge(userId: string, state: ChallengeState = {}): Promise<string> {
  const token = randomToken();
  await db.loginChallenge.create({
    data: {
      userId,
      tokenHash: hashToken(token),
      expiresAt: state.expiresAt ?? new Date(Date.now() + 10 * 60_000),
      ...(state.secondFactorAt ? { secondFactor: "totp", secondFactorAt: state.secondFactorAt } : {}),
      ...(state.completedAt ? { completedAt: state.completedAt } : {}),
    },
  });
  return token;
}

/** This browser holds the challenge cookie for `token`. */
function holdChallenge(token: string): void {
  browser.cookies.set(challengeCookieName(), token);
}

async function userWithConfirmedBackup(): Promise<TestUser & { backup: string }> {
  const user = await createUser();
  const backup = uniqueEmail("reserve");
  await db.user.update({ where: { id: user.id }, data: { backupEmail: backup, backupEmailConfirmedAt: new Date() } });
  return { ...user, backup };
}

async function failureOf(promise: Promise<unknown>): Promise<ActionFailure> {
  const error = await rejectionOf(promise);
  expect(error).toBeInstanceOf(ActionFailure);
  if (!(error instanceof ActionFailure)) throw error;
  return error;
}

/** The signed-in user as the pages and actions see it (a user without MFA). */
async function currentUserOf(userId: string): Promise<CurrentUser> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, include: { company: true } });
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role === "OWNER" ? "OWNER" : "EMPLOYEE",
    locale: user.locale,
    companyId: user.companyId,
    companyName: user.company.name,
    companyMfaRequired: user.company.mfaRequired,
    mfaEnabledAt: null,
    backupEmail: user.backupEmail,
    backupEmailConfirmedAt: user.backupEmailConfirmedAt,
    mustEnrol: false,
    authenticatedAt: new Date(),
    sessionSecondFactor: "none",
  };
}

function outbox(to: string) {
  return db.outboxMail.findMany({ where: { to }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
}

/** The confirmation token from the newest mail to `to` (the real request path made it). */
async function confirmationTokenMailedTo(to: string): Promise<string> {
  const mail = (await outbox(to)).at(-1);
  const match = mail ? /\/backup\/confirm\/([A-Za-z0-9_-]+)/.exec(mail.text) : null;
  if (!match?.[1]) throw new Error(`no confirmation link mailed to ${to}`);
  return match[1];
}

describe("checkLoginLink (the login link's token and this browser's challenge)", () => {
  it("accepts a valid token in the browser whose challenge asked for it", async () => {
    const user = await userWithConfirmedBackup();
    holdChallenge(await openChallenge(user.id));
    const token = await issueLinkToken(user.email);
    expect(await checkLoginLink({ email: user.email, token })).toBe("ok");
    // Checking consumes nothing: Auth.js's callback still finds the row.
    expect(await db.verificationToken.count({ where: { identifier: user.email } })).toBe(1);
    expect(await checkLoginLink({ email: user.email, token })).toBe("ok");
  });

  it("refuses a link older than 10 minutes", async () => {
    const user = await userWithConfirmedBackup();
    holdChallenge(await openChallenge(user.id));
    const expired = await issueLinkToken(user.email, { expires: new Date(Date.now() - 1_000) });
    expect(await checkLoginLink({ email: user.email, token: expired })).toBe("invalid");
    // LINK_MAX_AGE_S is what the provider's maxAge is set to: ten minutes, no more.
    expect(LINK_MAX_AGE_S).toBe(600);
  });

  it("refuses a link voided by a newer request, and accepts the newer one", async () => {
    const user = await userWithConfirmedBackup();
    holdChallenge(await openChallenge(user.id));
    const first = await issueLinkToken(user.email);
    expect(await checkLoginLink({ email: user.email, token: first })).toBe("ok");

    // The signIn callback voids older links, then Auth.js stores the new token.
    await voidOlderLinks(user.email);
    const second = await issueLinkToken(user.email);
    expect(await checkLoginLink({ email: user.email, token: first })).toBe("invalid");
    expect(await checkLoginLink({ email: user.email, token: second })).toBe("ok");
  });

  it("voids only the links of that account", async () => {
    const user = await userWithConfirmedBackup();
    const other = await userWithConfirmedBackup();
    const otherToken = await issueLinkToken(other.email);
    await issueLinkToken(user.email);
    await voidOlderLinks(user.email);
    expect(await db.verificationToken.count({ where: { identifier: user.email } })).toBe(0);
    holdChallenge(await openChallenge(other.id));
    expect(await checkLoginLink({ email: other.email, token: otherToken })).toBe("ok");
  });

  it("refuses a token of another account and a made-up token", async () => {
    const user = await userWithConfirmedBackup();
    const other = await userWithConfirmedBackup();
    holdChallenge(await openChallenge(user.id));
    const otherToken = await issueLinkToken(other.email);
    expect(await checkLoginLink({ email: user.email, token: otherToken })).toBe("invalid");
    expect(await checkLoginLink({ email: user.email, token: randomToken() })).toBe("invalid");
  });

  it("answers noChallenge in a browser without the challenge cookie", async () => {
    const user = await userWithConfirmedBackup();
    await openChallenge(user.id);
    const token = await issueLinkToken(user.email);
    expect(await checkLoginLink({ email: user.email, token })).toBe("noChallenge");
  });

  it("answers noChallenge in a browser whose challenge belongs to another user", async () => {
    const user = await userWithConfirmedBackup();
    const other = await userWithConfirmedBackup();
    await openChallenge(user.id);
    holdChallenge(await openChallenge(other.id));
    const token = await issueLinkToken(user.email);
    expect(await checkLoginLink({ email: user.email, token })).toBe("noChallenge");
  });

  it("answers noChallenge for an unknown cookie value", async () => {
    const user = await userWithConfirmedBackup();
    holdChallenge(randomToken());
    const token = await issueLinkToken(user.email);
    expect(await checkLoginLink({ email: user.email, token })).toBe("noChallenge");
  });

  it("answers noChallenge once the challenge has passed its second step or is complete", async () => {
    const user = await userWithConfirmedBackup();
    const token = await issueLinkToken(user.email);

    holdChallenge(await openChallenge(user.id, { secondFactorAt: new Date() }));
    expect(await checkLoginLink({ email: user.email, token })).toBe("noChallenge");

    const now = new Date();
    holdChallenge(await openChallenge(user.id, { secondFactorAt: now, completedAt: now }));
    expect(await checkLoginLink({ email: user.email, token })).toBe("noChallenge");
  });

  it("answers noChallenge when the challenge itself has expired", async () => {
    const user = await userWithConfirmedBackup();
    holdChallenge(await openChallenge(user.id, { expiresAt: new Date(Date.now() - 1_000) }));
    const token = await issueLinkToken(user.email);
    expect(await checkLoginLink({ email: user.email, token })).toBe("noChallenge");
  });
});

describe("checkLinkRequest (who may ask for a link)", () => {
  it("allows a user with a confirmed backup address during their own challenge", async () => {
    const user = await userWithConfirmedBackup();
    holdChallenge(await openChallenge(user.id));
    expect(await checkLinkRequest(user.email, { reserve: false })).toEqual({ allowed: true });
  });

  it("refuses without a backup address, and with one that is not confirmed", async () => {
    const user = await createUser();
    holdChallenge(await openChallenge(user.id));
    expect(await checkLinkRequest(user.email, { reserve: true })).toEqual({ allowed: false, reason: "noBackup" });

    await db.user.update({ where: { id: user.id }, data: { backupEmail: uniqueEmail("onbevestigd"), backupEmailConfirmedAt: null } });
    expect(await checkLinkRequest(user.email, { reserve: true })).toEqual({ allowed: false, reason: "noBackup" });
  });

  it("refuses without this browser's challenge, or for another user's address", async () => {
    const user = await userWithConfirmedBackup();
    const other = await userWithConfirmedBackup();
    expect(await checkLinkRequest(user.email, { reserve: true })).toEqual({ allowed: false, reason: "noChallenge" });
    holdChallenge(await openChallenge(other.id));
    expect(await checkLinkRequest(user.email, { reserve: true })).toEqual({ allowed: false, reason: "noChallenge" });
    holdChallenge(await openChallenge(user.id, { secondFactorAt: new Date() }));
    expect(await checkLinkRequest(user.email, { reserve: true })).toEqual({ allowed: false, reason: "noChallenge" });
  });

  it(`is throttled after ${limits.loginLinkPerAccount.limit} reserved requests per account, whatever the IP`, async () => {
    const user = await userWithConfirmedBackup();
    holdChallenge(await openChallenge(user.id));
    for (let request = 0; request < limits.loginLinkPerAccount.limit; request++) {
      browser.headers.set("x-forwarded-for", uniqueIp());
      expect(await checkLinkRequest(user.email, { reserve: true })).toEqual({ allowed: true });
    }
    browser.headers.set("x-forwarded-for", uniqueIp());
    const refused = await checkLinkRequest(user.email, { reserve: true });
    expect(refused).toMatchObject({ allowed: false, reason: "throttled" });
    if (refused.allowed) throw new Error("unreachable");
    expect(refused.retryAfterMs).toBeGreaterThan(limits.loginLinkPerAccount.windowMs - 60_000);
    expect(refused.retryAfterMs).toBeLessThanOrEqual(limits.loginLinkPerAccount.windowMs);
    // The page's own check (no reservation) says the same, and a new challenge does not reset it.
    holdChallenge(await openChallenge(user.id));
    expect(await checkLinkRequest(user.email, { reserve: false })).toMatchObject({ allowed: false, reason: "throttled" });
  });

  it("does not count checks that reserve nothing", async () => {
    const user = await userWithConfirmedBackup();
    holdChallenge(await openChallenge(user.id));
    for (let check = 0; check < limits.loginLinkPerAccount.limit + 3; check++) {
      expect(await checkLinkRequest(user.email, { reserve: false })).toEqual({ allowed: true });
    }
    expect(await checkLinkRequest(user.email, { reserve: true })).toEqual({ allowed: true });
  });

  it(`is throttled per IP after ${limits.loginLinkPerIp.limit} requests across accounts`, async () => {
    const ip = uniqueIp();
    browser.headers.set("x-forwarded-for", ip);
    const perAccount = limits.loginLinkPerAccount.limit;
    const accounts = Math.ceil(limits.loginLinkPerIp.limit / perAccount);
    let made = 0;
    for (let index = 0; index < accounts; index++) {
      const user = await userWithConfirmedBackup();
      holdChallenge(await openChallenge(user.id));
      for (let request = 0; request < perAccount && made < limits.loginLinkPerIp.limit; request++, made++) {
        expect(await checkLinkRequest(user.email, { reserve: true })).toEqual({ allowed: true });
      }
    }
    const fresh = await userWithConfirmedBackup();
    holdChallenge(await openChallenge(fresh.id));
    expect(await checkLinkRequest(fresh.email, { reserve: true })).toMatchObject({ allowed: false, reason: "throttled" });
    // The same account from another address is fine.
    browser.headers.set("x-forwarded-for", uniqueIp());
    expect(await checkLinkRequest(fresh.email, { reserve: true })).toEqual({ allowed: true });
  });
});

describe("backup address: request and confirmation", () => {
  it("refuses the login address and a wrong password, and changes nothing", async () => {
    const user = await createUser();
    const me = await currentUserOf(user.id);
    const same = await failureOf(requestBackupEmail(me, { email: user.email, proof: user.password }, uniqueIp()));
    expect(same.fieldErrors).toEqual({ email: "backup.sameAsLogin" });

    const wrong = await failureOf(requestBackupEmail(me, { email: uniqueEmail("reserve"), proof: `${user.password}x` }, uniqueIp()));
    expect(wrong.fieldErrors).toEqual({ proof: "backup.wrongPassword" });
    const empty = await failureOf(requestBackupEmail(me, { email: uniqueEmail("reserve"), proof: "" }, uniqueIp()));
    expect(empty.fieldErrors).toEqual({ proof: "backup.wrongPassword" });

    expect(await db.emailToken.count({ where: { userId: user.id } })).toBe(0);
    expect(await pendingBackupEmail(user.id)).toBeNull();
  });

  it("sets the address only on confirmation, tells the login address, and works once", async () => {
    const user = await createUser();
    const backup = uniqueEmail("reserve");
    expect(await requestBackupEmail(await currentUserOf(user.id), { email: backup, proof: user.password }, uniqueIp())).toEqual({ sentTo: backup });

    // Waiting: nothing set yet, only a hashed token row.
    expect(await pendingBackupEmail(user.id)).toEqual({ email: backup });
    const before = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect({ backupEmail: before.backupEmail, backupEmailConfirmedAt: before.backupEmailConfirmedAt }).toEqual({ backupEmail: null, backupEmailConfirmedAt: null });
    const token = await confirmationTokenMailedTo(backup);
    expect(await db.emailToken.count({ where: { tokenHash: token } })).toBe(0);
    expect(await db.emailToken.count({ where: { tokenHash: hashToken(token), purpose: "BACKUP_EMAIL_CONFIRM" } })).toBe(1);
    expect(await outbox(user.email)).toHaveLength(0);

    await confirmBackupEmail(token);
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.backupEmail).toBe(backup);
    expect(after.backupEmailConfirmedAt).toBeInstanceOf(Date);
    expect(await pendingBackupEmail(user.id)).toBeNull();

    const notices = await outbox(user.email);
    expect(notices).toHaveLength(1);
    expect(notices[0]?.subject).toBe("Uw back-up e-mailadres is gewijzigd");
    // The notice names the new address masked, not in full.
    expect(notices[0]?.text).not.toContain(backup);
    expect(await db.activityEvent.count({ where: { userId: user.id, type: "BACKUP_EMAIL_CHANGED" } })).toBe(1);

    // Single use.
    const again = await failureOf(confirmBackupEmail(token));
    expect(again.key).toBe("backup.invalid");
    expect(await openBackupConfirmation(token)).toBeNull();
    expect(await outbox(user.email)).toHaveLength(1);
  });

  it("when changing, tells the previous backup address too", async () => {
    const user = await createUser();
    const first = uniqueEmail("eerste");
    const second = uniqueEmail("tweede");
    await requestBackupEmail(await currentUserOf(user.id), { email: first, proof: user.password }, uniqueIp());
    await confirmBackupEmail(await confirmationTokenMailedTo(first));
    expect(await outbox(first)).toHaveLength(1); // only its confirmation mail

    await requestBackupEmail(await currentUserOf(user.id), { email: second, proof: user.password }, uniqueIp());
    // Until the new mailbox confirms, the old address stays in use.
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).backupEmail).toBe(first);
    await confirmBackupEmail(await confirmationTokenMailedTo(second));

    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).backupEmail).toBe(second);
    const toFirst = await outbox(first);
    expect(toFirst.map((mail) => mail.subject)).toEqual(["Bevestig uw back-up e-mailadres", "Uw back-up e-mailadres is gewijzigd"]);
    expect((await outbox(user.email)).map((mail) => mail.subject)).toEqual([
      "Uw back-up e-mailadres is gewijzigd",
      "Uw back-up e-mailadres is gewijzigd",
    ]);
  });

  it("a newer request voids the older, unconfirmed one", async () => {
    const user = await createUser();
    const first = uniqueEmail("eerste");
    const second = uniqueEmail("tweede");
    await requestBackupEmail(await currentUserOf(user.id), { email: first, proof: user.password }, uniqueIp());
    const firstToken = await confirmationTokenMailedTo(first);
    await requestBackupEmail(await currentUserOf(user.id), { email: second, proof: user.password }, uniqueIp());
    expect((await failureOf(confirmBackupEmail(firstToken))).key).toBe("backup.invalid");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).backupEmail).toBeNull();
  });

  it("refuses an expired confirmation", async () => {
    const user = await createUser();
    const backup = uniqueEmail("reserve");
    await requestBackupEmail(await currentUserOf(user.id), { email: backup, proof: user.password }, uniqueIp());
    const token = await confirmationTokenMailedTo(backup);
    await db.emailToken.updateMany({ where: { tokenHash: hashToken(token) }, data: { expiresAt: new Date(Date.now() - 1_000) } });
    expect((await failureOf(confirmBackupEmail(token))).key).toBe("backup.invalid");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).backupEmail).toBeNull();
  });

  it("lets exactly one of concurrent confirmations succeed", async () => {
    const user = await createUser();
    const backup = uniqueEmail("reserve");
    await requestBackupEmail(await currentUserOf(user.id), { email: backup, proof: user.password }, uniqueIp());
    const token = await confirmationTokenMailedTo(backup);

    const results = await Promise.allSettled(Array.from({ length: 5 }, () => confirmBackupEmail(token)));
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const refused = results.flatMap((result) => (result.status === "rejected" ? [result.reason] : []));
    expect(refused).toHaveLength(4);
    for (const reason of refused) {
      expect(reason).toBeInstanceOf(ActionFailure);
      expect(reason instanceof ActionFailure ? reason.key : null).toBe("backup.invalid");
    }
    expect(await db.activityEvent.count({ where: { userId: user.id, type: "BACKUP_EMAIL_CHANGED" } })).toBe(1);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).backupEmail).toBe(backup);
  });

  it("a refused concurrent confirmation does not undo the winner's notice to the login address", async () => {
    // The losers roll back their own transaction; the winner's mail (written outside any
    // transaction) must survive that.
    const user = await createUser();
    const backup = uniqueEmail("reserve");
    await requestBackupEmail(await currentUserOf(user.id), { email: backup, proof: user.password }, uniqueIp());
    const token = await confirmationTokenMailedTo(backup);

    await Promise.allSettled(Array.from({ length: 5 }, () => confirmBackupEmail(token)));
    expect((await outbox(user.email)).map((mail) => mail.subject)).toEqual(["Uw back-up e-mailadres is gewijzigd"]);
  });
});

describe("resetPassword", () => {
  async function issueReset(user: TestUser, { expiresAt = new Date(Date.now() + 30 * 60_000) }: { expiresAt?: Date } = {}): Promise<string> {
    const token = randomToken();
    await db.emailToken.create({
      data: { userId: user.id, purpose: "PASSWORD_RESET", email: user.email, tokenHash: hashToken(token), expiresAt },
    });
    return token;
  }

  const newPassword = () => `een gloednieuw wachtwoord ${randomUUID().slice(0, 8)}`;

  it("sets the password, bumps the session version, records it, tells the user, and works once", async () => {
    const user = await createUser();
    const token = await issueReset(user);
    const password = newPassword();
    await resetPassword(token, password);

    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.sessionVersion).toBe(1);
    expect(row.passwordHash && (await verifyPassword(row.passwordHash, password))).toBe(true);
    expect(row.passwordHash && (await verifyPassword(row.passwordHash, user.password))).toBe(false);
    expect(await db.activityEvent.count({ where: { userId: user.id, type: "PASSWORD_RESET" } })).toBe(1);
    expect(await outbox(user.email)).toHaveLength(1);

    const again = await failureOf(resetPassword(token, newPassword()));
    expect(again.key).toBe("reset.invalid");
    const unchanged = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(unchanged.sessionVersion).toBe(1);
    expect(unchanged.passwordHash).toBe(row.passwordHash);
  });

  it("refuses a too-short password with a field error and keeps the link usable", async () => {
    const user = await createUser();
    const token = await issueReset(user);
    const failure = await failureOf(resetPassword(token, "kort wachtwrd"));
    expect(failure.key).toBe("errors.invalidInput");
    expect(failure.fieldErrors?.password).toMatch(/^password\.tooShort/);
    expect(failure.fieldErrors?.password).toContain("15");

    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.sessionVersion).toBe(0);
    expect(row.passwordHash && (await verifyPassword(row.passwordHash, user.password))).toBe(true);
    expect(await openPasswordReset(token)).not.toBeNull();
    await resetPassword(token, newPassword());
  });

  it("refuses an expired link (older than 30 minutes) and an unknown one", async () => {
    const user = await createUser();
    const created = Date.now() - 31 * 60_000;
    const expired = await issueReset(user, { expiresAt: new Date(created + 30 * 60_000) });
    expect((await failureOf(resetPassword(expired, newPassword()))).key).toBe("reset.invalid");
    expect((await failureOf(resetPassword(randomToken(), newPassword()))).key).toBe("reset.invalid");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(0);
  });

  it("a backup-confirmation token is no reset token", async () => {
    const user = await createUser();
    const token = randomToken();
    await db.emailToken.create({
      data: { userId: user.id, purpose: "BACKUP_EMAIL_CONFIRM", email: uniqueEmail(), tokenHash: hashToken(token), expiresAt: new Date(Date.now() + 60_000) },
    });
    expect((await failureOf(resetPassword(token, newPassword()))).key).toBe("reset.invalid");
  });

  it("lets exactly one of two concurrent resets with the same link succeed", async () => {
    const user = await createUser();
    const token = await issueReset(user);
    const results = await Promise.allSettled([resetPassword(token, newPassword()), resetPassword(token, newPassword())]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(1);
  });
});
