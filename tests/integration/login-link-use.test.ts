import { beforeEach, describe, expect, it } from "vitest";
import { checkLinkRequest, checkLoginLink, completeChallengeByLink, recordLinkSignIn, sendLoginLinkMail, voidOlderLinks } from "@/lib/sign-in/login-link";
import { completeChallenge, startChallenge } from "@/lib/sign-in/challenge";
import { db } from "@/lib/db/client";
import { LINK_MAX_AGE_S } from "@/lib/limits";
import { hashToken, randomToken } from "@/lib/security/tokens";
import { createUser } from "../support/db-helpers";
import { issueLinkToken, newBrowser, openChallenge, type Browser } from "../support/login-challenge";

/*
 * Using the login link, on the real database and without mocks: the domain takes the
 * browser's challenge token as an argument, so "this browser" is only that token.
 */
let browser: Browser;

beforeEach(() => {
  browser = newBrowser();
});

describe("checkLoginLink (the login link's token and this browser's challenge)", () => {
  it("accepts a valid token in the browser whose challenge asked for it", async () => {
    const user = await createUser({ backupPrefix: "reserve" });
    browser.challengeToken = await openChallenge(user.id);
    const token = await issueLinkToken(user.email);
    expect(await checkLoginLink(browser.challengeToken, { email: user.email, token })).toBe("ok");
    // Checking consumes nothing: Auth.js's callback still finds the row.
    expect(await db.verificationToken.count({ where: { identifier: user.email } })).toBe(1);
    expect(await checkLoginLink(browser.challengeToken, { email: user.email, token })).toBe("ok");
  });

  it("refuses a link older than 10 minutes", async () => {
    const user = await createUser({ backupPrefix: "reserve" });
    browser.challengeToken = await openChallenge(user.id);
    const expired = await issueLinkToken(user.email, { expires: new Date(Date.now() - 1_000) });
    expect(await checkLoginLink(browser.challengeToken, { email: user.email, token: expired })).toBe("invalid");
    // LINK_MAX_AGE_S is what the provider's maxAge is set to: ten minutes, no more.
    expect(LINK_MAX_AGE_S).toBe(600);
  });

  it("refuses a link voided by a newer request, and accepts the newer one", async () => {
    const user = await createUser({ backupPrefix: "reserve" });
    browser.challengeToken = await openChallenge(user.id);
    const first = await issueLinkToken(user.email);
    expect(await checkLoginLink(browser.challengeToken, { email: user.email, token: first })).toBe("ok");

    // The signIn callback voids older links, then Auth.js stores the new token.
    await voidOlderLinks(user.email);
    const second = await issueLinkToken(user.email);
    expect(await checkLoginLink(browser.challengeToken, { email: user.email, token: first })).toBe("invalid");
    expect(await checkLoginLink(browser.challengeToken, { email: user.email, token: second })).toBe("ok");
  });

  it("voids only the links of that account", async () => {
    const user = await createUser({ backupPrefix: "reserve" });
    const other = await createUser({ backupPrefix: "reserve" });
    const otherToken = await issueLinkToken(other.email);
    await issueLinkToken(user.email);
    await voidOlderLinks(user.email);
    expect(await db.verificationToken.count({ where: { identifier: user.email } })).toBe(0);
    browser.challengeToken = await openChallenge(other.id);
    expect(await checkLoginLink(browser.challengeToken, { email: other.email, token: otherToken })).toBe("ok");
  });

  it("refuses a token of another account and a made-up token", async () => {
    const user = await createUser({ backupPrefix: "reserve" });
    const other = await createUser({ backupPrefix: "reserve" });
    browser.challengeToken = await openChallenge(user.id);
    const otherToken = await issueLinkToken(other.email);
    expect(await checkLoginLink(browser.challengeToken, { email: user.email, token: otherToken })).toBe("invalid");
    expect(await checkLoginLink(browser.challengeToken, { email: user.email, token: randomToken() })).toBe("invalid");
  });

  it("answers noChallenge in a browser without the challenge cookie", async () => {
    const user = await createUser({ backupPrefix: "reserve" });
    await openChallenge(user.id);
    const token = await issueLinkToken(user.email);
    expect(await checkLoginLink(browser.challengeToken, { email: user.email, token })).toBe("noChallenge");
  });

  it("answers noChallenge in a browser whose challenge belongs to another user", async () => {
    const user = await createUser({ backupPrefix: "reserve" });
    const other = await createUser({ backupPrefix: "reserve" });
    await openChallenge(user.id);
    browser.challengeToken = await openChallenge(other.id);
    const token = await issueLinkToken(user.email);
    expect(await checkLoginLink(browser.challengeToken, { email: user.email, token })).toBe("noChallenge");
  });

  it("answers noChallenge for an unknown cookie value", async () => {
    const user = await createUser({ backupPrefix: "reserve" });
    browser.challengeToken = randomToken();
    const token = await issueLinkToken(user.email);
    expect(await checkLoginLink(browser.challengeToken, { email: user.email, token })).toBe("noChallenge");
  });

  it("answers noChallenge once the challenge has passed its second step or is complete", async () => {
    const user = await createUser({ backupPrefix: "reserve" });
    const token = await issueLinkToken(user.email);

    browser.challengeToken = await openChallenge(user.id, { secondFactorAt: new Date() });
    expect(await checkLoginLink(browser.challengeToken, { email: user.email, token })).toBe("noChallenge");

    const now = new Date();
    browser.challengeToken = await openChallenge(user.id, { secondFactorAt: now, completedAt: now });
    expect(await checkLoginLink(browser.challengeToken, { email: user.email, token })).toBe("noChallenge");
  });

  it("answers noChallenge when the challenge itself has expired", async () => {
    const user = await createUser({ backupPrefix: "reserve" });
    browser.challengeToken = await openChallenge(user.id, { expiresAt: new Date(Date.now() - 1_000) });
    const token = await issueLinkToken(user.email);
    expect(await checkLoginLink(browser.challengeToken, { email: user.email, token })).toBe("noChallenge");
  });
});

describe("a sign-in by link, from the password step's challenge to the session", () => {
  it("completes the asking browser's challenge once; a replay is refused", async () => {
    const user = await createUser({ backupPrefix: "reserve" });
    const challengeToken = await startChallenge(user.id);
    expect(await checkLinkRequest({ challengeToken, email: user.email, ip: browser.ip }, { reserve: true })).toEqual({ allowed: true });
    const token = await issueLinkToken(user.email);
    expect(await checkLoginLink(challengeToken, { email: user.email, token })).toBe("ok");

    expect(await completeChallengeByLink(challengeToken, user.email)).toBe(true);
    const row = await db.loginChallenge.findUniqueOrThrow({ where: { tokenHash: hashToken(challengeToken) } });
    expect(row).toMatchObject({ secondFactor: "email", secondFactorAt: expect.any(Date), completedAt: expect.any(Date) });

    expect(await completeChallengeByLink(challengeToken, user.email)).toBe(false);
    expect(await checkLoginLink(challengeToken, { email: user.email, token })).toBe("noChallenge");
    // Nor can the same challenge still be turned into a session by the credentials provider.
    expect(await completeChallenge(challengeToken, browser.ip)).toBeNull();
  });

  it("answers noChallenge in any other browser, which cannot complete the challenge either", async () => {
    const user = await createUser({ backupPrefix: "reserve" });
    const asking = await startChallenge(user.id);
    const token = await issueLinkToken(user.email);
    const someoneElse = await startChallenge((await createUser({ backupPrefix: "reserve" })).id);

    for (const otherBrowser of [null, randomToken(), someoneElse]) {
      expect(await checkLoginLink(otherBrowser, { email: user.email, token })).toBe("noChallenge");
      expect(await completeChallengeByLink(otherBrowser, user.email)).toBe(false);
    }
    // The refusals burnt nothing: the asking browser still signs in.
    expect(await checkLoginLink(asking, { email: user.email, token })).toBe("ok");
    expect(await completeChallengeByLink(asking, user.email)).toBe(true);
  });

  it("does not complete a challenge that already passed another second factor", async () => {
    const user = await createUser({ backupPrefix: "reserve" });
    const passed = await openChallenge(user.id, { secondFactorAt: new Date() });
    expect(await completeChallengeByLink(passed, user.email)).toBe(false);
    const row = await db.loginChallenge.findUniqueOrThrow({ where: { tokenHash: hashToken(passed) } });
    expect(row).toMatchObject({ secondFactor: "totp", completedAt: null });
  });

  it("mails the link to the confirmed backup address only", async () => {
    const user = await createUser({ backupPrefix: "reserve" });
    const token = await issueLinkToken(user.email);
    await sendLoginLinkMail({ identifier: user.email, token });

    const [mail, ...more] = await db.outboxMail.findMany({ where: { to: user.backup } });
    expect(more).toHaveLength(0);
    expect(mail?.text).toContain(`/login/link?${new URLSearchParams({ token, email: user.email })}`);
    expect(await db.outboxMail.count({ where: { to: user.email } })).toBe(0);
  });

  it("records the sign-in by link with the IP, and tells the login address", async () => {
    const user = await createUser({ backupPrefix: "reserve" });
    await recordLinkSignIn(user.id, browser.ip);

    const events = await db.activityEvent.findMany({ where: { userId: user.id }, orderBy: { type: "asc" } });
    expect(events.map(({ type, detail, ipAddress }) => ({ type, detail, ipAddress }))).toEqual([
      { type: "BACKUP_LINK_LOGIN", detail: null, ipAddress: browser.ip },
      { type: "LOGIN_SUCCEEDED", detail: "email", ipAddress: browser.ip },
    ]);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).lastLoginAt).toBeInstanceOf(Date);
    expect(await db.outboxMail.count({ where: { to: user.email } })).toBe(1);
    expect(await db.outboxMail.count({ where: { to: user.backup } })).toBe(0);
  });
});
