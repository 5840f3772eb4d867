import type { Page } from "@playwright/test";
import { test, expect, createPerson, type MfaPerson } from "./fixtures";
import { authenticatorCode } from "./fixtures/totp";
import { mailsTo, newPersonContext, PASSWORD_STEP_TIMEOUT, signIn } from "./fixtures/company";

// Three sign-ins with argon2 password hashes: more than the default minute on a busy machine.
test.describe.configure({ timeout: 120_000 });

/*
 * Issue 14, "Owner alerts": an employee's sign-in with a recovery code mails the owner
 * (read from the outbox), and once the owner switches that kind off on Medewerkers, the
 * next one does not.
 */

const recoveryAlert = /heeft ingelogd met een herstelcode$/;
const recoveryLabel = "Mail mij als een medewerker inlogt met een herstelcode of login link";

/** An employee signs in with a recovery code in a fresh browser context. */
async function recoverySignIn(page: Page, employee: MfaPerson, code: string): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("E-mailadres").fill(employee.email);
  await page.getByLabel("Wachtwoord").fill(employee.password);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).toHaveURL(/\/login\/verify/, { timeout: PASSWORD_STEP_TIMEOUT });
  await page.getByRole("link", { name: "Herstelcode gebruiken" }).click();
  await page.getByLabel("Herstelcode", { exact: true }).fill(code);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).toHaveURL(/\/mfa\/recovered$/, { timeout: PASSWORD_STEP_TIMEOUT });
}

test("a recovery-code sign-in of an employee mails the owner, until the owner switches that alert off", async ({ page, browser }) => {
  const owner = await createPerson({ mfa: true, label: "eigenaar" });
  const employee = await createPerson({ mfa: true, companyId: owner.companyId, label: "medewerker" });

  const employeeContext = await newPersonContext(browser);
  await recoverySignIn(await employeeContext.newPage(), employee, employee.recoveryCodes[0]!);
  await employeeContext.close();
  // The alert is sent before the response, so it is in the outbox by now.
  const alerts = await mailsTo(owner.email, recoveryAlert);
  expect(alerts).toHaveLength(1);
  expect(alerts[0]!.subject).toBe(`${employee.name} heeft ingelogd met een herstelcode`);
  expect(alerts[0]!.text).toContain(employee.email);
  expect(alerts[0]!.text).not.toContain(employee.recoveryCodes[0]!);

  await signIn(page, owner, { code: authenticatorCode(owner.key) });
  await page.goto("/employees");
  const checkbox = page.getByRole("checkbox", { name: recoveryLabel });
  await expect(checkbox).toBeChecked();
  await checkbox.uncheck();
  await page.getByRole("button", { name: "Meldingen opslaan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Uw meldingen zijn opgeslagen." })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("checkbox", { name: recoveryLabel })).not.toBeChecked();
  // The other three kinds stay on.
  await expect(page.getByRole("checkbox", { name: "Mail mij als een medewerker multifactor authenticatie uitschakelt" })).toBeChecked();

  const again = await newPersonContext(browser);
  await recoverySignIn(await again.newPage(), employee, employee.recoveryCodes[1]!);
  await again.close();
  expect(await mailsTo(owner.email, recoveryAlert)).toHaveLength(1);
});
