import type { APIRequestContext } from "@playwright/test";
import { test, expect, db, createPerson, register } from "./fixtures";
import { callServerAction } from "./fixtures/server-actions";
import { authenticatorCode } from "./fixtures/totp";
import {
  companyOf,
  cookieHeader,
  createInvitation,
  invitationLinks,
  newPersonContext,
  PASSWORD_STEP_TIMEOUT,
  personRow,
  signIn,
} from "./fixtures/company";

// Several people, several password hashes each: more than the default minute on a busy machine.
test.describe.configure({ timeout: 120_000 });

/*
 * Who may do what on "Medewerkers", tried the way an attacker would: server actions called
 * over plain HTTP with a real session's cookies and someone else's ids. Every refusal is
 * checked against the database too — an error text alone proves nothing was left undone.
 */

const ACTIONS = "lib/actions/employees.ts";

function ownerAction(request: APIRequestContext, cookie: string, exportedName: string, input: unknown) {
  return callServerAction(request, { path: "/employees", filename: ACTIONS, exportedName, args: [input], cookie });
}

test("an owner cannot see, invite into, reset or remove anyone of another company", async ({ page, browser, request }) => {
  // Company A, whose owner is the attacker (with MFA, so a reset gets as far as the lookup).
  const ownerA = await createPerson({ mfa: true });
  const ownEmployee = await createPerson({ companyId: ownerA.companyId, label: "eigen" });
  // Company B, the victim.
  const ownerB = await createPerson({ mfa: true });
  const employeeB = await createPerson({ companyId: ownerB.companyId, mfa: true, label: "slachtoffer" });
  if (!employeeB.key) throw new Error("employee without key");
  const invitationB = await createInvitation(ownerB.companyId, ownerB.userId);
  const employeeBBefore = await db.user.findUniqueOrThrow({ where: { id: employeeB.userId } });

  await signIn(page, ownerA, { code: authenticatorCode(ownerA.key) });
  // A's page never shows B's people: not in the list, not in a search, not in the activity filter.
  await page.goto("/employees");
  await expect(personRow(page, ownerA.email)).toHaveCount(1);
  await expect(page.getByText(employeeB.email)).toHaveCount(0);
  await expect(page.getByText(ownerB.email)).toHaveCount(0);
  await expect(page.getByText(invitationB.email)).toHaveCount(0);
  await page.getByLabel("Zoeken op naam of e-mailadres").fill(employeeB.email);
  await page.getByRole("button", { name: "Zoeken", exact: true }).click();
  await expect(page).toHaveURL(/\?q=/);
  await expect(page.getByText(`Niemand gevonden voor “${employeeB.email}”.`)).toBeVisible();
  await expect(page.getByRole("row")).toHaveCount(0);
  await expect(page.getByLabel("Persoon").getByRole("option", { name: employeeB.name })).toHaveCount(0);
  await page.goto(`/employees?person=${employeeB.userId}`);
  await expect(page.getByText(employeeB.name)).toHaveCount(0);
  await expect(page.getByText("Nog geen activiteit.")).toBeVisible();

  const cookie = await cookieHeader(page.context());

  const notFound = '"error":"employees.notFound"';
  const invitationNotFound = '"error":"employees.invite.notFound"';
  // Reset: refused at the lookup, before the owner's code is even looked at.
  const reset = await ownerAction(request, cookie, "resetMfaAction", { employeeId: employeeB.userId, ownerFactor: authenticatorCode(ownerA.key, 1) });
  expect.soft(await reset.text(), "resetMfaAction").toContain(notFound);
  for (const employeeId of [employeeB.userId, ownerB.userId]) {
    const remove = await ownerAction(request, cookie, "removeEmployeeAction", { employeeId });
    expect.soft(await remove.text(), `removeEmployeeAction ${employeeId}`).toContain(notFound);
  }
  // The owner of A cannot remove themselves either (an owner is no employee).
  expect.soft(await (await ownerAction(request, cookie, "removeEmployeeAction", { employeeId: ownerA.userId })).text(), "remove self").toContain(notFound);
  const revoke = await ownerAction(request, cookie, "revokeInvitationAction", { invitationId: invitationB.id });
  expect.soft(await revoke.text(), "revokeInvitationAction").toContain(invitationNotFound);
  const resend = await ownerAction(request, cookie, "resendInvitationAction", { invitationId: invitationB.id });
  expect.soft(await resend.text(), "resendInvitationAction").toContain(invitationNotFound);

  // An invitation can only ever be for the caller's own company, whatever else is sent.
  const smuggled = `smokkel-${ownerA.email}`;
  const invite = await ownerAction(request, cookie, "inviteAction", { email: smuggled, companyId: ownerB.companyId });
  expect(await invite.text()).toContain('"ok":true');
  const created = await db.invitation.findMany({ where: { email: smuggled } });
  expect(created.map((invitation) => invitation.companyId)).toEqual([ownerA.companyId]);

  // The same calls do work on A's own people: the refusals above are about the company.
  const removeOwn = await ownerAction(request, cookie, "removeEmployeeAction", { employeeId: ownEmployee.userId });
  expect(await removeOwn.text()).toContain('"ok":true');
  expect(await db.user.count({ where: { id: ownEmployee.userId } })).toBe(0);

  // B is untouched: employee, authenticator, sessions, invitation, mail.
  const employeeBAfter = await db.user.findUniqueOrThrow({ where: { id: employeeB.userId } });
  expect(employeeBAfter.sessionVersion).toBe(employeeBBefore.sessionVersion);
  expect(await db.totpCredential.count({ where: { userId: employeeB.userId, confirmedAt: { not: null } } })).toBe(1);
  expect(await db.recoveryCode.count({ where: { userId: employeeB.userId, usedAt: null } })).toBe(10);
  const invitationBAfter = await db.invitation.findUniqueOrThrow({ where: { id: invitationB.id } });
  expect(invitationBAfter.revokedAt).toBeNull();
  expect(await invitationLinks(invitationB.email)).toHaveLength(0);
  expect(await db.activityEvent.count({ where: { companyId: ownerB.companyId } })).toBe(0);

  // B's employee still signs in, with password and code.
  const victim = await newPersonContext(browser);
  const victimPage = await victim.newPage();
  await signIn(victimPage, employeeB, { code: authenticatorCode(employeeB.key) });
  // B's own link still opens the form.
  await victimPage.goto(`/invite/${invitationB.token}`);
  await expect(victimPage.getByLabel("Uw naam")).toBeVisible();
  await victim.close();
});

test("an employee gets no Medewerkers page, and every owner action called directly is refused", async ({ page, account, browser, request }) => {
  await register(page, account, { timeout: PASSWORD_STEP_TIMEOUT });
  const { userId: ownerId, companyId } = await companyOf(account.email);
  const employeePerson = await createPerson({ companyId });
  const colleague = await createPerson({ companyId, label: "collega" });
  const invitation = await createInvitation(companyId, ownerId);

  const employeeContext = await newPersonContext(browser);
  const employee = await employeeContext.newPage();
  await signIn(employee, employeePerson);
  await expect(employee.getByRole("navigation").getByRole("link", { name: "Medewerkers" })).toHaveCount(0);
  const response = await employee.goto("/employees");
  expect(response?.status()).toBe(403);
  await expect(employee.getByRole("heading", { name: "Geen toegang", level: 1 })).toBeVisible();
  await expect(employee.getByText("Deze pagina is alleen voor de eigenaar van het account.")).toBeVisible();
  await expect(employee.getByText(colleague.email)).toHaveCount(0);

  const cookie = await cookieHeader(employeeContext);
  const companyBefore = await db.company.findUniqueOrThrow({ where: { id: companyId } });
  const calls: [string, unknown][] = [
    ["inviteAction", { email: `via-medewerker-${account.email}` }],
    ["resendInvitationAction", { invitationId: invitation.id }],
    ["revokeInvitationAction", { invitationId: invitation.id }],
    ["setPolicyAction", { required: true }],
    ["resetMfaAction", { employeeId: colleague.userId, ownerFactor: "123456" }],
    ["removeEmployeeAction", { employeeId: colleague.userId }],
    ["sendRemindersAction", {}],
  ];
  for (const [name, input] of calls) {
    const answer = await ownerAction(request, cookie, name, input);
    expect.soft(await answer.text(), name).toContain('"error":"errors.forbidden"');
  }

  // Nothing happened.
  expect((await db.company.findUniqueOrThrow({ where: { id: companyId } })).mfaRequired).toBe(companyBefore.mfaRequired);
  expect(await db.user.count({ where: { id: colleague.userId } })).toBe(1);
  expect(await db.invitation.count({ where: { companyId } })).toBe(1);
  expect((await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).revokedAt).toBeNull();
  expect(await invitationLinks(invitation.email)).toHaveLength(0);
  expect(await db.outboxMail.count({ where: { to: { in: [colleague.email, employeePerson.email] } } })).toBe(0);
  expect((await db.user.findUniqueOrThrow({ where: { id: colleague.userId } })).lastMfaReminderAt).toBeNull();
  await employeeContext.close();
});

test("\"Overal uitloggen\" ends the user's other open session at its next request", async ({ page, account, browser, request }) => {
  await register(page, account, { timeout: PASSWORD_STEP_TIMEOUT });
  const other = await newPersonContext(browser);
  const otherPage = await other.newPage();
  await signIn(otherPage, account);
  const otherCookie = await cookieHeader(other);
  expect((await request.get("/api/account/activity", { headers: { cookie: otherCookie }, maxRedirects: 0 })).status()).toBe(200);

  await page.getByRole("navigation").getByRole("link", { name: "Mijn login" }).click();
  await page.getByRole("button", { name: "Overal uitloggen" }).click();
  await expect(page).toHaveURL(/\/login\?notice=sessionEnded$/);
  await expect(page.getByText("Uw sessie is beëindigd. Log opnieuw in.")).toBeVisible();

  // The other browser's next click: back to the login page. Its cookie is worth nothing now.
  await otherPage.getByRole("navigation").getByRole("link", { name: "Mijn login" }).click();
  await expect(otherPage).toHaveURL(/\/login/);
  await expect(otherPage.getByRole("button", { name: "Inloggen" })).toBeVisible();
  expect((await request.get("/api/account/activity", { headers: { cookie: otherCookie }, maxRedirects: 0 })).status()).toBe(401);
  await other.close();

  // Signing in afresh works, and the log says what happened.
  await signIn(page, account);
  await page.goto("/account");
  await expect(page.getByRole("list", { name: "Recente beveiligingsactiviteit" })).toContainText("Overal uitgelogd");
});
