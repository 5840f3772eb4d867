import { test, expect, createPerson, login } from "./fixtures";

/*
 * NIST 800-63B §3.1.1.2 (docs/SECURITY.md, "Passwords"): without an authenticator app the
 * password must have 15 characters. Someone whose MFA went off with a shorter password
 * chooses a new one at the next sign-in, before anything else opens.
 */
const SHORT = "kort12345!";

test("a 10-character password without MFA is replaced at sign-in before the dashboard opens", async ({ page }) => {
  const person = await createPerson({ label: "vernieuwen", password: SHORT });
  await login(page, person.email, SHORT);
  await expect(page).toHaveURL(/\/login\/new-password/);
  await expect(page.getByRole("heading", { name: "Kies een nieuw wachtwoord", level: 1 })).toBeVisible();

  // Nothing else opens meanwhile: no session exists yet.
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login/);
  await login(page, person.email, SHORT);
  await expect(page).toHaveURL(/\/login\/new-password/);

  await page.getByLabel("Nieuw wachtwoord").fill("te kort");
  await page.getByRole("button", { name: "Opslaan en inloggen" }).click();
  await expect(page.getByText(/te kort: gebruik minimaal 15 tekens/)).toBeVisible();

  await page.getByLabel("Nieuw wachtwoord").fill("een lang en nieuw wachtwoord voor de bakkerij");
  await page.getByRole("button", { name: "Opslaan en inloggen" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
});
