import { test, expect, register, signOut } from "./fixtures";
import { authenticatorCode } from "./fixtures/totp";
import type { Page } from "@playwright/test";

async function passwordStep(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).toHaveURL(/\/login\/verify/);
}

test("the whole authenticator journey, as the help page describes it", async ({ page, account, context }) => {
  await register(page, account);

  // "Dashboard" > "Mijn login" > "Authenticator app inschakelen"
  await page.getByRole("navigation").getByRole("link", { name: "Mijn login" }).click();
  await expect(page.getByText("Niet ingeschakeld")).toBeVisible();
  await page.getByRole("link", { name: "Authenticator app inschakelen" }).click();
  await expect(page.getByRole("heading", { name: "Authenticator app inschakelen", level: 1 })).toBeVisible();
  await expect(page.getByText(/Google Authenticator, Microsoft Authenticator, Authy, 1Password of Bitwarden/)).toBeVisible();
  await expect(page.getByRole("img", { name: /QR-code/ })).toBeVisible();

  const key = (await page.getByTestId("setup-key").textContent()) ?? "";
  expect(key).toMatch(/^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$/);

  // A wrong code changes nothing.
  await page.getByLabel("Verificatiecode").fill("000000");
  await page.getByRole("button", { name: "Bevestigen en opslaan" }).click();
  await expect(page.getByText(/Deze code klopt niet/)).toBeVisible();

  await page.getByLabel("Verificatiecode").fill(authenticatorCode(key));
  await page.getByRole("button", { name: "Bevestigen en opslaan" }).click();
  await expect(page.getByText("Multifactor authenticatie is ingeschakeld.")).toBeVisible();

  const codes = await page.getByRole("list", { name: "Uw herstelcodes" }).getByRole("listitem").allTextContents();
  expect(codes).toHaveLength(10);
  for (const code of codes) expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);

  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Downloaden (.txt)" }).click();
  expect((await download).suggestedFilename()).toBe("tweestap-herstelcodes.txt");

  const proceed = page.getByRole("button", { name: "Doorgaan" });
  await expect(proceed).toBeDisabled();
  await page.getByLabel("Ik heb mijn herstelcodes veilig bewaard").check();
  await proceed.click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByText(/Ingeschakeld sinds/)).toBeVisible();
  await expect(page.getByText("Nog 10 van de 10 herstelcodes ongebruikt.")).toBeVisible();

  // Sign in again: password, then the code the app shows (the next step: the last one is used).
  await signOut(page);
  await passwordStep(page, account.email, account.password);
  expect((await context.cookies()).some((cookie) => cookie.name.includes("session-token"))).toBe(false);
  const codeField = page.getByLabel("Verificatiecode");
  await expect(codeField).toHaveAttribute("autocomplete", "one-time-code");
  await expect(codeField).toHaveAttribute("inputmode", "numeric");
  await codeField.fill(authenticatorCode(key, 1));
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);

  // And with a recovery code instead.
  await signOut(page);
  await passwordStep(page, account.email, account.password);
  await page.getByRole("link", { name: "Herstelcode gebruiken" }).click();
  await page.getByLabel("Herstelcode").fill(codes[0]!.toLowerCase());
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).toHaveURL(/\/mfa\/recovered$/);
  await expect(page.getByText("U heeft nog 9 ongebruikte herstelcodes.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Nieuwe telefoon instellen" })).toBeVisible();

  // Switch MFA off, proving the factor with another recovery code.
  await page.getByRole("navigation").getByRole("link", { name: "Mijn login" }).click();
  const disable = page.getByRole("form", { name: "Multifactor authenticatie uitschakelen" });
  await disable.getByLabel("Code uit uw huidige app of een herstelcode").fill(codes[1]!);
  await disable.getByRole("button", { name: "Multifactor authenticatie uitschakelen" }).click();
  await expect(page.getByText("Multifactor authenticatie is uitgeschakeld.")).toBeVisible();
  await page.reload();
  await expect(page.getByText("Niet ingeschakeld")).toBeVisible();

  // The used recovery code is gone with the rest; a sign-in now needs only the password.
  await signOut(page);
  await page.getByLabel("E-mailadres").fill(account.email);
  await page.getByLabel("Wachtwoord").fill(account.password);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
});
