import type { Browser, Page } from "@playwright/test";
import { test, expect, db, backupAddressFor, createPerson } from "./fixtures";
import { cookieHeader, signIn } from "./fixtures/company";
import { latestMail, linkIn } from "./fixtures/outbox";
import { callServerAction } from "./fixtures/server-actions";
import { authenticatorCode } from "./fixtures/totp";
import {
  BACKUP_CHANGED_SUBJECT,
  BACKUP_REMOVED_SUBJECT,
  BACKUP_CONFIRM_SUBJECT,
  challengeCookieHeader,
  linkButton,
  linkMessages,
  outboxTo,
  passwordStep,
  subjectsTo,
} from "./fixtures/login-link";
import { wrongCodeAt } from "../support/rfc6238";
import { maskEmail } from "../../lib/validation/email";

/*
 * "Backup instellingen invoeren" around the happy path of backup-link.e2e.ts: which
 * addresses are refused, what "waiting for confirmation" means, the proof a change needs,
 * who is told, and removal. Every refusal is checked in the database as well.
 */

test.describe.configure({ timeout: 90_000 });

const messages = {
  sameAsLogin: "Kies een ander e-mailadres dan het adres waarmee u inlogt.",
  sameAsCurrent: "Dit is al uw back-up e-mailadres.",
  invalidEmail: "Vul een geldig e-mailadres in, zoals naam@bedrijf.nl, met alleen gewone letters, cijfers en leestekens.",
  wrongPassword: "Het wachtwoord klopt niet.",
  wrongCode: "Deze code klopt niet.",
  codeRequired: "Vul eerst een code uit uw authenticator app of een herstelcode in.",
  none: "Nog geen back-up e-mailadres ingesteld.",
  removed: "Uw back-up e-mailadres is verwijderd.",
  confirmed: "Uw back-up e-mailadres is bevestigd.",
};

const BACKUP_ACTIONS = "lib/actions/backup.ts";

function requestForm(page: Page) {
  return page.getByRole("form", { name: "Backup instellingen invoeren" });
}

function removeForm(page: Page) {
  return page.getByRole("form", { name: "Back-up e-mailadres verwijderen" });
}

async function openBackupSettings(page: Page): Promise<void> {
  await page.goto("/account");
  await page.getByRole("link", { name: "Backup instellingen invoeren" }).click();
  await expect(page).toHaveURL(/\/account\/backup$/);
}

/**
 * Fills and sends the form. Unless the browser itself refuses the address, an earlier
 * answer's field errors must be gone (re-validated on change) before sending, so the
 * next assertion can only see the answer to this submission.
 */
async function submitBackup(page: Page, address: string, proofLabel: string, proof: string, { browserRefuses = false } = {}): Promise<void> {
  const form = requestForm(page);
  await form.getByLabel("Back-up e-mailadres").fill(address);
  await form.getByLabel(proofLabel).fill(proof);
  if (!browserRefuses) await expect(form.locator("[aria-invalid=true]")).toHaveCount(0);
  await form.getByRole("button", { name: "Bevestigingslink versturen" }).click();
}

/** The confirmation link from the newest confirmation mail, clicked in a browser without a session. */
async function confirmFromMailbox(browser: Browser, address: string): Promise<void> {
  const mail = await latestMail(address, /bevestig/i);
  const mailbox = await browser.newContext();
  const page = await mailbox.newPage();
  await page.goto(linkIn(mail, "/backup/confirm/"));
  await page.getByRole("button", { name: "Bevestigen" }).click();
  await expect(page.getByText(messages.confirmed)).toBeVisible();
  await mailbox.close();
}

async function backupState(userId: string) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { backupEmail: true, backupEmailConfirmedAt: true } });
  const pending = await db.emailToken.count({ where: { userId, purpose: "BACKUP_EMAIL_CONFIRM", usedAt: null } });
  return { backupEmail: user.backupEmail, confirmed: user.backupEmailConfirmedAt !== null, pending };
}

/** Cyrillic а/е/о/р/с (U+0430, U+0435, U+043E, U+0440, U+0441) for their Latin twins. */
function cyrillicLookAlike(address: string): string {
  const twins: Record<string, string> = { a: "\u0430", e: "\u0435", o: "\u043e", p: "\u0440", c: "\u0441" };
  return address.replace(/[aeopc]/g, (char) => twins[char] ?? char);
}

test("the login address in another spelling and look-alike addresses are refused, in the form and over HTTP", async ({ page, request }) => {
  const user = await createPerson({ label: "lookalike" });
  const [local = "", domain = ""] = user.email.split("@");
  await signIn(page, user);
  await openBackupSettings(page);
  const form = requestForm(page);
  const emailError = form.getByText(messages.invalidEmail);

  // Case and spaces do not make it another address.
  await submitBackup(page, ` ${user.email.toUpperCase()}  `, "Uw wachtwoord", user.password);
  await expect(form.getByText(messages.sameAsLogin)).toBeVisible();
  await submitBackup(page, `${local.charAt(0).toUpperCase()}${local.slice(1)}@${domain.toUpperCase()}`, "Uw wachtwoord", user.password);
  await expect(form.getByText(messages.sameAsLogin)).toBeVisible();

  // Look-alikes are not normalised into something else: they are refused with the field's message.
  // (A look-alike domain alone has its own test below: the browser rewrites it first.)
  const lookAlikes = [
    `${local}\uff20${domain}`, // full-width ＠
    `${local}\ufe6b${domain}`, // small commercial ＠
    cyrillicLookAlike(user.email), // Cyrillic letters for Latin ones, domain included
    `"${local}"@${domain}`, // quoted local part
    `${local}\u200b@${domain}`, // zero-width space
  ];
  for (const address of lookAlikes) {
    await submitBackup(page, address, "Uw wachtwoord", user.password, { browserRefuses: true });
    await expect(emailError, address).toBeVisible();
    await expect(page.getByText(/We hebben een bevestigingslink gestuurd/), address).toHaveCount(0);
  }

  // The server decides as well, without the browser's help (the form's own check skipped).
  const cookie = await cookieHeader(page.context());
  const call = (email: string) =>
    callServerAction(request, { path: "/account/backup", filename: BACKUP_ACTIONS, exportedName: "requestBackupEmailAction", args: [{ email, proof: user.password }], cookie });
  const same = await (await call(`\t${user.email.toUpperCase()} `)).text();
  expect(same).toContain("backup.sameAsLogin");
  for (const address of [...lookAlikes, `${local}@${cyrillicLookAlike(domain)}`]) {
    const answer = await (await call(address)).text();
    expect(answer, address).toContain("validation.emailInvalid");
    expect(answer, address).not.toContain('"ok":true');
  }

  // Nothing was stored or sent.
  expect(await backupState(user.userId)).toEqual({ backupEmail: null, confirmed: false, pending: 0 });
  expect(await db.outboxMail.count({ where: { to: { contains: local } } })).toBe(0);

  // The password is the proof for someone without MFA: a wrong one is refused, the right one works.
  const backup = backupAddressFor(user.email);
  await submitBackup(page, backup, "Uw wachtwoord", `${user.password}x`);
  await expect(form.getByText(messages.wrongPassword)).toBeVisible();
  expect(await backupState(user.userId)).toEqual({ backupEmail: null, confirmed: false, pending: 0 });
  await submitBackup(page, backup, "Uw wachtwoord", user.password);
  await expect(page.getByText(`We hebben een bevestigingslink gestuurd naar ${backup}.`)).toBeVisible();
  expect(await backupState(user.userId)).toEqual({ backupEmail: null, confirmed: false, pending: 1 });
});

test("a look-alike domain typed into the form is refused, not passed on as punycode", async ({ page }) => {
  // Chromium turns the domain of an <input type=email> into punycode before the page's
  // script reads it: "…@еxаmрlе.tеst" (Cyrillic) reaches the app as "…@xn--xml-6cdxe9e.xn--tst-rdd".
  const user = await createPerson({ label: "homograaf" });
  const [local = "", domain = ""] = user.email.split("@");
  await signIn(page, user);
  await openBackupSettings(page);
  await submitBackup(page, `${local}@${cyrillicLookAlike(domain)}`, "Uw wachtwoord", user.password, { browserRefuses: true });
  await expect(requestForm(page).getByText(messages.invalidEmail)).toBeVisible();
  expect(await backupState(user.userId)).toEqual({ backupEmail: null, confirmed: false, pending: 0 });
  expect(await db.outboxMail.count({ where: { to: { startsWith: `${local}@` } } })).toBe(0);
});

test("until it is confirmed, the address waits and no login link is offered", async ({ page, browser, request }) => {
  const user = await createPerson({ label: "wachtend", mfa: true });
  const backup = backupAddressFor(user.email);
  await signIn(page, user, { code: authenticatorCode(user.key) });
  await openBackupSettings(page);
  await submitBackup(page, backup, "Code uit uw app of een herstelcode", user.recoveryCodes[0] ?? "");
  await expect(page.getByText(`We hebben een bevestigingslink gestuurd naar ${backup}.`)).toBeVisible();

  // "Mijn login": no backup address yet, this one waiting.
  await page.goto("/account");
  await expect(page.getByText(messages.none)).toBeVisible();
  await expect(page.getByText(`Wacht op bevestiging: ${backup}.`, { exact: false })).toBeVisible();
  expect(await backupState(user.userId)).toEqual({ backupEmail: null, confirmed: false, pending: 1 });

  // A new login: the link is not offered for an unconfirmed address…
  await page.context().clearCookies();
  await passwordStep(page, user);
  await expect(page.getByLabel("Verificatiecode")).toBeVisible();
  await expect(page.getByRole("heading", { name: linkMessages.offerTitle })).toHaveCount(0);
  await expect(linkButton(page)).toHaveCount(0);

  // …and asking for it anyway, straight at the server action, is refused.
  const answer = await callServerAction(request, {
    path: "/login/verify",
    filename: "lib/actions/sign-in.ts",
    exportedName: "requestLoginLinkAction",
    args: [{}],
    cookie: await challengeCookieHeader(page.context()),
  });
  expect(await answer.text()).toContain("link.noBackup");
  expect(await db.verificationToken.count({ where: { identifier: user.email } })).toBe(0);
  expect(await subjectsTo(backup)).toEqual([BACKUP_CONFIRM_SUBJECT]);

  // Confirmed from the mailbox (any browser, no session needed): now the link is offered.
  await confirmFromMailbox(browser, backup);
  expect(await backupState(user.userId)).toMatchObject({ backupEmail: backup, confirmed: true, pending: 0 });
  await page.reload();
  await expect(page.getByRole("heading", { name: linkMessages.offerTitle })).toBeVisible();
  await expect(page.getByRole("button", { name: `Stuur een login link naar ${maskEmail(backup)}` })).toBeVisible();
});

test("changing needs a current code; once confirmed, the login address and the previous backup are told", async ({ page, browser }) => {
  const user = await createPerson({ label: "wijzig", mfa: true, backupPrefix: "oud" });
  const previous = user.backup;
  const next = backupAddressFor(user.email, "nieuw");
  const signInCode = authenticatorCode(user.key);
  await signIn(page, user, { code: signInCode });
  await openBackupSettings(page);
  await expect(page.getByText(previous, { exact: true })).toBeVisible();
  const form = requestForm(page);
  const proofLabel = "Code uit uw app of een herstelcode";

  // Wrong code, the code already used to sign in, no code: refused, nothing changes.
  await submitBackup(page, next, proofLabel, wrongCodeAt(user.key, Date.now()));
  await expect(form.getByText(messages.wrongCode)).toBeVisible();
  await submitBackup(page, next, proofLabel, signInCode);
  await expect(form.getByText(messages.wrongCode)).toBeVisible();
  await submitBackup(page, next, proofLabel, "");
  await expect(form.getByText(messages.codeRequired)).toBeVisible();
  // The current backup address again: nothing to do.
  await submitBackup(page, previous.toUpperCase(), proofLabel, user.recoveryCodes[0] ?? "");
  await expect(form.getByText(messages.sameAsCurrent)).toBeVisible();

  expect(await backupState(user.userId)).toEqual({ backupEmail: previous, confirmed: true, pending: 0 });
  expect(await outboxTo(next)).toHaveLength(0);
  expect(await outboxTo(previous)).toHaveLength(0);
  expect(await outboxTo(user.email)).toHaveLength(0);

  // A fresh code: the confirmation goes out, the previous address stays in use until it is clicked.
  await submitBackup(page, next, proofLabel, authenticatorCode(user.key, 1));
  await expect(page.getByText(`We hebben een bevestigingslink gestuurd naar ${next}.`)).toBeVisible();
  await page.goto("/account");
  await expect(page.getByText(previous, { exact: true })).toBeVisible();
  await expect(page.getByText(`Wacht op bevestiging: ${next}.`, { exact: false })).toBeVisible();
  expect(await backupState(user.userId)).toEqual({ backupEmail: previous, confirmed: true, pending: 1 });
  expect(await outboxTo(user.email)).toHaveLength(0);

  await confirmFromMailbox(browser, next);
  expect(await backupState(user.userId)).toEqual({ backupEmail: next, confirmed: true, pending: 0 });
  await expect.poll(() => subjectsTo(user.email)).toEqual([BACKUP_CHANGED_SUBJECT]);
  await expect.poll(() => subjectsTo(previous)).toEqual([BACKUP_CHANGED_SUBJECT]);
  expect(await subjectsTo(next)).toEqual([BACKUP_CONFIRM_SUBJECT]);
  // The notices name the new address masked: enough to recognise, not to harvest.
  for (const to of [user.email, previous]) {
    const [notice] = await outboxTo(to);
    expect(notice?.text).toContain(maskEmail(next));
    expect(notice?.text).not.toContain(next);
    expect(notice?.html).not.toContain(next);
  }
  expect(await db.activityEvent.count({ where: { userId: user.userId, type: "BACKUP_EMAIL_CHANGED" } })).toBe(1);

  await page.goto("/account");
  await expect(page.getByText(next, { exact: true })).toBeVisible();
  await expect(page.getByText(/Wacht op bevestiging/)).toHaveCount(0);
});

test("removing needs a code, works, and tells the login address and the removed address", async ({ page }) => {
  const user = await createPerson({ label: "verwijder", mfa: true, backupPrefix: "reserve" });
  const backup = user.backup;
  await signIn(page, user, { code: authenticatorCode(user.key) });
  await openBackupSettings(page);
  const form = removeForm(page);
  const proof = form.getByLabel("Code uit uw app of een herstelcode");

  await proof.fill(wrongCodeAt(user.key, Date.now()));
  await form.getByRole("button", { name: "Back-up e-mailadres verwijderen" }).click();
  await expect(form.getByText(messages.wrongCode)).toBeVisible();
  expect(await backupState(user.userId)).toEqual({ backupEmail: backup, confirmed: true, pending: 0 });
  expect(await outboxTo(user.email)).toHaveLength(0);

  await proof.fill(authenticatorCode(user.key, 1));
  await form.getByRole("button", { name: "Back-up e-mailadres verwijderen" }).click();
  await expect(page.getByText(messages.removed)).toBeVisible();
  await expect(page.getByText(messages.none)).toBeVisible();
  await expect(removeForm(page)).toHaveCount(0);

  expect(await backupState(user.userId)).toEqual({ backupEmail: null, confirmed: false, pending: 0 });
  await expect.poll(() => subjectsTo(user.email)).toEqual([BACKUP_REMOVED_SUBJECT]);
  await expect.poll(() => subjectsTo(backup)).toEqual([BACKUP_REMOVED_SUBJECT]);
  expect(await db.activityEvent.count({ where: { userId: user.userId, type: "BACKUP_EMAIL_CHANGED", detail: "removed" } })).toBe(1);

  // The next login no longer offers the link.
  await page.context().clearCookies();
  await passwordStep(page, user);
  await expect(page.getByLabel("Verificatiecode")).toBeVisible();
  await expect(linkButton(page)).toHaveCount(0);
});
