import { test, expect, createPerson } from "./fixtures";
import { allowClipboard, expectNoAxeViolations, tabTo } from "./fixtures/a11y";
import { createInvitation, PASSWORD_STEP_TIMEOUT, signIn } from "./fixtures/company";
import { authenticatorCode } from "./fixtures/totp";

/*
 * Issue 13, point 5: the main journeys with the keyboard alone — Tab, Shift+Tab, Enter,
 * Space and typing, never a click — so a control that only a mouse can use fails here.
 */

test("sign in with a code, keyboard only", async ({ page }) => {
  const person = await createPerson({ mfa: true, label: "toetsenbord" });
  await page.goto("/login");
  const email = page.getByLabel("E-mailadres");
  await tabTo(page, email);
  await page.keyboard.type(person.email);
  await tabTo(page, page.getByLabel("Wachtwoord"));
  await page.keyboard.type(person.password);
  // Back up once and forward again: Shift+Tab reaches the e-mail field from the password.
  await tabTo(page, email, { backwards: true, max: 1 });
  await tabTo(page, page.getByLabel("Wachtwoord"), { max: 1 });
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(/\/login\/verify/, { timeout: PASSWORD_STEP_TIMEOUT });
  // The code field has the focus on arrival: no Tab needed to start typing.
  await expect(page.getByLabel("Verificatiecode")).toBeFocused();
  await page.keyboard.type(authenticatorCode(person.key));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/dashboard$/, { timeout: PASSWORD_STEP_TIMEOUT });
});

test("sign-up: a failed submit focuses the first invalid field, then the form is sent with Space", async ({ page, account }) => {
  await page.goto("/register");
  const companyName = page.getByLabel("Bedrijfsnaam");
  await tabTo(page, companyName);
  await page.keyboard.type(account.companyName);
  const submit = page.getByRole("button", { name: "Account aanmaken" });
  await tabTo(page, submit);
  await page.keyboard.press("Enter");

  // "Uw naam" is the first empty required field: the focus goes there, marked invalid.
  const name = page.getByLabel("Uw naam");
  await expect(name).toBeFocused();
  await expect(name).toHaveAttribute("aria-invalid", "true");
  // The error messages themselves pass axe too (contrast, their tie to the fields).
  await expectNoAxeViolations(page, "/register with errors");
  await page.keyboard.type(account.name);
  await tabTo(page, page.getByLabel("E-mailadres"));
  await page.keyboard.type(account.email);
  await tabTo(page, page.getByLabel("Wachtwoord"));
  await page.keyboard.type(account.password);
  await tabTo(page, submit);
  await page.keyboard.press("Space");
  await expect(page.getByRole("heading", { name: "Controleer uw e-mail" })).toBeVisible({ timeout: PASSWORD_STEP_TIMEOUT });
});

test("enrol the authenticator app, keyboard only, copying the key with \"Sleutel kopiëren\"", async ({ page, context }) => {
  await allowClipboard(context);
  const person = await createPerson({ label: "toetsenbord-app" });
  await signIn(page, person);
  await page.goto("/mfa/setup");
  await expect(page.getByRole("heading", { name: "Authenticator app inschakelen", level: 1 })).toBeVisible();
  // The enrolment form, which the signed-in page audit (an MFA owner) does not see.
  await expectNoAxeViolations(page, "/mfa/setup (enrolment)");

  const key = ((await page.getByTestId("setup-key").textContent()) ?? "").replace(/\s+/g, "");
  const copy = page.getByRole("button", { name: "Sleutel kopiëren" });
  await tabTo(page, copy);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Gekopieerd" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key);

  await tabTo(page, page.getByLabel("Verificatiecode"));
  await page.keyboard.type(authenticatorCode(key));
  await page.keyboard.press("Enter");
  await expect(page.getByText("Multifactor authenticatie is ingeschakeld.")).toBeVisible();
  await expectNoAxeViolations(page, "/mfa/setup (recovery codes)");

  const kept = page.getByLabel("Ik heb mijn herstelcodes veilig bewaard");
  await tabTo(page, kept);
  await page.keyboard.press("Space");
  await expect(kept).toBeChecked();
  await tabTo(page, page.getByRole("button", { name: "Doorgaan" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/account$/);
});

test("accept an invitation in English, switching the language with the keyboard", async ({ page }) => {
  const owner = await createPerson({ label: "toetsenbord-uitnodiger" });
  const invitation = await createInvitation(owner.companyId, owner.id);
  await page.goto(`/invite/${invitation.token}`);
  await expect(page.getByRole("heading", { name: "Uitnodiging accepteren", level: 1 })).toBeVisible();
  // The switch sits before the form: back to it with Shift+Tab from the focused name field.
  await expect(page.getByLabel("Uw naam")).toBeFocused();
  const english = page.getByRole("navigation", { name: "Taal" }).getByRole("button", { name: "English" });
  await tabTo(page, english, { backwards: true });
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Accept invitation", level: 1 })).toBeVisible();

  await tabTo(page, page.getByLabel("Your name"));
  await page.keyboard.type("Jan Toetsenbord");
  await tabTo(page, page.getByLabel("Password"));
  await page.keyboard.type("groene kikker springt over de sloot 42");
  await tabTo(page, page.getByRole("button", { name: "Create account" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/dashboard$/, { timeout: PASSWORD_STEP_TIMEOUT });
});

test("sign in with a recovery code, then require MFA with the policy switch, keyboard only", async ({ page }) => {
  const owner = await createPerson({ mfa: true, label: "toetsenbord-beleid" });
  await page.goto("/login");
  await page.keyboard.type(owner.email);
  await tabTo(page, page.getByLabel("Wachtwoord"));
  await page.keyboard.type(owner.password);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/login\/verify/, { timeout: PASSWORD_STEP_TIMEOUT });
  await tabTo(page, page.getByRole("link", { name: "Herstelcode gebruiken" }));
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Herstelcode")).toBeFocused();
  await page.keyboard.type(owner.recoveryCodes[0] ?? "");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/mfa\/recovered$/, { timeout: PASSWORD_STEP_TIMEOUT });

  await tabTo(page, page.getByRole("navigation").getByRole("link", { name: "Medewerkers" }), { backwards: true });
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/employees$/);
  const policy = page.getByRole("switch", { name: "Multifactor authenticatie verplicht stellen voor medewerkers" });
  await expect(policy).toHaveAttribute("aria-checked", "false");
  await tabTo(page, policy);
  await page.keyboard.press("Space");
  await tabTo(page, page.getByRole("button", { name: "Ja, verplicht stellen" }));
  await page.keyboard.press("Enter");
  await expect(policy).toHaveAttribute("aria-checked", "true");
  await expect(page.getByText("Multifactor authenticatie is nu verplicht voor medewerkers.")).toBeVisible();
  // The used confirmation button is gone; the focus is back on the switch, not lost to the page.
  await expect(policy).toBeFocused();
});
