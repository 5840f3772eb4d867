import { test, expect, backupAddressFor, createPerson } from "./fixtures";
import { allowClipboard, expectHeadingFocused, expectNoAxeViolations, signInByKeyboard, tabTo } from "./fixtures/a11y";
import { createInvitation, PASSWORD_STEP_TIMEOUT, signIn } from "./fixtures/company";
import { expectSignedInByLink, linkButton, linkFromText, linkMessages, LOGIN_LINK_SUBJECT } from "./fixtures/login-link";
import { latestMail, linkIn } from "./fixtures/outbox";
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
  // The step's heading has the focus on arrival (a screen reader says where one is); one Tab to the code.
  await expectHeadingFocused(page, "Verificatiecode");
  await tabTo(page, page.getByLabel("Verificatiecode"), { max: 1 });
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
  await expectHeadingFocused(page, "Herstelcode gebruiken");
  await tabTo(page, page.getByLabel("Herstelcode"), { max: 1 });
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

test("backup address: set it on Mijn login, confirm it from the mail, later sign in with the login link, keyboard only", async ({ page }) => {
  // Two password steps and four mails: on a busy machine more than the default minute.
  test.setTimeout(120_000);
  const person = await createPerson({ mfa: true, label: "toetsenbord-backup" });
  const backup = backupAddressFor(person.email);
  await signInByKeyboard(page, person, authenticatorCode(person.key));

  await tabTo(page, page.getByRole("navigation").getByRole("link", { name: "Mijn login" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/account$/);
  await tabTo(page, page.getByRole("link", { name: "Backup instellingen invoeren" }), { max: 40 });
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/account\/backup$/);
  await tabTo(page, page.getByLabel("Back-up e-mailadres"));
  await page.keyboard.type(backup);
  // The code just used to sign in may not be used twice: a recovery code is the proof.
  await tabTo(page, page.getByLabel("Code uit uw app of een herstelcode"), { max: 1 });
  await page.keyboard.type(person.recoveryCodes[0] ?? "");
  await page.keyboard.press("Enter");
  // Saved: the next step is the mailbox; its heading has the focus, the notice is read out.
  await expectHeadingFocused(page, "Controleer uw e-mail");
  await expect(page.getByText(`We hebben een bevestigingslink gestuurd naar ${backup}.`)).toBeVisible();

  // The link in the mail, opened in this browser; the confirmation is a button, not the link itself.
  await page.goto(linkIn(await latestMail(backup, /bevestig/i), "/backup/confirm/"));
  await tabTo(page, page.getByRole("button", { name: "Bevestigen" }));
  await page.keyboard.press("Enter");
  await expect(page.getByText("Uw back-up e-mailadres is bevestigd.")).toBeVisible();

  // Later, the phone is gone: sign out, the password step, then a login link to the backup address.
  await page.goto("/dashboard");
  await tabTo(page, page.getByRole("button", { name: "Uitloggen", exact: true }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/login/);
  await tabTo(page, page.getByLabel("E-mailadres"));
  await page.keyboard.type(person.email);
  await tabTo(page, page.getByLabel("Wachtwoord"));
  await page.keyboard.type(person.password);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/login\/verify/, { timeout: PASSWORD_STEP_TIMEOUT });
  await tabTo(page, linkButton(page));
  await page.keyboard.press("Enter");
  await expect(page.getByText(linkMessages.sent)).toBeVisible();

  await page.goto(linkFromText((await latestMail(backup, LOGIN_LINK_SUBJECT)).text));
  await tabTo(page, page.getByRole("button", { name: "Doorgaan met inloggen" }));
  await page.keyboard.press("Enter");
  // "Doorgaan met inloggen" posts a form: a full page load, where the focus starts at the top.
  await expectSignedInByLink(page);
});
