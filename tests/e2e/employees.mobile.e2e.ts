import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { test, expect, createPerson, register } from "./fixtures";
import { companyOf, createInvitation, PASSWORD_STEP_TIMEOUT, personRow } from "./fixtures/company";

/*
 * On a phone (the "phone" project: Pixel 7). The desktop project matches every *.e2e.ts,
 * this file included, so it skips itself there: the menu button exists only on narrow screens.
 */
test.beforeEach(({ isMobile }, testInfo) => {
  test.skip(testInfo.project.name !== "phone" || !isMobile, "phone-size test");
});

async function noHorizontalOverflow(page: Page, what: string): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `${what}: page ${scrollWidth}px wide on a ${innerWidth}px screen`).toBeLessThanOrEqual(innerWidth);
}

test("on a phone the menu opens behind \"Menu openen\" and the Medewerkers page fits the screen", async ({ page, account }) => {
  await register(page, account, { timeout: PASSWORD_STEP_TIMEOUT });
  const { userId, companyId } = await companyOf(account.email);
  // Long addresses are what push a table off a phone's screen.
  const longEmail = `${randomUUID().slice(0, 8)}-${"heel-lange-naam-van-een-medewerker".repeat(2)}@een-bijzonder-lang-domein-voorbeeld.example.test`;
  await createPerson({ companyId, email: longEmail });
  await createPerson({ companyId, mfa: true, label: "met-app" });
  await createInvitation(companyId, userId, `uitgenodigd-${randomUUID().slice(0, 8)}-${"x".repeat(60)}@example.test`);

  const menuButton = page.getByRole("button", { name: "Menu openen" });
  const myLogin = page.getByRole("navigation").getByRole("link", { name: "Mijn login" });
  await expect(menuButton).toBeVisible();
  await expect(menuButton).toHaveAttribute("aria-expanded", "false");
  await expect(myLogin).toBeHidden();
  await menuButton.click();
  await expect(menuButton).toHaveAttribute("aria-expanded", "true");
  await myLogin.click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("heading", { name: "Mijn login", level: 1 })).toBeVisible();
  await expect(myLogin).toBeHidden();
  await noHorizontalOverflow(page, "Mijn login");

  await menuButton.click();
  await page.getByRole("navigation").getByRole("link", { name: "Medewerkers" }).click();
  await expect(page).toHaveURL(/\/employees$/);
  await expect(personRow(page, longEmail)).toBeVisible();
  await noHorizontalOverflow(page, "Medewerkers");

  // With the per-person panels open too.
  const row = personRow(page, longEmail);
  await row.getByRole("button", { name: "Verwijderen" }).click();
  await expect(row.getByRole("button", { name: "Ja, verwijderen" })).toBeVisible();
  await page.getByRole("switch", { name: "Multifactor authenticatie verplicht stellen voor medewerkers" }).click();
  await expect(page.getByRole("button", { name: "Ja, verplicht stellen" })).toBeVisible();
  await noHorizontalOverflow(page, "Medewerkers with panels open");
});
