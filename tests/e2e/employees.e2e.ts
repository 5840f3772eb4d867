import type { APIRequestContext, Page } from "@playwright/test";
import { test, expect, db, createPerson, register, signOut } from "./fixtures";
import { callServerAction } from "./fixtures/server-actions";
import { authenticatorCode } from "./fixtures/totp";
import {
  companyOf,
  cookieHeader,
  enrolOnSetupPage,
  invitationLinks,
  mailsTo,
  newPersonContext,
  newestInvitationLink,
  PASSWORD_STEP_TIMEOUT,
  personRow,
  setCompanyPolicy,
  signIn,
} from "./fixtures/company";
import { wrongCodeAt } from "../support/rfc6238";

// Several people, several password hashes each: more than the default minute on a busy machine.
test.describe.configure({ timeout: 120_000 });

/*
 * "Medewerkers" as an owner and their employees use it: invitations, the company's MFA
 * policy, forced enrolment of an employee who is already signed in, an owner's reset,
 * removal and reminders. Each test is its own company; people the test does not create
 * through the UI are written to the database (fixtures/company.ts).
 */

const text = {
  invalidInvitation: "Deze uitnodiging is niet (meer) geldig.",
  ownerNeedsMfa: "Schakel eerst zelf multifactor authenticatie in via Mijn login voordat u het verplicht stelt voor medewerkers.",
  forcedTitle: "Stel multifactor authenticatie in",
  invalidCredentials: "Onjuist e-mailadres of wachtwoord.",
  reminderSubject: "Herinnering: stel multifactor authenticatie in",
};

const policySwitch = (page: Page) =>
  page.getByRole("switch", { name: "Multifactor authenticatie verplicht stellen voor medewerkers" });

async function invite(page: Page, email: string): Promise<void> {
  await page.getByLabel("E-mailadres van de medewerker").fill(email);
  await page.getByRole("button", { name: "Uitnodiging versturen" }).click();
  await expect(page.getByText(`Uitnodiging verstuurd naar ${email}.`)).toBeVisible();
}

const pendingList = (page: Page) => page.getByRole("list", { name: "Openstaande uitnodigingen" });

test("the owner invites an employee, who accepts through the e-mailed link; links work once and die when revoked or replaced", async ({
  page,
  account,
  browser,
}) => {
  await register(page, account, { timeout: PASSWORD_STEP_TIMEOUT });
  await page.getByRole("navigation").getByRole("link", { name: "Medewerkers" }).click();
  await expect(page).toHaveURL(/\/employees$/);
  await expect(page.getByRole("heading", { name: "Medewerkers", level: 1 })).toBeVisible();

  const employeeEmail = `jan-${account.email}`;
  await invite(page, employeeEmail);
  await expect(pendingList(page).getByRole("listitem").filter({ hasText: employeeEmail })).toContainText("Geldig tot");
  const link = await newestInvitationLink(employeeEmail);
  const [mail] = await mailsTo(employeeEmail);
  expect(mail?.subject).toBe(`${account.name} nodigt u uit voor ${account.companyName}`);

  // The employee, in their own browser, follows the link from the e-mail.
  const employeeContext = await newPersonContext(browser);
  const employee = await employeeContext.newPage();
  await employee.goto(link);
  await expect(employee.getByRole("heading", { name: "Uitnodiging accepteren", level: 1 })).toBeVisible();
  await expect(employee.getByText(`${account.companyName} nodigt u uit.`)).toContainText(employeeEmail);
  const employeePassword = "groene kikker springt over de sloot 42";
  await employee.getByLabel("Uw naam").fill("Jan Jansen");
  await employee.getByLabel("Wachtwoord").fill(employeePassword);
  await employee.getByRole("button", { name: "Account maken" }).click();
  await expect(employee).toHaveURL(/\/dashboard$/, { timeout: PASSWORD_STEP_TIMEOUT });
  const employeeNav = employee.getByRole("navigation");
  await expect(employeeNav.getByRole("link", { name: "Mijn login" })).toBeVisible();
  await expect(employeeNav.getByRole("link", { name: "Medewerkers" })).toHaveCount(0);

  // The same link a second time (say, the e-mail opened again) creates nothing.
  await employee.goto(link);
  await expect(employee.getByText(text.invalidInvitation)).toBeVisible();
  await expect(employee.getByLabel("Uw naam")).toHaveCount(0);
  expect(await db.user.count({ where: { email: employeeEmail } })).toBe(1);

  // The new account signs in with its password like anyone else.
  await employee.goto("/dashboard");
  await signOut(employee);
  await signIn(employee, { email: employeeEmail, password: employeePassword });
  await expect(employee.getByRole("navigation").getByRole("link", { name: "Medewerkers" })).toHaveCount(0);
  await employeeContext.close();

  // The owner's list shows the new employee, without MFA; the invitation is no longer open.
  await page.reload();
  const row = personRow(page, employeeEmail);
  await expect(row).toContainText("Jan Jansen");
  await expect(row).toContainText("Medewerker");
  await expect(row).toContainText("Niet ingesteld");
  await expect(page.getByText("Geen openstaande uitnodigingen.")).toBeVisible();

  // A revoked invitation's link is refused.
  const revokedEmail = `piet-${account.email}`;
  await invite(page, revokedEmail);
  const revokedLink = await newestInvitationLink(revokedEmail);
  await pendingList(page).getByRole("listitem").filter({ hasText: revokedEmail }).getByRole("button", { name: "Intrekken" }).click();
  await expect(page.getByText("Geen openstaande uitnodigingen.")).toBeVisible();
  const visitor = await newPersonContext(browser);
  const visitorPage = await visitor.newPage();
  await visitorPage.goto(revokedLink);
  await expect(visitorPage.getByText(text.invalidInvitation)).toBeVisible();
  await expect(visitorPage.getByLabel("Uw naam")).toHaveCount(0);

  // "Opnieuw versturen" mails a new link and voids the old one.
  const resentEmail = `kees-${account.email}`;
  await invite(page, resentEmail);
  const firstLink = await newestInvitationLink(resentEmail);
  const pendingRow = pendingList(page).getByRole("listitem").filter({ hasText: resentEmail });
  await pendingRow.getByRole("button", { name: "Opnieuw versturen" }).click();
  await expect(pendingRow.getByText("Nieuwe uitnodiging verstuurd.")).toBeVisible();
  const secondLink = await newestInvitationLink(resentEmail, { not: [firstLink] });
  expect(await invitationLinks(resentEmail)).toHaveLength(2);
  await visitorPage.goto(firstLink);
  await expect(visitorPage.getByText(text.invalidInvitation)).toBeVisible();
  await visitorPage.goto(secondLink);
  await expect(visitorPage.getByLabel("Uw naam")).toBeVisible();
  await expect(visitorPage.getByText(text.invalidInvitation)).toHaveCount(0);
  await visitor.close();
});

test("the owner can make MFA mandatory only after switching it on for themselves", async ({ page, account }) => {
  await register(page, account, { timeout: PASSWORD_STEP_TIMEOUT });
  const { companyId } = await companyOf(account.email);
  await page.goto("/employees");
  await expect(policySwitch(page)).toHaveAttribute("aria-checked", "false");
  await expect(page.getByRole("status").filter({ hasText: text.ownerNeedsMfa })).toBeVisible();

  // Trying anyway: the confirmation is refused with the reason, and nothing changes.
  await policySwitch(page).click();
  await page.getByRole("button", { name: "Ja, verplicht stellen" }).click();
  await expect(page.getByRole("alert").filter({ hasText: text.ownerNeedsMfa })).toBeVisible();
  await page.reload();
  await expect(policySwitch(page)).toHaveAttribute("aria-checked", "false");
  expect((await db.company.findUniqueOrThrow({ where: { id: companyId } })).mfaRequired).toBe(false);

  // "Mijn login" > "Authenticator app inschakelen", with a code from the app.
  await page.getByRole("navigation").getByRole("link", { name: "Mijn login" }).click();
  await page.getByRole("link", { name: "Authenticator app inschakelen" }).click();
  await enrolOnSetupPage(page);
  await expect(page).toHaveURL(/\/account$/);

  await page.getByRole("navigation").getByRole("link", { name: "Medewerkers" }).click();
  await expect(page.getByText(text.ownerNeedsMfa)).toHaveCount(0);
  await policySwitch(page).click();
  await page.getByRole("button", { name: "Ja, verplicht stellen" }).click();
  await expect(policySwitch(page)).toHaveAttribute("aria-checked", "true");
  await expect(page.getByText(/krijgen bij het inloggen direct het configuratie scherm te zien/)).toBeVisible();
  await page.reload();
  await expect(policySwitch(page)).toHaveAttribute("aria-checked", "true");
  expect((await db.company.findUniqueOrThrow({ where: { id: companyId } })).mfaRequired).toBe(true);
  await expect(page.getByRole("list", { name: "Recente beveiligingsactiviteit" })).toContainText("Beleid multifactor authenticatie gewijzigd");

  // And off again.
  await policySwitch(page).click();
  await page.getByRole("button", { name: "Ja, niet meer verplichten" }).click();
  await expect(policySwitch(page)).toHaveAttribute("aria-checked", "false");
  expect((await db.company.findUniqueOrThrow({ where: { id: companyId } })).mfaRequired).toBe(false);
});

test("an employee who is signed in when the policy goes on must enrol at their next click, and then carries on", async ({
  page,
  browser,
  request,
}) => {
  const owner = await createPerson({ mfa: true });
  const employeePerson = await createPerson({ companyId: owner.companyId });
  const employeeContext = await newPersonContext(browser);
  const employee = await employeeContext.newPage();
  await signIn(employee, employeePerson);

  await signIn(page, owner, { code: authenticatorCode(owner.key) });
  await page.goto("/employees");
  await policySwitch(page).click();
  await page.getByRole("button", { name: "Ja, verplicht stellen" }).click();
  await expect(policySwitch(page)).toHaveAttribute("aria-checked", "true");

  // The employee's very next click, in the page they already had open.
  await employee.getByRole("navigation").getByRole("link", { name: "Mijn login" }).click();
  await expect(employee).toHaveURL(/\/mfa\/setup$/);
  await expect(employee.getByRole("heading", { name: text.forcedTitle, level: 1 })).toBeVisible();
  await expect(employee.getByText(`${owner.companyName} heeft multifactor authenticatie verplicht gesteld voor medewerkers.`)).toBeVisible();
  // Only "Uitloggen" in the menu, also in the page the client navigated into.
  await expect(employee.getByRole("navigation").getByRole("link")).toHaveCount(0);
  await expect(employee.getByRole("navigation").getByRole("button", { name: "Uitloggen" })).toBeVisible();

  // Typing another address leads back to the setup page — the owner-only page too —
  // with only "Uitloggen" in the menu.
  for (const path of ["/dashboard", "/account", "/employees", "/employees?q=x"]) {
    await employee.goto(path);
    await expect(employee, path).toHaveURL(/\/mfa\/setup$/);
    await expect(employee.getByRole("heading", { name: text.forcedTitle, level: 1 }), path).toBeVisible();
  }
  await expect(employee.getByRole("navigation").getByRole("link")).toHaveCount(0);
  await expect(employee.getByRole("navigation").getByRole("button", { name: "Uitloggen" })).toBeVisible();

  // Server actions and route handlers refuse on their own, whatever the pages do.
  const cookie = await cookieHeader(employeeContext);
  const passwordHashBefore = (await db.user.findUniqueOrThrow({ where: { id: employeePerson.userId } })).passwordHash;
  const changePassword = await callAction(request, cookie, "/account", "lib/actions/account.ts", "changePasswordAction", {
    currentPassword: employeePerson.password,
    newPassword: "een heel ander wachtwoord van mij",
  });
  expect(await changePassword.text()).toContain('"error":"errors.enrolmentRequired"');
  expect((await db.user.findUniqueOrThrow({ where: { id: employeePerson.userId } })).passwordHash).toBe(passwordHashBefore);
  const regenerate = await callAction(request, cookie, "/account", "lib/actions/mfa.ts", "regenerateCodesAction", { currentFactor: "123456" });
  expect(await regenerate.text()).toContain('"error":"errors.enrolmentRequired"');
  const activity = await request.get("/api/account/activity", { headers: { cookie }, maxRedirects: 0 });
  expect(activity.status()).toBe(403);

  // Enrolling on the setup page lets them through, without signing in again.
  await employee.goto("/mfa/setup");
  const employeeKey = await enrolOnSetupPage(employee);
  await expect(employee).toHaveURL(/\/dashboard$/);
  await expect(employee.getByRole("navigation").getByRole("link", { name: "Mijn login" })).toBeVisible();
  const afterEnrolment = await request.get("/api/account/activity", { headers: { cookie }, maxRedirects: 0 });
  expect(afterEnrolment.status()).toBe(200);

  // Under the policy there is no way to switch it off again, neither in the page nor over HTTP.
  await employee.getByRole("navigation").getByRole("link", { name: "Mijn login" }).click();
  await expect(employee).toHaveURL(/\/account$/);
  await expect(employee.getByText(/Ingeschakeld sinds/)).toBeVisible();
  await expect(employee.getByRole("form", { name: "Multifactor authenticatie uitschakelen" })).toHaveCount(0);
  await expect(employee.getByRole("button", { name: "Multifactor authenticatie uitschakelen" })).toHaveCount(0);
  await expect(employee.getByText(/Uw werkgever heeft multifactor authenticatie verplicht gesteld/).first()).toBeVisible();
  const disable = await callAction(request, cookie, "/account", "lib/actions/mfa.ts", "disableMfaAction", {
    currentFactor: authenticatorCode(employeeKey, 1),
  });
  expect(await disable.text()).toContain('"error":"mfa.manage.requiredByCompany"');
  expect(await db.totpCredential.count({ where: { userId: employeePerson.userId, confirmedAt: { not: null } } })).toBe(1);

  // The owner sees the employee as set up, and can follow them in the activity filter.
  await page.reload();
  await expect(personRow(page, employeePerson.email)).toContainText("Ingesteld");
  await expect(personRow(page, employeePerson.email)).not.toContainText("Niet ingesteld");
  await page.getByLabel("Persoon").selectOption({ label: employeePerson.name });
  await page.getByRole("button", { name: "Tonen" }).click();
  await expect(page).toHaveURL(new RegExp(`person=${employeePerson.userId}`));
  const activityList = page.getByRole("list", { name: "Recente beveiligingsactiviteit" });
  await expect(activityList).toContainText("Multifactor authenticatie ingeschakeld");
  await expect(activityList).not.toContainText("Beleid multifactor authenticatie gewijzigd");
  await employeeContext.close();
});

test("an employee who signs in under the policy without an authenticator gets only the setup page", async ({ page }) => {
  const owner = await createPerson({ mfa: true });
  await setCompanyPolicy(owner.companyId, true);
  const employeePerson = await createPerson({ companyId: owner.companyId });
  await signIn(page, employeePerson, { landsOn: /\/mfa\/setup$/ });
  await expect(page.getByRole("heading", { name: text.forcedTitle, level: 1 })).toBeVisible();
  await expect(page.getByRole("navigation").getByRole("link")).toHaveCount(0);
  // "Uitloggen" is the way out.
  await signOut(page);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fdashboard$/);
});

test("the owner resets an employee's MFA with their own code: the employee is signed out and must enrol again", async ({
  page,
  browser,
}) => {
  const owner = await createPerson({ mfa: true });
  await setCompanyPolicy(owner.companyId, true);
  const employeePerson = await createPerson({ companyId: owner.companyId, mfa: true });
  if (!employeePerson.key) throw new Error("employee without key");
  const employeeContext = await newPersonContext(browser);
  const employee = await employeeContext.newPage();
  await signIn(employee, employeePerson, { code: authenticatorCode(employeePerson.key) });

  await signIn(page, owner, { code: authenticatorCode(owner.key) });
  await page.goto("/employees");
  const row = personRow(page, employeePerson.email);
  await expect(row).toContainText("Ingesteld");
  await row.getByRole("button", { name: "MFA resetten" }).click();
  const form = page.getByRole("form", { name: `Multifactor authenticatie resetten voor ${employeePerson.name}` });
  const factor = form.getByLabel("Uw eigen verificatiecode of herstelcode");

  // A wrong code of the owner's is refused, next to the field, and changes nothing.
  await factor.fill(wrongCodeAt(owner.key, Date.now()));
  await form.getByRole("button", { name: "Resetten" }).click();
  await expect(form.getByText("Deze code klopt niet.")).toBeVisible();
  await expect(factor).toHaveAttribute("aria-invalid", "true");
  expect(await db.activityEvent.count({ where: { userId: owner.userId, type: "SECOND_FACTOR_FAILED" } })).toBe(1);
  expect(await db.totpCredential.count({ where: { userId: employeePerson.userId } })).toBe(1);
  await employee.reload();
  await expect(employee).toHaveURL(/\/dashboard$/);

  // The right one (the next time step: the last one was used to sign in).
  await factor.fill(authenticatorCode(owner.key, 1));
  await form.getByRole("button", { name: "Resetten" }).click();
  await expect(page.getByText(`De multifactor authenticatie van ${employeePerson.name} is gereset.`)).toBeVisible();
  await expect(row).toContainText("Niet ingesteld");
  expect(await db.totpCredential.count({ where: { userId: employeePerson.userId } })).toBe(0);
  expect(await db.recoveryCode.count({ where: { userId: employeePerson.userId } })).toBe(0);
  expect(await mailsTo(employeePerson.email, "Uw multifactor authenticatie is gereset")).toHaveLength(1);
  await page.reload();
  await expect(page.getByRole("list", { name: "Recente beveiligingsactiviteit" })).toContainText("Multifactor authenticatie gereset door eigenaar");

  // The employee's open page: the next click ends on the login page.
  await employee.getByRole("navigation").getByRole("link", { name: "Mijn login" }).click();
  await expect(employee).toHaveURL(/\/login/);
  await employee.goto("/dashboard");
  await expect(employee).toHaveURL(/\/login\?callbackUrl=%2Fdashboard$/);

  // Signing in again takes the password only (MFA is gone), and the policy sends them to enrol.
  await signIn(employee, employeePerson, { landsOn: /\/mfa\/setup$/ });
  await expect(employee.getByRole("heading", { name: text.forcedTitle, level: 1 })).toBeVisible();
  await employeeContext.close();
});

test("a removed employee's open session ends at the next click and they can no longer sign in", async ({ page, account, browser }) => {
  await register(page, account, { timeout: PASSWORD_STEP_TIMEOUT });
  const { companyId } = await companyOf(account.email);
  const employeePerson = await createPerson({ companyId });
  const colleague = await createPerson({ companyId, label: "collega" });
  const employeeContext = await newPersonContext(browser);
  const employee = await employeeContext.newPage();
  await signIn(employee, employeePerson);

  await page.goto("/employees");
  const row = personRow(page, employeePerson.email);
  await row.getByRole("button", { name: "Verwijderen" }).click();
  await expect(row.getByText(`${employeePerson.name} verwijderen?`)).toBeVisible();
  await row.getByRole("button", { name: "Ja, verwijderen" }).click();
  await expect(personRow(page, employeePerson.email)).toHaveCount(0);
  await expect(personRow(page, colleague.email)).toHaveCount(1);
  expect(await db.user.count({ where: { email: employeePerson.email } })).toBe(0);
  await expect(page.getByRole("list", { name: "Recente beveiligingsactiviteit" })).toContainText("Medewerker verwijderd");

  await employee.getByRole("navigation").getByRole("link", { name: "Mijn login" }).click();
  await expect(employee).toHaveURL(/\/login/);
  await signIn(employee, employeePerson, { landsOn: /\/login$/ });
  await expect(employee.getByText(text.invalidCredentials)).toBeVisible({ timeout: PASSWORD_STEP_TIMEOUT });
  await expect(employee).toHaveURL(/\/login$/);
  await employeeContext.close();
});

test("reminders go once a day to each employee without an authenticator", async ({ page, account }) => {
  await register(page, account, { timeout: PASSWORD_STEP_TIMEOUT });
  const { companyId } = await companyOf(account.email);
  const without = [await createPerson({ companyId, label: "zonder" }), await createPerson({ companyId, label: "zonder" })];
  const withMfa = await createPerson({ companyId, label: "met", mfa: true });

  await page.goto("/employees");
  await expect(page.getByText("2 van uw medewerkers hebben nog geen authenticator app ingesteld.", { exact: false })).toBeVisible();
  const button = page.getByRole("button", { name: "Herinnering sturen aan medewerkers zonder authenticator app" });
  await button.click();
  await expect(page.getByRole("status").filter({ hasText: "2 herinnering(en) verstuurd." })).toBeVisible();
  for (const person of without) {
    const mails = await mailsTo(person.email, text.reminderSubject);
    expect(mails, person.email).toHaveLength(1);
    expect(mails[0]?.text).toContain(account.companyName);
    expect(mails[0]?.text).toContain("/mfa/setup");
  }
  expect(await mailsTo(withMfa.email)).toHaveLength(0);

  // Pressing again the same day sends nothing, and says so.
  await button.click();
  await expect(page.getByRole("status").filter({ hasText: "Er was niemand om te herinneren" })).toBeVisible();
  for (const person of without) expect(await mailsTo(person.email, text.reminderSubject)).toHaveLength(1);
  await page.reload();
  await button.click();
  await expect(page.getByRole("status").filter({ hasText: "Er was niemand om te herinneren" })).toBeVisible();
  for (const person of without) expect(await mailsTo(person.email, text.reminderSubject)).toHaveLength(1);
});

function callAction(request: APIRequestContext, cookie: string, path: string, filename: string, exportedName: string, input: unknown) {
  return callServerAction(request, { path, filename, exportedName, args: [input], cookie });
}
