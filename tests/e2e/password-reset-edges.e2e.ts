import type { Page } from "@playwright/test";
import { test, expect, db, createPerson } from "./fixtures";
import { signIn } from "./fixtures/company";
import { linkIn } from "./fixtures/outbox";
import { authenticatorCode } from "./fixtures/totp";
import { outboxTo } from "./fixtures/login-link";

/*
 * "Wachtwoord vergeten?" around the happy path of backup-link.e2e.ts. The request runs the
 * mail in next/server's after(), which needs a real request: so these parts are tested
 * here, against the server, rather than in vitest.
 */

test.describe.configure({ timeout: 90_000 });

const RESET_SUBJECT = "Nieuw wachtwoord instellen";
const CHANGED_SUBJECT = "Uw wachtwoord is gewijzigd";
const messages = {
  requested: /Als dit e-mailadres bij ons bekend is/,
  invalid: "Deze link is niet (meer) geldig. Vraag een nieuwe link aan.",
  throttled: /U heeft te vaak een link aangevraagd\. Probeer het over \d+ minuten opnieuw\./,
  tooShort: "Dit wachtwoord is te kort: gebruik minimaal 15 tekens.",
  context: "Dit wachtwoord bevat uw naam, uw e-mailadres of de naam van uw bedrijf.",
};

async function requestReset(page: Page, email: string): Promise<void> {
  await page.goto("/forgot-password");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByRole("button", { name: "Link versturen" }).click();
}

/** Every reset link (as a path) mailed to `to`, oldest first, once `count` have arrived. */
async function resetLinks(to: string, count: number): Promise<string[]> {
  const links = async () =>
    (await outboxTo(to)).filter((mail) => mail.subject === RESET_SUBJECT).map((mail) => new URL(linkIn(mail, "/reset-password/")).pathname);
  await expect.poll(async () => (await links()).length, { message: `${count} reset mail(s) to ${to}` }).toBe(count);
  return links();
}

async function setNewPassword(page: Page, link: string, password: string): Promise<void> {
  await page.goto(link);
  await page.getByLabel("Nieuw wachtwoord").fill(password);
  await page.getByRole("button", { name: "Wachtwoord opslaan" }).click();
}

test("a reset link is valid for 30 minutes, and refused after that", async ({ page }) => {
  const user = await createPerson({ label: "reset-verloopt" });
  await requestReset(page, user.email);
  await expect(page.getByText(messages.requested)).toBeVisible();
  const [link] = await resetLinks(user.email, 1);

  const row = await db.emailToken.findFirstOrThrow({ where: { userId: user.userId, purpose: "PASSWORD_RESET" } });
  expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeGreaterThan(30 * 60_000 - 5_000);
  expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeLessThanOrEqual(30 * 60_000 + 5_000);
  // Stored hashed: the token in the link is not in the database.
  expect(link).not.toContain(row.tokenHash);

  await page.goto(link ?? "");
  await expect(page.getByLabel("Nieuw wachtwoord")).toBeVisible();
  await db.emailToken.update({ where: { id: row.id }, data: { expiresAt: new Date(Date.now() - 1_000) } });
  await page.goto(link ?? "");
  await expect(page.getByText(messages.invalid)).toBeVisible();
  await expect(page.getByLabel("Nieuw wachtwoord")).toHaveCount(0);
});

test("a new reset request voids the earlier link", async ({ page }) => {
  const user = await createPerson({ label: "reset-tweemaal" });
  await requestReset(page, user.email);
  await expect(page.getByText(messages.requested)).toBeVisible();
  await resetLinks(user.email, 1);
  await requestReset(page, user.email);
  await expect(page.getByText(messages.requested)).toBeVisible();
  const [first, second] = await resetLinks(user.email, 2);
  expect(second).not.toBe(first);

  await page.goto(first ?? "");
  await expect(page.getByText(messages.invalid)).toBeVisible();
  await setNewPassword(page, second ?? "", "een gloednieuw wachtwoord voor mij");
  await expect(page).toHaveURL(/\/login\?notice=passwordReset/);
});

test("refused new passwords keep the link usable; the accepted one ends every session", async ({ page, browser }) => {
  const user = await createPerson({ label: "reset-sessies", mfa: true });
  // Signed in elsewhere, before the reset.
  const elsewhere = await browser.newContext();
  const other = await elsewhere.newPage();
  await signIn(other, user, { code: authenticatorCode(user.key) });
  const before = (await db.user.findUniqueOrThrow({ where: { id: user.userId }, select: { sessionVersion: true } })).sessionVersion;

  await requestReset(page, user.email);
  await expect(page.getByText(messages.requested)).toBeVisible();
  const [link] = await resetLinks(user.email, 1);

  // With MFA on the minimum is 8; the server still refuses a password made of the e-mail address.
  const local = user.email.split("@")[0] ?? "";
  await setNewPassword(page, link ?? "", `${local} wachtwoord`);
  await expect(page.getByText(messages.context, { exact: false })).toBeVisible();
  await setNewPassword(page, link ?? "", "kort");
  await expect(page.getByText(/Dit wachtwoord is te kort: gebruik minimaal 8 tekens\./)).toBeVisible();
  expect((await db.user.findUniqueOrThrow({ where: { id: user.userId }, select: { sessionVersion: true } })).sessionVersion).toBe(before);

  await setNewPassword(page, link ?? "", "een gloednieuw wachtwoord");
  await expect(page).toHaveURL(/\/login\?notice=passwordReset/);
  expect((await db.user.findUniqueOrThrow({ where: { id: user.userId }, select: { sessionVersion: true } })).sessionVersion).toBe(before + 1);
  await expect.poll(async () => (await outboxTo(user.email)).map((mail) => mail.subject)).toContain(CHANGED_SUBJECT);
  expect(await db.activityEvent.count({ where: { userId: user.userId, type: "PASSWORD_RESET" } })).toBe(1);

  // The other browser's session has ended.
  await other.goto("/dashboard");
  await expect(other).toHaveURL(/\/login/);
  await elsewhere.close();

  // The reset signed nobody in here either.
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login/);
});

test("a too-short password for an account without MFA is refused with the reason", async ({ page }) => {
  const user = await createPerson({ label: "reset-kort" });
  await requestReset(page, user.email);
  await expect(page.getByText(messages.requested)).toBeVisible();
  const [link] = await resetLinks(user.email, 1);
  // Long enough with MFA, too short without it.
  await setNewPassword(page, link ?? "", "negen tekens");
  await expect(page.getByText(messages.tooShort, { exact: false })).toBeVisible();
  expect(await db.emailToken.count({ where: { userId: user.userId, purpose: "PASSWORD_RESET", usedAt: null } })).toBe(1);
});

test("reset requests are throttled per address, with the same answer for an unknown address", async ({ page }) => {
  const user = await createPerson({ label: "reset-vaak" });
  const unknown = `onbekend-${user.email}`;
  for (const email of [user.email, unknown]) {
    for (let request = 1; request <= 5; request++) {
      await requestReset(page, email);
      await expect(page.getByText(messages.requested), `${email} #${request}`).toBeVisible();
    }
    await requestReset(page, email);
    await expect(page.getByText(messages.throttled), email).toBeVisible();
    await expect(page.getByText(messages.requested), email).toHaveCount(0);
  }
  // Five mails for the known address, none for the unknown one; the account itself is not locked.
  await resetLinks(user.email, 5);
  expect(await outboxTo(unknown)).toHaveLength(0);
  await signIn(page, user);
});
