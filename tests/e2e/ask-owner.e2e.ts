import { test, expect, db, createPerson } from "./fixtures";
import { authenticatorCode } from "./fixtures/totp";
import { enrolOnSetupPage, mailsTo, newPersonContext, PASSWORD_STEP_TIMEOUT, personRow, setCompanyPolicy, signIn } from "./fixtures/company";
import { linkIn } from "./fixtures/outbox";

/*
 * Issue 14, "Vraag de eigenaar om hulp", the whole way: an employee without phone, codes
 * or backup address asks at the second step; the owner gets the mail, resets on
 * Medewerkers with their own code; the employee signs in again and enrols.
 */
const SUBJECT = /vraagt u om de multifactor authenticatie te resetten/;

test("an employee stuck at the second step asks the owner, who resets their MFA from the mail's link", async ({ page, browser }) => {
  const owner = await createPerson({ mfa: true, label: "eigenaar" });
  await setCompanyPolicy(owner.companyId, true);
  const person = await createPerson({ companyId: owner.companyId, mfa: true, recoveryCodes: false, label: "medewerker" });
  const employeeContext = await newPersonContext(browser);
  const employee = await employeeContext.newPage();

  await employee.goto("/login");
  await employee.getByLabel("E-mailadres").fill(person.email);
  await employee.getByLabel("Wachtwoord").fill(person.password);
  await employee.getByRole("button", { name: "Inloggen" }).click();
  await expect(employee).toHaveURL(/\/login\/verify/, { timeout: PASSWORD_STEP_TIMEOUT });
  await employee.getByRole("button", { name: "Vraag de eigenaar om hulp" }).click();
  await expect(employee.getByText("Uw verzoek is verstuurd als dat mogelijk is. De eigenaar neemt contact met u op.")).toBeVisible();
  // The answer names no owner.
  await expect(employee.getByText(owner.email)).toHaveCount(0);

  await expect.poll(async () => (await mailsTo(owner.email, SUBJECT)).length).toBe(1);
  const [mail] = await mailsTo(owner.email, SUBJECT);
  expect(mail!.text).toContain(person.email);
  expect(await db.activityEvent.count({ where: { userId: person.userId, type: "HELP_REQUESTED" } })).toBe(1);

  // The owner sees no such button at their own second step: there is nobody to ask.
  await page.goto("/login");
  await page.getByLabel("E-mailadres").fill(owner.email);
  await page.getByLabel("Wachtwoord").fill(owner.password);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).toHaveURL(/\/login\/verify/, { timeout: PASSWORD_STEP_TIMEOUT });
  await expect(page.getByRole("button", { name: "Vraag de eigenaar om hulp" })).toHaveCount(0);
  await page.getByLabel("Verificatiecode").fill(authenticatorCode(owner.key));
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).toHaveURL(/\/dashboard$/, { timeout: PASSWORD_STEP_TIMEOUT });

  const link = new URL(linkIn(mail!, "/employees"));
  await page.goto(`${link.pathname}${link.search}`);
  const row = personRow(page, person.email);
  await row.getByRole("button", { name: "MFA resetten" }).click();
  const form = page.getByRole("form", { name: `Multifactor authenticatie resetten voor ${person.name}` });
  await form.getByLabel("Uw eigen verificatiecode of herstelcode").fill(authenticatorCode(owner.key, 1));
  await form.getByRole("button", { name: "Resetten" }).click();
  await expect(page.getByText(`De multifactor authenticatie van ${person.name} is gereset.`)).toBeVisible();
  // The existing reset tells the employee; nothing new was needed for that.
  expect(await mailsTo(person.email, "Uw multifactor authenticatie is gereset")).toHaveLength(1);

  // The password alone now, and the company's policy sends the employee to enrol.
  await signIn(employee, person, { landsOn: /\/mfa\/setup$/ });
  await enrolOnSetupPage(employee);
  await employeeContext.close();
});
