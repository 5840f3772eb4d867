import { test, expect, db, createPerson } from "./fixtures";
import { limits } from "../../lib/limits";
import { signIn } from "./fixtures/company";
import { callServerAction } from "./fixtures/server-actions";
import { authenticatorCode } from "./fixtures/totp";
import {
  LINK_USED_SUBJECT,
  challengeCookieHeader,
  expectSignedInByLink,
  linkButton,
  linkMessages,
  loginLinksTo,
  outboxTo,
  passwordStep,
  requestLink,
  useLink,
  waitForLoginLinks,
} from "./fixtures/login-link";

/*
 * The login link to the backup address, around the happy path of backup-link.e2e.ts:
 * newer links void older ones, cross-site posts, who is offered a link, the rate limit,
 * the authenticator lock, and what the owner sees afterwards.
 */

test.describe.configure({ timeout: 90_000 });

function linkParts(link: string): { token: string } {
  return { token: new URL(link).searchParams.get("token") ?? "" };
}

test("a second request voids the first link; the second one works", async ({ page }) => {
  const user = await createPerson({ label: "tweede-link", mfa: true, backupPrefix: "reserve" });
  await passwordStep(page, user);
  await requestLink(page);
  const [first] = await waitForLoginLinks(user.backup, 1);
  // Auth.js keeps one hashed row, valid for ten minutes (never longer).
  const row = await db.verificationToken.findFirstOrThrow({ where: { identifier: user.email } });
  expect(row.token).not.toBe(linkParts(first ?? "").token);
  expect(row.expires.getTime() - Date.now()).toBeGreaterThan(9 * 60_000);
  expect(row.expires.getTime() - Date.now()).toBeLessThanOrEqual(10 * 60_000);

  await linkButton(page).click();
  const links = await waitForLoginLinks(user.backup, 2);
  const second = links[1] ?? "";
  expect(second).not.toBe(first);
  await expect.poll(() => db.verificationToken.count({ where: { identifier: user.email } })).toBe(1);

  await useLink(page, first ?? "");
  await expect(page.getByText(linkMessages.invalid)).toBeVisible();
  await expect(page).toHaveURL(/\/login\/link\?error=invalid$/);
  // The refusal came before Auth.js: the newer link's row is untouched.
  expect(await db.verificationToken.count({ where: { identifier: user.email } })).toBe(1);

  await useLink(page, second);
  await expectSignedInByLink(page);
  expect(await db.verificationToken.count({ where: { identifier: user.email } })).toBe(0);
});

test("a link older than ten minutes is refused and signs nobody in", async ({ page }) => {
  const user = await createPerson({ label: "verlopen-link", mfa: true, backupPrefix: "reserve" });
  await passwordStep(page, user);
  await requestLink(page);
  const [link] = await waitForLoginLinks(user.backup, 1);
  await db.verificationToken.updateMany({ where: { identifier: user.email }, data: { expires: new Date(Date.now() - 1_000) } });

  await useLink(page, link ?? "");
  await expect(page.getByText(linkMessages.invalid)).toBeVisible();
  expect((await page.context().cookies()).some((cookie) => cookie.name.includes("session-token"))).toBe(false);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login/);
  expect(await db.activityEvent.count({ where: { userId: user.userId, type: "BACKUP_LINK_LOGIN" } })).toBe(0);
});

test("a sign-in by link is in the activity log, and the owner sees it under Medewerkers", async ({ page, browser }) => {
  const owner = await createPerson({ label: "eigenaar", mfa: true });
  const employee = await createPerson({ companyId: owner.companyId, mfa: true, label: "linkgebruiker", backupPrefix: "reserve" });
  const backup = employee.backup;

  await passwordStep(page, employee);
  await requestLink(page);
  const [link] = await waitForLoginLinks(backup, 1);
  await useLink(page, link ?? "");
  await expectSignedInByLink(page);

  const events = await db.activityEvent.findMany({ where: { userId: employee.userId }, select: { type: true, detail: true, companyId: true } });
  expect(events).toContainEqual({ type: "BACKUP_LINK_LOGIN", detail: null, companyId: owner.companyId });
  expect(events).toContainEqual({ type: "LOGIN_SUCCEEDED", detail: "email", companyId: owner.companyId });
  expect(events.filter((event) => event.type === "BACKUP_LINK_LOGIN")).toHaveLength(1);
  // The login address is told (never the backup address only).
  await expect.poll(async () => (await outboxTo(employee.email)).map((mail) => mail.subject)).toEqual([LINK_USED_SUBJECT]);

  // The employee's own "Mijn login" lists it…
  await page.goto("/account");
  await expect(page.getByRole("list", { name: "Recente beveiligingsactiviteit" })).toContainText("Ingelogd via login link");

  // …and so does the owner's "Medewerkers", next to the employee's name.
  const ownerContext = await browser.newContext();
  const ownerPage = await ownerContext.newPage();
  await signIn(ownerPage, owner, { code: authenticatorCode(owner.key) });
  await ownerPage.getByRole("link", { name: "Medewerkers" }).first().click();
  await expect(ownerPage).toHaveURL(/\/employees/);
  const entry = ownerPage
    .getByRole("list", { name: "Recente beveiligingsactiviteit" })
    .getByRole("listitem")
    .filter({ hasText: "Ingelogd via login link" });
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText(employee.name);
  await ownerContext.close();
});

test("a cross-site POST to /api/login-link is refused and does not use up the link", async ({ page }) => {
  const user = await createPerson({ label: "crosssite", mfa: true, backupPrefix: "reserve" });
  await passwordStep(page, user);
  await requestLink(page);
  const [link] = await waitForLoginLinks(user.backup, 1);
  const form = linkParts(link ?? "");

  // page.request carries this browser's cookies (its challenge), as a forged form post would.
  const forgeries: Record<string, string>[] = [
    { Origin: "https://evil.example" },
    { Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" },
    { Origin: "null" },
    { "Sec-Fetch-Site": "same-site" },
    {},
  ];
  for (const headers of forgeries) {
    const response = await page.request.post("/api/login-link", { form, headers, maxRedirects: 0 });
    const label = JSON.stringify(headers);
    expect(response.status(), label).toBe(303);
    expect(response.headers().location, label).toMatch(/\/login\/link\?error=crossSite$/);
    expect((await page.context().cookies()).some((cookie) => cookie.name.includes("session-token")), label).toBe(false);
  }
  expect(await db.verificationToken.count({ where: { identifier: user.email } })).toBe(1);
  expect(await db.activityEvent.count({ where: { userId: user.userId, type: "BACKUP_LINK_LOGIN" } })).toBe(0);

  await page.goto("/login/link?error=crossSite");
  await expect(page.getByText(linkMessages.crossSite)).toBeVisible();

  // The real browser can still use it.
  await useLink(page, link ?? "");
  await expectSignedInByLink(page);
});

test("no link is offered, or sent, for a user without a confirmed backup address", async ({ page, request }) => {
  const user = await createPerson({ label: "geen-backup", mfa: true });
  await passwordStep(page, user);
  await expect(page.getByLabel("Verificatiecode")).toBeVisible();
  await expect(page.getByRole("heading", { name: linkMessages.offerTitle })).toHaveCount(0);
  await expect(linkButton(page)).toHaveCount(0);

  // The server action itself refuses, with this browser's own challenge.
  const cookie = await challengeCookieHeader(page.context());
  const answer = await callServerAction(request, {
    path: "/login/verify",
    filename: "lib/actions/sign-in.ts",
    exportedName: "requestLoginLinkAction",
    args: [{}],
    cookie,
  });
  expect(await answer.text()).toContain("link.noBackup");

  // So does Auth.js's own endpoint, asked directly (the signIn callback is the gate).
  const csrf = await page.request.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const direct = await page.request.post("/api/auth/signin/resend", {
    form: { email: user.email, csrfToken, callbackUrl: "/dashboard" },
    maxRedirects: 0,
  });
  expect(direct.status()).toBeGreaterThanOrEqual(300);
  expect(direct.headers().location ?? "").not.toMatch(/\/login\/verify(\?|$)/);

  expect(await db.verificationToken.count({ where: { identifier: user.email } })).toBe(0);
  expect(await db.outboxMail.count({ where: { subject: { contains: "login link" }, to: { contains: user.email } } })).toBe(0);
  // The attempt left the browser's challenge usable for a code.
  await page.getByLabel("Verificatiecode").fill(authenticatorCode(user.key));
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
});

test("Auth.js's sign-in endpoint sends no link to a browser without the password step", async ({ page }) => {
  const user = await createPerson({ label: "zonder-wachtwoord", mfa: true, backupPrefix: "reserve" });
  const csrf = await page.request.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const direct = await page.request.post("/api/auth/signin/resend", {
    form: { email: user.email, csrfToken, callbackUrl: "/dashboard" },
    maxRedirects: 0,
  });
  expect(direct.status()).toBeGreaterThanOrEqual(300);
  expect(await db.verificationToken.count({ where: { identifier: user.email } })).toBe(0);
  expect(await loginLinksTo(user.backup)).toHaveLength(0);
  // Link requests are counted per challenge: without a password step there is none to count.
  expect(await db.loginChallenge.count({ where: { userId: user.userId } })).toBe(0);
});

test("after three link requests in one sign-in the fourth is refused with “te vaak”; the third link still works", async ({ page }) => {
  const user = await createPerson({ label: "te-vaak", mfa: true, backupPrefix: "reserve" });
  await passwordStep(page, user);
  const perChallenge = limits.loginLinkPerChallenge.limit;
  for (let request = 1; request <= perChallenge; request++) {
    await linkButton(page).click();
    await waitForLoginLinks(user.backup, request);
  }
  await expect(page.getByRole("alert").filter({ hasText: /te vaak/ })).toHaveCount(0);

  await linkButton(page).click();
  await expect(page.getByRole("alert").filter({ hasText: linkMessages.throttled })).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: linkMessages.throttled })).toContainText(/over (9|10) minuten/);
  expect(await loginLinksTo(user.backup)).toHaveLength(perChallenge);

  // The refusal voided nothing: the newest link signs in.
  const links = await loginLinksTo(user.backup);
  await useLink(page, links[perChallenge - 1] ?? "");
  await expectSignedInByLink(page);
});

test("the link works while the authenticator is locked, and lifts the lock", async ({ page }) => {
  const user = await createPerson({ label: "op-slot", mfa: true, backupPrefix: "reserve" });
  const lockedUntil = new Date(Date.now() + 15 * 60_000);
  await db.user.update({ where: { id: user.userId }, data: { secondFactorLockedUntil: lockedUntil, secondFactorFailures: 10 } });

  await passwordStep(page, user);
  // A correct code is refused during the lock…
  await page.getByLabel("Verificatiecode").fill(authenticatorCode(user.key));
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByText(/Door te veel onjuiste codes is inloggen met de app geblokkeerd tot/)).toBeVisible();
  await expect(page).toHaveURL(/\/login\/verify/);

  // …the login link is not.
  await requestLink(page);
  const [link] = await waitForLoginLinks(user.backup, 1);
  await useLink(page, link ?? "");
  await expectSignedInByLink(page);
  await expect
    .poll(() => db.user.findUniqueOrThrow({ where: { id: user.userId }, select: { secondFactorLockedUntil: true, secondFactorFailures: true } }))
    .toEqual({ secondFactorLockedUntil: null, secondFactorFailures: 0 });
});
