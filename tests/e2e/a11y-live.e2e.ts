import { test, expect, createPerson } from "./fixtures";
import { expectAnnounced } from "./fixtures/a11y";
import { PASSWORD_STEP_TIMEOUT, signIn } from "./fixtures/company";
import { linkButton, linkMessages, passwordStep } from "./fixtures/login-link";
import { wrongCodeAt } from "../support/rfc6238";

/*
 * Issue 13, point 5: every message that answers an action — an error, "saved", "mail sent" —
 * is in a live region (role status or alert, or aria-live), so a screen reader reads it out
 * without the person having to look for it. A representative set, signed out and in.
 */

test("signed out: a wrong password, empty fields, a wrong code, a requested login link and reset mail are announced", async ({ page }) => {
  const person = await createPerson({ mfa: true, backupPrefix: "reserve", label: "live-uit" });

  await page.goto("/login");
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expectAnnounced(page.getByText("Vul uw e-mailadres in."));

  await page.getByLabel("E-mailadres").fill(person.email);
  await page.getByLabel("Wachtwoord").fill(`${person.password}x`);
  await page.getByRole("button", { name: "Inloggen" }).click();
  const wrongPassword = page.getByText("Onjuist e-mailadres of wachtwoord.");
  await expect(wrongPassword).toBeVisible({ timeout: PASSWORD_STEP_TIMEOUT });
  await expectAnnounced(wrongPassword);

  await passwordStep(page, person);
  await page.getByLabel("Verificatiecode").fill(wrongCodeAt(person.key, Date.now()));
  await page.getByRole("button", { name: "Inloggen" }).click();
  // The server's field error, shown under the field: was only seen, never heard.
  await expectAnnounced(page.getByText("Deze code klopt niet."));

  await linkButton(page).click();
  await expectAnnounced(page.getByText(linkMessages.sent));

  await page.goto("/forgot-password");
  await page.getByLabel("E-mailadres").fill(person.email);
  await page.getByRole("button", { name: "Link versturen" }).click();
  await expectAnnounced(page.getByText("Als dit e-mailadres bij ons bekend is"));
});

test("signed in: a saved setting on Mijn login, the backup address (wrong proof, then sent) and an invitation are announced", async ({ page }) => {
  const owner = await createPerson({ label: "live-in" });
  await signIn(page, owner);

  await page.goto("/account");
  await page.getByRole("form", { name: "Taal" }).getByRole("button", { name: "Taal opslaan" }).click();
  await expectAnnounced(page.getByText("Uw taal is opgeslagen."));

  await page.goto("/account/backup");
  const backup = page.getByRole("form", { name: "Backup instellingen invoeren" });
  await backup.getByLabel("Back-up e-mailadres").fill(`reserve-${owner.email}`);
  await backup.getByLabel("Uw wachtwoord").fill(`${owner.password}x`);
  await backup.getByRole("button", { name: "Bevestigingslink versturen" }).click();
  await expectAnnounced(page.getByText("Het wachtwoord klopt niet."));
  await backup.getByLabel("Uw wachtwoord").fill(owner.password);
  await backup.getByRole("button", { name: "Bevestigingslink versturen" }).click();
  await expectAnnounced(page.getByText(`We hebben een bevestigingslink gestuurd naar reserve-${owner.email}.`));

  await page.goto("/employees");
  const invite = page.getByRole("form", { name: "Medewerker uitnodigen" });
  const address = `live-medewerker-${owner.email}`;
  await invite.getByLabel("E-mailadres van de medewerker").fill(address);
  await invite.getByRole("button", { name: "Uitnodiging versturen" }).click();
  await expectAnnounced(page.getByText(`Uitnodiging verstuurd naar ${address}.`));
});
