import { test, expect, createPerson, requestSignUp } from "./fixtures";
import { expectHeadingFocused, expectHeadingOrder } from "./fixtures/a11y";
import { PASSWORD_STEP_TIMEOUT, signIn } from "./fixtures/company";
import { passwordStep } from "./fixtures/login-link";
import { authenticatorCode } from "./fixtures/totp";
import { wrongCodeAt } from "../support/rfc6238";

/*
 * Issue 13, point 5: when a flow changes step without a full page load — client navigation
 * to its next page, or a form swapped for its result — the focus goes to the new step's
 * heading (components/ui/step-heading.tsx), so a screen reader says where one is. On a full
 * page load it does not: there the first field's autoFocus applies.
 */

test("sign-in: a fresh /login focuses the e-mail field, the second step its heading; a wrong code focuses the field", async ({ page }) => {
  const person = await createPerson({ mfa: true, label: "focus-inloggen" });
  await page.goto("/login");
  await expect(page.getByLabel("E-mailadres")).toBeFocused();
  await page.getByLabel("E-mailadres").fill(person.email);
  await page.getByLabel("Wachtwoord").fill(person.password);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).toHaveURL(/\/login\/verify/, { timeout: PASSWORD_STEP_TIMEOUT });
  await expectHeadingFocused(page, "Verificatiecode");

  // The server's answer to a failed submit still puts the focus on the field in error.
  const code = page.getByLabel("Verificatiecode");
  await code.fill(wrongCodeAt(person.key, Date.now()));
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(code).toHaveAttribute("aria-invalid", "true");
  await expect(code).toBeFocused();

  // A full reload of the same step: the code field's autoFocus, not the heading.
  await page.reload();
  await expect(code).toBeFocused();
});

test("sign-in with a recovery code: each step's heading, down to /mfa/recovered (h1 then h2)", async ({ page }) => {
  const person = await createPerson({ mfa: true, label: "focus-herstel" });
  await passwordStep(page, person);
  await page.getByRole("link", { name: "Herstelcode gebruiken" }).click();
  await expectHeadingFocused(page, "Herstelcode gebruiken");
  await page.getByLabel("Herstelcode").fill(person.recoveryCodes[0] ?? "");
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).toHaveURL(/\/mfa\/recovered$/, { timeout: PASSWORD_STEP_TIMEOUT });
  await expectHeadingFocused(page, "Ingelogd met een herstelcode");
  // Its "new codes" and "switch off" forms were h3 straight under the h1.
  await expect(page.getByRole("heading", { name: "Nieuwe herstelcodes", level: 2 })).toBeVisible();
  await expectHeadingOrder(page, "/mfa/recovered");
});

test("sign-up: \"Controleer uw e-mail\" takes the focus from the form", async ({ page, account }) => {
  await requestSignUp(page, account, { timeout: PASSWORD_STEP_TIMEOUT });
  await expectHeadingFocused(page, "Controleer uw e-mail");
});

test("forgot password: the sent step's heading takes the focus", async ({ page }) => {
  const person = await createPerson({ label: "focus-vergeten" });
  await page.goto("/forgot-password");
  await page.getByLabel("E-mailadres").fill(person.email);
  await page.getByRole("button", { name: "Link versturen" }).click();
  await expectHeadingFocused(page, "Controleer uw e-mail");
  await expect(page.getByText("Als dit e-mailadres bij ons bekend is")).toBeVisible();
});

test("enrolment: the setup page's heading from Mijn login, then the recovery codes' heading", async ({ page }) => {
  const person = await createPerson({ label: "focus-instellen" });
  await signIn(page, person);
  await page.goto("/account");
  await page.getByRole("link", { name: "Authenticator app inschakelen" }).click();
  await expect(page).toHaveURL(/\/mfa\/setup$/);
  await expectHeadingFocused(page, "Authenticator app inschakelen");

  const key = ((await page.getByTestId("setup-key").textContent()) ?? "").replace(/\s+/g, "");
  await page.getByLabel("Verificatiecode").fill(authenticatorCode(key));
  await page.getByRole("button", { name: "Bevestigen en opslaan" }).click();
  await expectHeadingFocused(page, "Bewaar uw herstelcodes");
});

test("replacing the authenticator: after confirming, the focus is on the way back to Mijn login", async ({ page }) => {
  const person = await createPerson({ mfa: true, label: "focus-vervangen" });
  // Signed in with a recovery code, so the old app's current code is still unused.
  await passwordStep(page, person);
  await page.getByRole("link", { name: "Herstelcode gebruiken" }).click();
  await page.getByLabel("Herstelcode").fill(person.recoveryCodes[0] ?? "");
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).toHaveURL(/\/mfa\/recovered$/, { timeout: PASSWORD_STEP_TIMEOUT });

  await page.goto("/mfa/setup");
  const key = ((await page.getByTestId("setup-key").textContent()) ?? "").replace(/\s+/g, "");
  await page.getByLabel("Code uit uw huidige app of een herstelcode").fill(authenticatorCode(person.key));
  await page.getByLabel("Verificatiecode").fill(authenticatorCode(key));
  await page.getByLabel("Verificatiecode").press("Enter");
  await expect(page.getByText("Uw authenticator app is vervangen. De oude app werkt niet meer.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Terug naar Mijn login" })).toBeFocused();
});
