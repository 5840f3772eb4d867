import type { Browser, Page } from "@playwright/test";
import { test, expect, db, register, login, signOut, type Account } from "./fixtures";
import { authenticatorCode } from "./fixtures/totp";

/*
 * docs/SECURITY.md, "Sessions": a session cookie copied before "Uitloggen" is refused
 * after it; a session past its absolute end is refused; ending one session on "Mijn login"
 * signs out that browser only. The attacker's copy is replayed as a raw Cookie header.
 */

async function sessionCookie(page: Page): Promise<string> {
  const cookies = await page.context().cookies();
  const session = cookies.find((cookie) => cookie.name.includes("session-token"));
  if (!session) throw new Error("this browser has no session");
  return `${session.name}=${session.value}`;
}

/** The same person signed in from a second browser. */
async function secondBrowser(browser: Browser, account: Account) {
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await login(otherPage, account.email, account.password);
  await expect(otherPage).toHaveURL(/\/dashboard$/);
  return { other, otherPage };
}

test("a session cookie copied before Uitloggen is refused after it, also by /api/auth/session", async ({ page, account }) => {
  await register(page, account);
  const copied = await sessionCookie(page);
  const asCopy = { headers: { Cookie: copied }, maxRedirects: 0 };
  expect((await page.request.get("/api/account/activity", asCopy)).status()).toBe(200);

  await signOut(page);
  expect((await page.request.get("/api/account/activity", asCopy)).status()).toBe(401);
  const dashboard = await page.request.get("/dashboard", asCopy);
  expect(dashboard.status()).toBeGreaterThanOrEqual(300);
  expect(dashboard.headers().location ?? "").toMatch(/\/login/);
  // Auth.js's own session endpoint neither shows nor renews it.
  const session = await page.request.get("/api/auth/session", asCopy);
  expect(await session.json()).toBeNull();
});

test("a session past its absolute end is refused, however recently it was renewed", async ({ page, account }) => {
  await register(page, account);
  const copied = await sessionCookie(page);
  const user = await db.user.findUniqueOrThrow({ where: { email: account.email } });
  await db.signInSession.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
  expect((await page.request.get("/api/account/activity", { headers: { Cookie: copied } })).status()).toBe(401);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login/);
});

test("ending one session on Mijn login signs out that browser only", async ({ page, account, browser }) => {
  await register(page, account);
  const { other, otherPage } = await secondBrowser(browser, account);

  await page.goto("/account");
  const list = page.getByRole("list", { name: "Waar u bent ingelogd" });
  await expect(list.getByRole("listitem")).toHaveCount(2);
  await expect(list.getByText("Deze browser")).toBeVisible();
  await list.getByRole("button", { name: /^Beëindigen/ }).click();
  await expect(list.getByRole("listitem")).toHaveCount(1);

  await otherPage.goto("/account");
  await expect(otherPage).toHaveURL(/\/login/);
  await page.goto("/account");
  await expect(page.getByRole("heading", { name: "Mijn login" })).toBeVisible();
  await other.close();
});

test("two browsers of one user on the setup page get different keys; neither confirms the other's", async ({ page, account, browser }) => {
  await register(page, account);
  const { other, otherPage } = await secondBrowser(browser, account);

  await page.goto("/mfa/setup");
  await otherPage.goto("/mfa/setup");
  const key = (await page.getByTestId("setup-key").textContent()) ?? "";
  const otherKey = (await otherPage.getByTestId("setup-key").textContent()) ?? "";
  expect(key).toMatch(/^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$/);
  expect(otherKey).not.toBe(key);

  // The second browser types a valid code for the first browser's key: refused.
  await otherPage.getByLabel("Verificatiecode").fill(authenticatorCode(key));
  await otherPage.getByRole("button", { name: "Bevestigen en opslaan" }).click();
  await expect(otherPage.getByText(/Deze code klopt niet/)).toBeVisible();
  const user = await db.user.findUniqueOrThrow({ where: { email: account.email } });
  expect(await db.totpCredential.count({ where: { userId: user.id, confirmedAt: { not: null } } })).toBe(0);
  await other.close();
});
