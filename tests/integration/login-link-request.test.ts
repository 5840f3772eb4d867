import { beforeEach, describe, expect, it } from "vitest";
import { checkLinkRequest } from "@/lib/sign-in/login-link";
import { db } from "@/lib/db/client";
import { limits } from "@/lib/limits";
import { createUser, uniqueEmail, uniqueIp } from "../support/db-helpers";
import { newBrowser, openChallenge, type Browser } from "../support/login-challenge";

/*
 * Who may ask for a login link, on the real database and without mocks: the browser's
 * challenge token and its address are passed in, so a test can change either at will.
 */
let browser: Browser;

beforeEach(() => {
  browser = newBrowser();
});

describe("checkLinkRequest (who may ask for a link)", () => {
  it("allows a user with a confirmed backup address during their own challenge", async () => {
    const user = await createUser({ mfa: true, backupPrefix: "reserve" });
    browser.challengeToken = await openChallenge(user.id);
    expect(await checkLinkRequest({ ...browser, email: user.email }, { reserve: false })).toEqual({ allowed: true });
  });

  it("refuses without a backup address, and with one that is not confirmed", async () => {
    const user = await createUser();
    browser.challengeToken = await openChallenge(user.id);
    expect(await checkLinkRequest({ ...browser, email: user.email }, { reserve: true })).toEqual({ allowed: false, reason: "noBackup" });

    await db.user.update({ where: { id: user.id }, data: { backupEmail: uniqueEmail("onbevestigd"), backupEmailConfirmedAt: null } });
    expect(await checkLinkRequest({ ...browser, email: user.email }, { reserve: true })).toEqual({ allowed: false, reason: "noBackup" });
  });

  it("refuses without this browser's challenge, or for another user's address", async () => {
    const user = await createUser({ mfa: true, backupPrefix: "reserve" });
    const other = await createUser({ mfa: true, backupPrefix: "reserve" });
    expect(await checkLinkRequest({ ...browser, email: user.email }, { reserve: true })).toEqual({ allowed: false, reason: "noChallenge" });
    browser.challengeToken = await openChallenge(other.id);
    expect(await checkLinkRequest({ ...browser, email: user.email }, { reserve: true })).toEqual({ allowed: false, reason: "noChallenge" });
    browser.challengeToken = await openChallenge(user.id, { secondFactorAt: new Date() });
    expect(await checkLinkRequest({ ...browser, email: user.email }, { reserve: true })).toEqual({ allowed: false, reason: "noChallenge" });
  });

  it(`is throttled after ${limits.loginLinkPerChallenge.limit} reserved requests per challenge, whatever the IP`, async () => {
    const user = await createUser({ mfa: true, backupPrefix: "reserve" });
    browser.challengeToken = await openChallenge(user.id);
    for (let request = 0; request < limits.loginLinkPerChallenge.limit; request++) {
      browser.ip = uniqueIp();
      expect(await checkLinkRequest({ ...browser, email: user.email }, { reserve: true })).toEqual({ allowed: true });
    }
    browser.ip = uniqueIp();
    const refused = await checkLinkRequest({ ...browser, email: user.email }, { reserve: true });
    expect(refused).toMatchObject({ allowed: false, reason: "throttled" });
    if (refused.allowed) throw new Error("unreachable");
    expect(refused.retryAfterMs).toBeGreaterThan(limits.loginLinkPerChallenge.windowMs - 60_000);
    expect(refused.retryAfterMs).toBeLessThanOrEqual(limits.loginLinkPerChallenge.windowMs);
    // The page's own check (no reservation) says the same. A new challenge (a new password
    // step) may ask again: someone else's requests never use up the holder's link.
    expect(await checkLinkRequest({ ...browser, email: user.email }, { reserve: false })).toMatchObject({ allowed: false, reason: "throttled" });
    browser.challengeToken = await openChallenge(user.id);
    expect(await checkLinkRequest({ ...browser, email: user.email }, { reserve: true })).toEqual({ allowed: true });
  });

  it("does not count checks that reserve nothing", async () => {
    const user = await createUser({ mfa: true, backupPrefix: "reserve" });
    browser.challengeToken = await openChallenge(user.id);
    for (let check = 0; check < limits.loginLinkPerChallenge.limit + 3; check++) {
      expect(await checkLinkRequest({ ...browser, email: user.email }, { reserve: false })).toEqual({ allowed: true });
    }
    expect(await checkLinkRequest({ ...browser, email: user.email }, { reserve: true })).toEqual({ allowed: true });
  });

  it(`is throttled per IP after ${limits.loginLinkPerIp.limit} requests across accounts`, async () => {
    browser.ip = uniqueIp();
    const perChallenge = limits.loginLinkPerChallenge.limit;
    const accounts = Math.ceil(limits.loginLinkPerIp.limit / perChallenge);
    let made = 0;
    for (let index = 0; index < accounts; index++) {
      const user = await createUser({ mfa: true, backupPrefix: "reserve" });
      browser.challengeToken = await openChallenge(user.id);
      for (let request = 0; request < perChallenge && made < limits.loginLinkPerIp.limit; request++, made++) {
        expect(await checkLinkRequest({ ...browser, email: user.email }, { reserve: true })).toEqual({ allowed: true });
      }
    }
    const fresh = await createUser({ mfa: true, backupPrefix: "reserve" });
    browser.challengeToken = await openChallenge(fresh.id);
    expect(await checkLinkRequest({ ...browser, email: fresh.email }, { reserve: true })).toMatchObject({ allowed: false, reason: "throttled" });
    // The same account from another address is fine.
    browser.ip = uniqueIp();
    expect(await checkLinkRequest({ ...browser, email: fresh.email }, { reserve: true })).toEqual({ allowed: true });
  });
});
