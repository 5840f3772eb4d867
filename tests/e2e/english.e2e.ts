import type { Page } from "@playwright/test";
import { test, expect, db, createPerson, newAccount } from "./fixtures";
import { latestMail, linkIn } from "./fixtures/outbox";
import { authenticatorCode } from "./fixtures/totp";
import { newPersonContext, newestInvitationLink, PASSWORD_STEP_TIMEOUT, signIn } from "./fixtures/company";

/*
 * Issue 13: the whole journey in English (register, enrol, sign out, sign in with a code,
 * with a recovery code, with the sign-in link), every page and mail in English, while a
 * Dutch employee of the same company keeps getting Dutch. The browser asks for Dutch
 * (playwright.config.ts), so English here is the person's choice, not the browser's.
 */

// Words that only a Dutch page says; "Tweestap" and the people's names are the same in both.
const DUTCH = /\b(Inloggen|inloggen|Uitloggen|Wachtwoord|wachtwoord|Medewerkers?|herstelcodes?|Herstelcode|uw|Uw|het|niet|een)\b/;

/** The page declares English and shows no Dutch. */
async function expectEnglish(page: Page): Promise<void> {
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.locator("body")).not.toHaveText(DUTCH);
  expect(await page.title()).not.toMatch(DUTCH);
}

/** The newest mail to `to` whose subject matches, checked to be English throughout. */
async function englishMail(to: string, subject: RegExp) {
  const mail = await latestMail(to, subject);
  expect(mail.html).toContain('<html lang="en">');
  expect(`${mail.subject}\n${mail.text}`).not.toMatch(DUTCH);
  return mail;
}

async function passwordStep(page: Page, person: { email: string; password: string }): Promise<void> {
  await page.goto("/login");
  await expectEnglish(page);
  await page.getByLabel("E-mail address").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/login\/verify/, { timeout: PASSWORD_STEP_TIMEOUT });
  await expect(page.getByRole("heading", { name: "Verification code", level: 1 })).toBeVisible();
  await expectEnglish(page);
}

async function signOutInEnglish(page: Page): Promise<void> {
  const menu = page.getByRole("button", { name: "Open menu" });
  if (await menu.isVisible()) await menu.click();
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("heading", { name: "Sign in", level: 1 })).toBeVisible();
  await expectEnglish(page);
}

/** "Create an account", chosen in English with the switch, and the mailed activation link. */
async function registerInEnglish(page: Page, account: ReturnType<typeof newAccount>): Promise<void> {
  await page.goto("/register");
  await expect(page.getByRole("heading", { name: "Account aanmaken", level: 1 })).toBeVisible();
  await page.getByRole("navigation", { name: "Taal" }).getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { name: "Create an account", level: 1 })).toBeVisible();
  await expectEnglish(page);
  await page.getByLabel("Company name").fill(account.companyName);
  await page.getByLabel("Your name").fill(account.name);
  await page.getByLabel("E-mail address").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Check your e-mail" })).toBeVisible({ timeout: PASSWORD_STEP_TIMEOUT });
  await expectEnglish(page);

  const mail = await englishMail(account.email, /^Activate your Tweestap account$/);
  await page.goto(linkIn(mail, "/register/confirm/"));
  await expectEnglish(page);
  await page.getByRole("button", { name: "Activate account" }).click();
  await expect(page).toHaveURL(/\/dashboard$/, { timeout: PASSWORD_STEP_TIMEOUT });
  await expectEnglish(page);
}

/** Turns on the authenticator app from "My login"; returns its key and the recovery codes. */
async function enrolInEnglish(page: Page): Promise<{ key: string; codes: string[] }> {
  await page.getByRole("navigation").getByRole("link", { name: "My login" }).click();
  await expect(page.getByRole("heading", { name: "My login", level: 1 })).toBeVisible();
  await expect(page.getByRole("radio", { name: "English" })).toBeChecked();
  await expectEnglish(page);
  await page.getByRole("link", { name: "Turn on authenticator app" }).click();
  await expect(page.getByRole("heading", { name: "Turn on authenticator app", level: 1 })).toBeVisible();
  await expect(page.getByRole("img", { name: /QR code/ })).toBeVisible();
  await expectEnglish(page);
  const key = ((await page.getByTestId("setup-key").textContent()) ?? "").trim();
  await page.getByLabel("Verification code").fill(authenticatorCode(key));
  await page.getByRole("button", { name: "Confirm and save" }).click();
  await expect(page.getByText("Multi-factor authentication is on.")).toBeVisible();
  const codes = await page.getByRole("list", { name: "Your recovery codes" }).getByRole("listitem").allTextContents();
  expect(codes).toHaveLength(10);
  await expectEnglish(page);
  await page.getByLabel("I have saved my recovery codes safely").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByText("10 of your 10 recovery codes are still unused.")).toBeVisible();
  return { key, codes };
}

/** A confirmed backup address, proven with a recovery code (the app's codes are kept for signing in). */
async function setBackupInEnglish(page: Page, backup: string, recoveryCode: string): Promise<void> {
  await page.getByRole("link", { name: "Backup settings" }).click();
  await expectEnglish(page);
  const form = page.getByRole("form", { name: "Backup settings" });
  await form.getByLabel("Backup e-mail address").fill(backup);
  await form.getByLabel("Code from your app or a recovery code").fill(recoveryCode);
  await form.getByRole("button", { name: "Send confirmation link" }).click();
  await expect(page.getByText(`We have sent a confirmation link to ${backup}.`)).toBeVisible();
  const mail = await englishMail(backup, /^Confirm your backup e-mail address$/);
  await page.goto(linkIn(mail, "/backup/confirm/"));
  await expectEnglish(page);
  await page.getByRole("button", { name: "Confirm" }).click();
  await expect(page.getByText("Your backup e-mail address is confirmed.")).toBeVisible();
  await page.goto("/account");
  await expect(page.getByText(backup, { exact: true })).toBeVisible();
  await expectEnglish(page);
}

test("the English journey: register, enrol, and every way back in; a Dutch colleague stays Dutch", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const account = newAccount("english");
  const backup = `reserve-${account.email}`;

  await registerInEnglish(page, account);
  const { key, codes } = await enrolInEnglish(page);
  await englishMail(account.email, /^Multi-factor authentication is on$/);
  await setBackupInEnglish(page, backup, codes[9]!);

  // Sign out, and back in with the code the app shows (the next step: the last one is used).
  await signOutInEnglish(page);
  await passwordStep(page, account);
  await page.getByLabel("Verification code").fill(authenticatorCode(key, 1));
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { name: `Welcome, ${account.name}` })).toBeVisible();
  await expectEnglish(page);

  // With a recovery code.
  await signOutInEnglish(page);
  await passwordStep(page, account);
  await page.getByRole("link", { name: "Use a recovery code" }).click();
  await expectEnglish(page);
  await page.getByLabel("Recovery code").fill(codes[0]!);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/mfa\/recovered$/);
  await expect(page.getByRole("heading", { name: "Signed in with a recovery code" })).toBeVisible();
  await expectEnglish(page);
  await englishMail(account.email, /^A recovery code has been used$/);

  // With the sign-in link to the backup address.
  await signOutInEnglish(page);
  await passwordStep(page, account);
  await expect(page.getByRole("heading", { name: "Can't get to your phone?" })).toBeVisible();
  await page.getByRole("button", { name: /^Send a sign-in link to / }).click();
  await expect(page.getByText(/We have sent a sign-in link to/)).toBeVisible();
  const linkMail = await englishMail(backup, /^Your sign-in link for Tweestap$/);
  await page.goto(linkIn(linkMail, "/login/link?"));
  await expectEnglish(page);
  await page.getByRole("button", { name: "Continue signing in" }).click();
  await expect(page).toHaveURL(/\/mfa\/recovered\?via=email$/);
  await expect(page.getByRole("heading", { name: "Signed in with the sign-in link" })).toBeVisible();
  await expectEnglish(page);
  await englishMail(account.email, /^Someone signed in with a sign-in link$/);

  // Every mail this person got was English.
  const mails = await db.outboxMail.findMany({ where: { to: { in: [account.email, backup] } } });
  expect(mails.length).toBeGreaterThanOrEqual(6);
  for (const mail of mails) expect(mail.html, mail.subject).toContain('<html lang="en">');

  // The English owner invites someone: the invitation is in the owner's language.
  const colleague = newAccount("collega");
  await page.getByRole("navigation").getByRole("link", { name: "Employees" }).click();
  await expectEnglish(page);
  await page.getByLabel("Employee's e-mail address").fill(colleague.email);
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText(`Invitation sent to ${colleague.email}.`)).toBeVisible();
  await englishMail(colleague.email, new RegExp(`^${account.name} invites you to ${account.companyName}$`));

  // The colleague's browser reads Dutch, so the invitation page and the account are Dutch...
  const dutchContext = await newPersonContext(browser);
  const dutchPage = await dutchContext.newPage();
  await dutchPage.goto(await newestInvitationLink(colleague.email));
  await expect(dutchPage.getByRole("heading", { name: "Uitnodiging accepteren", level: 1 })).toBeVisible();
  await expect(dutchPage.locator("html")).toHaveAttribute("lang", "nl");
  await dutchPage.getByLabel("Uw naam").fill(colleague.name);
  await dutchPage.getByLabel("Wachtwoord").fill(colleague.password);
  await dutchPage.getByRole("button", { name: "Account maken" }).click();
  await expect(dutchPage).toHaveURL(/\/dashboard$/, { timeout: PASSWORD_STEP_TIMEOUT });
  await expect(dutchPage.getByRole("navigation").getByRole("link", { name: "Mijn login" })).toBeVisible();
  await dutchContext.close();

  // ...and the owner's reminder reaches them in Dutch, while the owner's page stays English.
  await page.reload();
  await page.getByRole("button", { name: "Send a reminder to employees without an authenticator app" }).click();
  await expect(page.getByText(/1 reminder\(s\) sent/)).toBeVisible();
  await expectEnglish(page);
  const reminder = await latestMail(colleague.email, /^Herinnering: stel multifactor authenticatie in$/);
  expect(reminder.html).toContain('<html lang="nl">');
  expect(reminder.text).toContain(`Beste ${colleague.name},`);
});

test("a browser that asks for English gets English, until the switch says Dutch", async ({ browser }) => {
  const context = await browser.newContext({ locale: "en-GB" });
  const page = await context.newPage();
  await page.goto("/login");
  await expect(page.getByRole("heading", { name: "Sign in", level: 1 })).toBeVisible();
  await expectEnglish(page);
  await expect(page.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");

  await page.getByRole("button", { name: "Nederlands" }).click();
  await expect(page.getByRole("heading", { name: "Inloggen", level: 1 })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  // The choice is remembered: the next page, and the next visit, stay Dutch.
  await page.goto("/register");
  await expect(page.getByRole("heading", { name: "Account aanmaken", level: 1 })).toBeVisible();
  await context.close();
});

test("choosing English on Mijn login changes the pages, the stored choice and the sign-in page after", async ({ page }) => {
  const person = await createPerson({ label: "taal" });
  await signIn(page, person);
  await page.goto("/account");
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  await page.getByRole("radio", { name: "English" }).check();
  await page.getByRole("button", { name: "Taal opslaan" }).click();
  await expect(page.getByText("Your language has been saved.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "My login", level: 1 })).toBeVisible();
  await expectEnglish(page);
  expect((await db.user.findUniqueOrThrow({ where: { id: person.id } })).locale).toBe("en");

  await signOutInEnglish(page);
});
