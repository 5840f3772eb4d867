import type { Page } from "@playwright/test";
import { test, expect, db, createPerson, type MfaPerson } from "./fixtures";
import { authenticatorCode } from "./fixtures/totp";
import { latestMail, linkIn } from "./fixtures/outbox";
import { formatDateTime } from "@/lib/i18n/dates";

async function passwordStep(page: Page, user: { email: string; password: string }) {
  await page.goto("/login");
  await page.getByLabel("E-mailadres").fill(user.email);
  await page.getByLabel("Wachtwoord").fill(user.password);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).toHaveURL(/\/login\/verify/);
}

async function signInWithCode(page: Page, user: MfaPerson, offset = 0) {
  await passwordStep(page, user);
  await page.getByLabel("Verificatiecode").fill(authenticatorCode(user.key, offset));
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
}

/** Sets a confirmed backup address through the UI, as the user would. */
async function setBackupAddress(page: Page, user: MfaPerson, backup: string) {
  await page.goto("/account");
  await page.getByRole("link", { name: "Backup instellingen invoeren" }).click();
  const form = page.getByRole("form", { name: "Backup instellingen invoeren" });

  // The login address itself is refused, also in another spelling.
  await form.getByLabel("Back-up e-mailadres").fill(`  ${user.email.toUpperCase()} `);
  await form.getByLabel("Code uit uw app of een herstelcode").fill(user.recoveryCodes[9]!);
  await form.getByRole("button", { name: "Bevestigingslink versturen" }).click();
  await expect(page.getByText("Kies een ander e-mailadres dan het adres waarmee u inlogt.")).toBeVisible();

  await form.getByLabel("Back-up e-mailadres").fill(backup);
  await form.getByLabel("Code uit uw app of een herstelcode").fill(authenticatorCode(user.key, 1));
  await form.getByRole("button", { name: "Bevestigingslink versturen" }).click();
  await expect(page.getByText(`We hebben een bevestigingslink gestuurd naar ${backup}.`)).toBeVisible();
  await expect(page.getByText(/Wacht op bevestiging/)).toBeVisible();

  const mail = await latestMail(backup, /bevestig/i);
  await page.goto(linkIn(mail, "/backup/confirm/"));
  await page.getByRole("button", { name: "Bevestigen" }).click();
  await expect(page.getByText("Uw back-up e-mailadres is bevestigd.")).toBeVisible();
  await page.goto("/account");
  await expect(page.getByText(backup, { exact: true })).toBeVisible();
}

test("backup address and the login link, end to end", async ({ page, browser }) => {
  const user = await createPerson({ label: "backup", mfa: true });
  const backup = `reserve-${user.email}`;
  await signInWithCode(page, user);
  await setBackupAddress(page, user, backup);
  await page.context().clearCookies();

  // Password step, then "Geen toegang tot uw telefoon?"
  await passwordStep(page, user);
  await expect(page.getByRole("heading", { name: "Geen toegang tot uw telefoon?" })).toBeVisible();
  await page.getByRole("button", { name: /^Stuur een login link naar r\*\*\*/ }).click();
  await expect(page.getByText(/We hebben een login link gestuurd naar/)).toBeVisible();

  const mail = await latestMail(backup, /login link/i);
  expect(await db.outboxMail.count({ where: { to: user.email, subject: mail.subject } })).toBe(0);
  const link = linkIn(mail, "/login/link?");

  // A plain GET (a mail scanner) signs nobody in and consumes nothing.
  const scanner = await page.request.get(link);
  expect(scanner.status()).toBe(200);
  expect(scanner.headers()["referrer-policy"]).toBe("no-referrer");

  // Another browser: refused with a clear message, and the link stays good for the right one.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await otherPage.goto(link);
  await otherPage.getByRole("button", { name: "Doorgaan met inloggen" }).click();
  await expect(otherPage.getByText(/werkt alleen in de browser waarin u uw wachtwoord heeft ingevuld/)).toBeVisible();
  await other.close();

  await page.goto(link);
  await page.getByRole("button", { name: "Doorgaan met inloggen" }).click();
  await expect(page).toHaveURL(/\/mfa\/recovered\?via=email$/);
  await expect(page.getByRole("heading", { name: "Ingelogd via de login link" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Nieuwe telefoon instellen" })).toBeVisible();
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: /Welkom/ })).toBeVisible();
  // "Vorige keer ingelogd" is the sign-in with the code: the link's own sign-in was recorded
  // before its session opened, as the code's was.
  const [, before] = await db.activityEvent.findMany({
    where: { userId: user.userId, type: "LOGIN_SUCCEEDED" },
    orderBy: { createdAt: "desc" },
    take: 2,
  });
  expect(before).toBeDefined();
  await expect(page.getByText(formatDateTime(before?.createdAt ?? new Date(0), "nl"), { exact: true })).toBeVisible();

  // The login address was told, and the activity log has it.
  await latestMail(user.email, /login link/i);
  expect(await db.activityEvent.count({ where: { userId: user.userId, type: "BACKUP_LINK_LOGIN" } })).toBe(1);

  // The same link a second time: refused.
  await page.goto(link);
  await page.getByRole("button", { name: "Doorgaan met inloggen" }).click();
  await expect(page.getByText(/werkt alleen in de browser|niet meer geldig/)).toBeVisible();
});

test("password reset end to end, and the second factor is still asked", async ({ page }) => {
  const user = await createPerson({ label: "reset", mfa: true });
  await page.goto("/login");
  await page.getByRole("link", { name: "Wachtwoord vergeten?" }).click();
  await expect(page.getByRole("heading", { name: "Wachtwoord vergeten" })).toBeVisible();
  await page.getByLabel("E-mailadres").fill(user.email);
  await page.getByRole("button", { name: "Link versturen" }).click();
  const answer = "Als dit e-mailadres bij ons bekend is";
  await expect(page.getByText(new RegExp(answer))).toBeVisible();

  // Unknown address: the very same answer.
  await page.goto("/forgot-password");
  await page.getByLabel("E-mailadres").fill(`onbekend-${user.email}`);
  await page.getByRole("button", { name: "Link versturen" }).click();
  await expect(page.getByText(new RegExp(answer))).toBeVisible();

  const mail = await latestMail(user.email, /wachtwoord/i);
  const link = linkIn(mail, "/reset-password/");
  await page.goto(link);
  const newPassword = "een gloednieuw wachtwoord";
  await page.getByLabel("Nieuw wachtwoord").fill(newPassword);
  await page.getByRole("button", { name: "Wachtwoord opslaan" }).click();
  await expect(page).toHaveURL(/\/login\?notice=passwordReset/);

  // The link works once.
  await page.goto(link);
  await expect(page.getByText("Deze link is niet (meer) geldig.", { exact: false })).toBeVisible();

  await page.goto("/login");
  await page.getByLabel("E-mailadres").fill(user.email);
  await page.getByLabel("Wachtwoord").fill(newPassword);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).toHaveURL(/\/login\/verify/);
  await page.getByLabel("Verificatiecode").fill(authenticatorCode(user.key));
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
});
