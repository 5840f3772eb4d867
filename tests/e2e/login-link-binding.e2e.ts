import type { Browser, Page } from "@playwright/test";
import { test, expect, db, createPerson, type MfaPerson } from "./fixtures";
import { signIn } from "./fixtures/company";
import { callServerAction } from "./fixtures/server-actions";
import { authenticatorCode } from "./fixtures/totp";
import {
  challengeCookieHeader,
  expectSignedInByLink,
  linkMessages,
  loginLinksTo,
  passwordStep,
  requestLink,
  useLink,
  waitForLoginLinks,
} from "./fixtures/login-link";

/*
 * The login link bound to the challenge that asked for it (issue 10): not usable from
 * another browser that also passed the password step, never consumed by a plain request
 * to Auth.js's callback, one valid link per account, and voided by changes to the way back.
 */

test.describe.configure({ timeout: 90_000 });

type LinkUser = MfaPerson & { backup: string };

async function hasSession(page: Page): Promise<boolean> {
  return (await page.context().cookies()).some((cookie) => cookie.name.includes("session-token"));
}

/** Password step and a link request in `page`; returns the mailed link. */
async function linkAskedIn(page: Page, user: LinkUser): Promise<string> {
  await passwordStep(page, user);
  await requestLink(page);
  const [link] = await waitForLoginLinks(user.backup, 1);
  return link ?? "";
}

/** Signs the user in fully in a second browser and runs `change` there. */
async function elsewhere(browser: Browser, user: LinkUser, change: (page: Page) => Promise<void>): Promise<void> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, user, { code: authenticatorCode(user.key) });
  await change(page);
  await context.close();
}

test("a link requested in one browser is refused in another that has its own challenge for that user", async ({ page, browser }) => {
  const user = await createPerson({ label: "andere-browser", mfa: true, backupPrefix: "reserve" });
  const link = await linkAskedIn(page, user);

  // Someone else with the password has passed the password step too, and has the link.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await passwordStep(otherPage, user);
  await useLink(otherPage, link);
  await expect(otherPage.getByText(linkMessages.noChallenge)).toBeVisible();
  expect(await hasSession(otherPage)).toBe(false);
  await other.close();

  // The refusal burnt nothing: the browser that asked signs in with it.
  expect(await db.verificationToken.count({ where: { identifier: user.email } })).toBe(1);
  await useLink(page, link);
  await expectSignedInByLink(page);
});

test("a GET to the provider callback with a valid token signs nobody in and does not consume the token", async ({ page, playwright }) => {
  const user = await createPerson({ label: "callback-get", mfa: true, backupPrefix: "reserve" });
  const link = await linkAskedIn(page, user);
  const token = new URL(link).searchParams.get("token") ?? "";
  const callback = `/api/auth/callback/resend?${new URLSearchParams({ token, email: user.email, callbackUrl: "/dashboard" })}`;

  // Anyone holding the URL, and even the asking browser itself (its challenge cookie sent along).
  const stranger = await playwright.request.newContext({ baseURL: new URL(link).origin });
  // Redirects followed: another spelling of the path is first normalised by Next.
  const attempts = [
    () => stranger.get(callback),
    () => page.request.get(callback),
    () => page.request.get(callback.replace("/callback/resend", "//callback//resend/")),
    () => page.request.post(callback),
  ];
  for (const attempt of attempts) {
    const response = await attempt();
    expect(response.url()).toMatch(/\/login\/link\?error=crossSite$/);
    expect(response.status()).toBe(200);
  }
  await stranger.dispose();
  expect(await hasSession(page)).toBe(false);
  expect(await db.verificationToken.count({ where: { identifier: user.email } })).toBe(1);
  expect(await db.activityEvent.count({ where: { userId: user.userId, type: "BACKUP_LINK_LOGIN" } })).toBe(0);

  // The proper way, the confirm page's POST, still works afterwards.
  await useLink(page, link);
  await expectSignedInByLink(page);
  expect(await db.verificationToken.count({ where: { identifier: user.email } })).toBe(0);
});

test("two concurrent link requests leave one valid link", async ({ page, request }) => {
  const user = await createPerson({ label: "gelijktijdig", mfa: true, backupPrefix: "reserve" });
  await passwordStep(page, user);
  const cookie = await challengeCookieHeader(page.context());
  const ask = () =>
    callServerAction(request, { path: "/login/verify", filename: "lib/actions/sign-in.ts", exportedName: "requestLoginLinkAction", args: [{}], cookie });
  const answers = await Promise.all([ask(), ask()]);
  for (const answer of answers) expect(answer.status()).toBe(200);

  expect(await db.verificationToken.count({ where: { identifier: user.email } })).toBe(1);
  // Every mailed link but one is refused; the one left signs in.
  const links = await loginLinksTo(user.backup);
  expect(links.length).toBeGreaterThanOrEqual(1);
  let signedIn = 0;
  for (const link of links) {
    await useLink(page, link);
    await expect(page.getByText(linkMessages.invalid).or(page.getByRole("heading", { name: "Ingelogd via de login link" }))).toBeVisible();
    if (/\/mfa\/recovered/.test(page.url())) {
      signedIn++;
      break;
    }
  }
  expect(signedIn).toBe(1);
});

test("after the backup address is removed, the earlier link is refused", async ({ page, browser }) => {
  const user = await createPerson({ label: "link-weg", mfa: true, backupPrefix: "reserve" });
  const link = await linkAskedIn(page, user);

  await elsewhere(browser, user, async (other) => {
    await other.goto("/account/backup");
    const form = other.getByRole("form", { name: "Back-up e-mailadres verwijderen" });
    await form.getByLabel("Code uit uw app of een herstelcode").fill(authenticatorCode(user.key, 1));
    await form.getByRole("button", { name: "Back-up e-mailadres verwijderen" }).click();
    await expect(other.getByText("Uw back-up e-mailadres is verwijderd.")).toBeVisible();
  });

  await useLink(page, link);
  await expect(page.getByText(linkMessages.noChallenge).or(page.getByText(linkMessages.invalid))).toBeVisible();
  expect(await hasSession(page)).toBe(false);
  expect(await db.activityEvent.count({ where: { userId: user.userId, type: "BACKUP_LINK_LOGIN" } })).toBe(0);
});

test("after a password change, the earlier link is refused", async ({ page, browser }) => {
  const user = await createPerson({ label: "link-wachtwoord", mfa: true, backupPrefix: "reserve" });
  const link = await linkAskedIn(page, user);

  await elsewhere(browser, user, async (other) => {
    await other.goto("/account");
    await other.getByLabel("Huidig wachtwoord").fill(user.password);
    await other.getByLabel("Nieuw wachtwoord").fill(`${user.password} en nog wat`);
    await other.getByRole("button", { name: "Wachtwoord wijzigen" }).click();
    await expect.poll(() => db.activityEvent.count({ where: { userId: user.userId, type: "PASSWORD_CHANGED" } })).toBe(1);
  });

  await useLink(page, link);
  await expect(page.getByText(linkMessages.noChallenge).or(page.getByText(linkMessages.invalid))).toBeVisible();
  expect(await hasSession(page)).toBe(false);
});

test("the mailed link carries no e-mail address", async ({ page }) => {
  const user = await createPerson({ label: "geen-adres", mfa: true, backupPrefix: "reserve" });
  const link = await linkAskedIn(page, user);
  const url = new URL(link);
  expect([...url.searchParams.keys()]).toEqual(["token"]);
  expect(decodeURIComponent(link)).not.toContain("@");
  const mail = await db.outboxMail.findFirstOrThrow({ where: { to: user.backup } });
  expect(mail.text).not.toContain(user.email);
  expect(mail.html).not.toContain(user.email);
});
