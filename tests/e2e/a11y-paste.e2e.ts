import type { Page } from "@playwright/test";
import { test, expect, createPerson } from "./fixtures";
import { allowClipboard, pasteInto, resetPathFor } from "./fixtures/a11y";
import { createInvitation, PASSWORD_STEP_TIMEOUT } from "./fixtures/company";
import { authenticatorCode } from "./fixtures/totp";

/*
 * Issue 13, point 5, WCAG 2.2 SC 3.3.8 (accessible authentication): a password manager can
 * fill every password and code field — the fields say what they hold (autocomplete) and
 * accept a paste. Every password or code field on a page is checked, so a new one that
 * blocks paste or lacks its autocomplete token fails here without editing this test.
 */

const SECRET_FIELDS = "input[type=password], input[inputmode=numeric]";
const FOR_SECRETS = ["current-password", "new-password", "one-time-code"];

/** Pastes into every visible password/code field of the page; returns how many there were. */
async function pasteIntoSecretFields(page: Page, where: string): Promise<number> {
  const fields = page.locator(`${SECRET_FIELDS}`).filter({ visible: true });
  const count = await fields.count();
  for (let index = 0; index < count; index++) {
    const field = fields.nth(index);
    const autocomplete = await field.getAttribute("autocomplete");
    expect(FOR_SECRETS, `${where}: field ${index} has autocomplete="${autocomplete}"`).toContain(autocomplete);
    await pasteInto(page, field, autocomplete === "one-time-code" ? "123456" : "geplakt uit de wachtwoordkluis 42");
  }
  return count;
}

test("signed out: every password and code field takes a paste and names its content", async ({ page, context }) => {
  await allowClipboard(context);
  const owner = await createPerson({ mfa: true, label: "plakken" });
  const invitation = await createInvitation(owner.companyId, owner.id);

  await page.goto("/register");
  await expect(page.getByLabel("E-mailadres")).toHaveAttribute("autocomplete", "email");
  await expect(page.getByLabel("Wachtwoord")).toHaveAttribute("autocomplete", "new-password");
  expect(await pasteIntoSecretFields(page, "/register")).toBe(1);

  await page.goto("/forgot-password");
  await expect(page.getByLabel("E-mailadres")).toHaveAttribute("autocomplete", "username");

  await page.goto(`/invite/${invitation.token}`);
  expect(await pasteIntoSecretFields(page, "/invite")).toBe(1);
  // The account's address for the password manager to save the new password under.
  await expect(page.locator("input[autocomplete=username]")).toHaveValue(invitation.email);

  await page.goto(await resetPathFor(owner));
  await expect(page.getByLabel("Nieuw wachtwoord")).toHaveAttribute("autocomplete", "new-password");
  expect(await pasteIntoSecretFields(page, "/reset-password")).toBe(1);
  await expect(page.locator("input[autocomplete=username]")).toHaveValue(owner.email);

  // Sign in with pasted values only: address, password, then the app's code.
  await page.goto("/login");
  const email = page.getByLabel("E-mailadres");
  await expect(email).toHaveAttribute("autocomplete", "username");
  await expect(page.getByLabel("Wachtwoord")).toHaveAttribute("autocomplete", "current-password");
  await pasteInto(page, email, owner.email);
  await pasteInto(page, page.getByLabel("Wachtwoord"), owner.password);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).toHaveURL(/\/login\/verify/, { timeout: PASSWORD_STEP_TIMEOUT });
  const code = page.getByLabel("Verificatiecode");
  await expect(code).toHaveAttribute("autocomplete", "one-time-code");
  await pasteInto(page, code, authenticatorCode(owner.key));
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).toHaveURL(/\/dashboard$/, { timeout: PASSWORD_STEP_TIMEOUT });
});

test("signed in: a recovery code, and the password and code fields of \"Mijn login\", take a paste", async ({ page, context }) => {
  await allowClipboard(context);
  const owner = await createPerson({ mfa: true, label: "plakken-herstel" });
  await page.goto("/login");
  await pasteInto(page, page.getByLabel("E-mailadres"), owner.email);
  await pasteInto(page, page.getByLabel("Wachtwoord"), owner.password);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).toHaveURL(/\/login\/verify/, { timeout: PASSWORD_STEP_TIMEOUT });
  await page.getByRole("link", { name: "Herstelcode gebruiken" }).click();
  await pasteInto(page, page.getByLabel("Herstelcode"), owner.recoveryCodes[0] ?? "");
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).toHaveURL(/\/mfa\/recovered$/, { timeout: PASSWORD_STEP_TIMEOUT });

  await page.goto("/account");
  // Change password (current + new) at least.
  expect(await pasteIntoSecretFields(page, "/account")).toBeGreaterThanOrEqual(2);
  await expect(page.locator("input[autocomplete=current-password]").first()).toHaveValue(/geplakt/);
  await expect(page.locator("input[autocomplete=new-password]").first()).toHaveValue(/geplakt/);

  await page.goto("/mfa/setup");
  // Replacing the app: the new app's code.
  expect(await pasteIntoSecretFields(page, "/mfa/setup")).toBeGreaterThanOrEqual(1);
});
