import { beforeEach, describe, expect, it } from "vitest";
import { checkLinkRequest, recordLinkSignIn, sendLoginLinkMail } from "@/lib/sign-in/login-link";
import { checkLoginLink, completeChallengeByLink } from "@/lib/sign-in/login-link-use";
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
    const user = await createUser({ mfa: true, backupPrefix: "reserve" });
    browser.challengeToken = await openChallenge(user.id);
    const token = await issueLinkToken(browser.challengeToken);
    expect(await checkLoginLink(browser.challengeToken, token)).toBe("ok");
    // Checking consumes nothing: Auth.js's callback still finds the row.
    expect(await db.verificationToken.count({ where: { identifier: user.email } })).toBe(1);
    expect(await checkLoginLink(browser.challengeToken, token)).toBe("ok");
  });

  it("refuses a link older than 10 minutes", async () => {
    const user = await createUser({ mfa: true, backupPrefix: "reserve" });
    browser.challengeToken = await openChallenge(user.id);
    const expired = await issueLinkToken(browser.challengeToken, { expires: new Date(Date.now() - 1_000) });
    expect(await checkLoginLink(browser.challengeToken, expired)).toBe("invalid");
    // LINK_MAX_AGE_S is what the provider's maxAge is set to: ten minutes, no more.
    expect(LINK_MAX_AGE_S).toBe(600);
  });

  it("refuses a link voided by a newer request, and accepts the newer one", async () => {
    const user = await createUser({ mfa: true, backupPrefix: "reserve" });
    browser.challengeToken = await openChallenge(user.id);
    const first = await issueLinkToken(browser.challengeToken);
    expect(await checkLoginLink(browser.challengeToken, first)).toBe("ok");

    // Storing the new token replaces the account's earlier one.
    const second = await issueLinkToken(browser.challengeToken);
    expect(await checkLoginLink(browser.challengeToken, first)).toBe("invalid");
    expect(await checkLoginLink(browser.challengeToken, second)).toBe("ok");
    expect(await db.verificationToken.count({ where: { identifier: user.email } })).toBe(1);
  });

  it("voids only the links of that account", async () => {
    const user = await createUser({ mfa: true, backupPrefix: "reserve" });
    const other = await createUser({ mfa: true, backupPrefix: "reserve" });
    browser.challengeToken = await openChallenge(other.id);
    const otherToken = await issueLinkToken(browser.challengeToken);
    const asking = await openChallenge(user.id);
    await issueLinkToken(asking);
    await issueLinkToken(asking);
    expect(await db.verificationToken.count({ where: { identifier: user.email } })).toBe(1);
    expect(await checkLoginLink(browser.challengeToken, otherToken)).toBe("ok");
  });

  it("refuses a token of another account and a made-up token", async () => {
    const user = await createUser({ mfa: true, backupPrefix: "reserve" });
    const other = await createUser({ mfa: true, backupPrefix: "reserve" });
    browser.challengeToken = await openChallenge(user.id);
    const otherToken = await issueLinkToken(await openChallenge(other.id));
    // Another account's live link is not this browser's; a made-up one is no link at all.
    expect(await checkLoginLink(browser.challengeToken, otherToken)).toBe("noChallenge");
    expect(await checkLoginLink(browser.challengeToken, randomToken())).toBe("invalid");
  });

  it("answers noChallenge in a browser without the challenge cookie", async () => {
    const user = await createUser({ mfa: true, backupPrefix: "reserve" });
    const token = await issueLinkToken(await openChallenge(user.id));
    expect(await checkLoginLink(browser.challengeToken, token)).toBe("noChallenge");
  });

  it("answers noChallenge in a browser whose challenge belongs to another user", async () => {
    const user = await createUser({ mfa: true, backupPrefix: "reserve" });
    const other = await createUser({ mfa: true, backupPrefix: "reserve" });
    const token = await issueLinkToken(await openChallenge(user.id));
    browser.challengeToken = await openChallenge(other.id);
    expect(await checkLoginLink(browser.challengeToken, token)).toBe("noChallenge");
  });

  it("answers noChallenge for an unknown cookie value", async () => {
    const user = await createUser({ mfa: true, backupPrefix: "reserve" });
    const token = await issueLinkToken(await openChallenge(user.id));
    browser.challengeToken = randomToken();
    expect(await checkLoginLink(browser.challengeToken, token)).toBe("noChallenge");
  });

  it("answers noChallenge once the challenge has passed its second step or is complete", async () => {
    const user = await createUser({ mfa: true, backupPrefix: "reserve" });
    const asking = await openChallenge(user.id);
    const token = await issueLinkToken(asking);
    // The asking challenge itself, once it has passed another second factor or is complete.
    await db.loginChallenge.update({ where: { tokenHash: hashToken(asking) }, data: { secondFactor: "totp", secondFactorAt: new Date() } });
    expect(await checkLoginLink(asking, token)).toBe("noChallenge");
    await db.loginChallenge.update({ where: { tokenHash: hashToken(asking) }, data: { completedAt: new Date() } });
    expect(await checkLoginLink(asking, token)).toBe("noChallenge");
  });

  it("answers noChallenge when the challenge itself has expired", async () => {
    const user = await createUser({ mfa: true, backupPrefix: "reserve" });
    browser.challengeToken = await openChallenge(user.id);
    const token = await issueLinkToken(browser.challengeToken);
    await db.loginChallenge.update({ where: { tokenHash: hashToken(browser.challengeToken) }, data: { expiresAt: new Date(Date.now() - 1_000) } });
    expect(await checkLoginLink(browser.challengeToken, token)).toBe("noChallenge");
  });
});

describe("a sign-in by link, from the password step's challenge to the session", () => {
  it("completes the asking browser's challenge once; a replay is refused", async () => {
    const user = await createUser({ mfa: true, backupPrefix: "reserve" });
    const challengeToken = await startChallenge(user.id);
    expect(await checkLinkRequest({ challengeToken, email: user.email, ip: browser.ip }, { reserve: true })).toEqual({ allowed: true });
    const token = await issueLinkToken(challengeToken);
    expect(await checkLoginLink(challengeToken, token)).toBe("ok");

    expect(await completeChallengeByLink(challengeToken, user.email)).toBe(true);
    const row = await db.loginChallenge.findUniqueOrThrow({ where: { tokenHash: hashToken(challengeToken) } });
    expect(row).toMatchObject({ secondFactor: "email", secondFactorAt: expect.any(Date), completedAt: expect.any(Date) });

    expect(await completeChallengeByLink(challengeToken, user.email)).toBe(false);
    expect(await checkLoginLink(challengeToken, token)).toBe("noChallenge");
    // Nor can the same challenge still be turned into a session by the credentials provider.
    expect(await completeChallenge(challengeToken, browser.ip)).toBeNull();
  });

  it("answers noChallenge in any other browser, which cannot complete the challenge either", async () => {
    const user = await createUser({ mfa: true, backupPrefix: "reserve" });
    const asking = await startChallenge(user.id);
    const token = await issueLinkToken(asking);
    const someoneElse = await startChallenge((await createUser({ mfa: true, backupPrefix: "reserve" })).id);

    for (const otherBrowser of [null, randomToken(), someoneElse]) {
      expect(await checkLoginLink(otherBrowser, token)).toBe("noChallenge");
      expect(await completeChallengeByLink(otherBrowser, user.email)).toBe(false);
    }
    // The refusals burnt nothing: the asking browser still signs in.
    expect(await checkLoginLink(asking, token)).toBe("ok");
    expect(await completeChallengeByLink(asking, user.email)).toBe(true);
  });

  it("does not complete a challenge that already passed another second factor", async () => {
    const user = await createUser({ mfa: true, backupPrefix: "reserve" });
    const passed = await openChallenge(user.id, { secondFactorAt: new Date() });
    expect(await completeChallengeByLink(passed, user.email)).toBe(false);
    const row = await db.loginChallenge.findUniqueOrThrow({ where: { tokenHash: hashToken(passed) } });
    expect(row).toMatchObject({ secondFactor: "totp", completedAt: null });
  });

  it("mails the link to the confirmed backup address only", async () => {
    const user = await createUser({ mfa: true, backupPrefix: "reserve" });
    const token = await issueLinkToken(await openChallenge(user.id));
    await sendLoginLinkMail({ identifier: user.email, token });

    const [mail, ...more] = await db.outboxMail.findMany({ where: { to: user.backup } });
    expect(more).toHaveLength(0);
    expect(mail?.text).toContain(`/login/link?${new URLSearchParams({ token })}`);
    expect(await db.outboxMail.count({ where: { to: user.email } })).toBe(0);
  });

  it("records the sign-in by link with the IP, and tells the login address", async () => {
    const user = await createUser({ mfa: true, backupPrefix: "reserve" });
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
