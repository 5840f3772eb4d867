import type { Browser, BrowserContext } from "@playwright/test";
import { test, expect, createPerson } from "./fixtures";
import { actionError, postLogin } from "./fixtures/app-server";
import { PASSWORD_STEP_TIMEOUT, signIn } from "./fixtures/company";
import { expectSignedInByLink, LOGIN_LINK_SUBJECT, linkFromText, passwordStep, requestLink, useLink } from "./fixtures/login-link";
import { contextOn, startPair, type Pair } from "./fixtures/two-instances";
import { suiteDatabaseIsPostgres } from "./fixtures/suite-database";
import { authenticatorCode } from "./fixtures/totp";
import { uniqueIp } from "../support/unique";

/*
 * Issue 12, point 1: two production instances, A and B, behind one (imagined) load
 * balancer on one PostgreSQL database. Every piece of sign-in state — the login challenge,
 * the used TOTP step, the throttles, the session version, the company's policy, the login
 * link — must live in the database, so each step works (or is refused) the same whichever
 * instance it reaches. A server keeping any of it in memory fails one of these tests.
 */
test.skip(!suiteDatabaseIsPostgres, "two instances on one database need PostgreSQL: SQLite refuses a second process by design (server/sqlite-lock.mjs)");
// One pair of servers for the file, so its tests run one after another in one worker;
// not serial: one failing test does not skip the others.
test.describe.configure({ mode: "default", timeout: 120_000 });

let pair: Pair;
test.beforeAll(async () => {
  test.setTimeout(120_000);
  pair = await startPair();
});
test.afterAll(async () => {
  await pair?.stop();
});

const wrongCodeMessage = "Deze code klopt niet. Vul de code in die de app nu toont.";

async function openContext(browser: Browser, on: "a" | "b"): Promise<BrowserContext> {
  return contextOn(browser, on === "a" ? pair.a : pair.b);
}

test("the password step on A, the second step on B", async ({ browser }) => {
  const person = await createPerson({ label: "twee-a-b", mfa: true, client: pair.client });
  const context = await openContext(browser, "a");
  const page = await context.newPage();
  await passwordStep(page, person);
  expect(new URL(page.url()).origin).toBe(pair.a.url);

  // Same browser, other server: the challenge A started is found by B.
  await page.goto(`${pair.b.url}/login/verify`);
  await expect(page).toHaveURL(`${pair.b.url}/login/verify`);
  await page.getByLabel("Verificatiecode").fill(authenticatorCode(person.key));
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).toHaveURL(`${pair.b.url}/dashboard`, { timeout: PASSWORD_STEP_TIMEOUT });
  expect(await pair.client.activityEvent.count({ where: { userId: person.id, type: "LOGIN_SUCCEEDED" } })).toBe(1);
  await context.close();
});

test("a code used on A is refused on B, for a new sign-in of the same person", async ({ browser }) => {
  const person = await createPerson({ label: "twee-replay", mfa: true, client: pair.client });
  const code = authenticatorCode(person.key);
  const codeStep = Math.floor(Date.now() / 30_000);
  const first = await openContext(browser, "a");
  await signIn(await first.newPage(), person, { code });
  const used = await pair.client.user.findUniqueOrThrow({ where: { id: person.id }, select: { totpLastUsedStep: true } });
  expect(used.totpLastUsedStep).not.toBeNull();

  // Another browser, its own challenge, entirely on B.
  const second = await openContext(browser, "b");
  const page = await second.newPage();
  await passwordStep(page, person);
  await page.getByLabel("Verificatiecode").fill(code);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByText(wrongCodeMessage)).toBeVisible();
  await expect(page).toHaveURL(/\/login\/verify/);
  // Still within the app's one step of drift: refused as used, not as too old.
  expect(Math.floor(Date.now() / 30_000), "the replay came too late to prove anything").toBeLessThanOrEqual(codeStep + 1);
  const after = await pair.client.user.findUniqueOrThrow({ where: { id: person.id }, select: { totpLastUsedStep: true } });
  expect(after.totpLastUsedStep).toBe(used.totpLastUsedStep);

  // The challenge itself is fine: the next step's code signs in on B.
  await page.getByLabel("Verificatiecode").fill(authenticatorCode(person.key, 1));
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).toHaveURL(`${pair.b.url}/dashboard`);
  await first.close();
  await second.close();
});

test("wrong passwords split over A and B lock the account at the same total as on one instance", async () => {
  const person = await createPerson({ label: "twee-throttle", client: pair.client });
  const wrong = { email: person.email, password: `${person.password} fout` };
  // A stranger per attempt (no device cookie) from an address per attempt: only the per-account count adds up.
  for (const instance of [pair.a, pair.a, pair.a, pair.a, pair.a, pair.b, pair.b, pair.b, pair.b, pair.b]) {
    const response = await postLogin(instance.port, wrong, { forwardedFor: uniqueIp() });
    expect(actionError(response), `wrong password on ${instance.url}`).toBe("auth.login.invalidCredentials");
  }
  // Five on each: neither server alone saw ten, yet both refuse the eleventh, the right password.
  for (const instance of [pair.a, pair.b]) {
    const response = await postLogin(instance.port, person, { forwardedFor: uniqueIp() });
    expect(actionError(response), `right password on ${instance.url}`).toBe("errors.tooManyAttempts");
  }
  expect(await pair.client.loginChallenge.count({ where: { userId: person.id } })).toBe(0);
});

test("\"Overal uitloggen\" on A ends a session on B at its next request", async ({ browser }) => {
  const person = await createPerson({ label: "twee-overal", client: pair.client });
  const onA = await openContext(browser, "a");
  const pageA = await onA.newPage();
  await signIn(pageA, person);
  // A's session cookie works on B as well.
  await pageA.goto(`${pair.b.url}/dashboard`);
  await expect(pageA).toHaveURL(`${pair.b.url}/dashboard`);

  // A second browser with a session of its own, started on B.
  const onB = await openContext(browser, "b");
  const pageB = await onB.newPage();
  await signIn(pageB, person);

  await pageA.goto("/account");
  await pageA.getByRole("button", { name: "Overal uitloggen" }).click();
  await expect(pageA).toHaveURL(`${pair.a.url}/login?notice=sessionEnded`);

  await pageB.getByRole("navigation").getByRole("link", { name: "Mijn login" }).click();
  await expect(pageB).toHaveURL(new RegExp(`^${pair.b.url}/login`));
  await pageB.goto("/dashboard");
  await expect(pageB).toHaveURL(new RegExp(`^${pair.b.url}/login`));
  await onA.close();
  await onB.close();
});

test("the owner makes MFA mandatory on A; the employee's next request on B lands on the setup page", async ({ browser }) => {
  const owner = await createPerson({ label: "twee-eigenaar", mfa: true, client: pair.client });
  const employee = await createPerson({ companyId: owner.companyId, client: pair.client });
  const employeeContext = await openContext(browser, "b");
  const employeePage = await employeeContext.newPage();
  await signIn(employeePage, employee);

  const ownerContext = await openContext(browser, "a");
  const ownerPage = await ownerContext.newPage();
  await signIn(ownerPage, owner, { code: authenticatorCode(owner.key) });
  await ownerPage.goto("/employees");
  const policySwitch = ownerPage.getByRole("switch", { name: "Multifactor authenticatie verplicht stellen voor medewerkers" });
  await policySwitch.click();
  await ownerPage.getByRole("button", { name: "Ja, verplicht stellen" }).click();
  await expect(policySwitch).toHaveAttribute("aria-checked", "true");

  await employeePage.getByRole("navigation").getByRole("link", { name: "Mijn login" }).click();
  await expect(employeePage).toHaveURL(`${pair.b.url}/mfa/setup`);
  await expect(employeePage.getByRole("heading", { name: "Stel multifactor authenticatie in", level: 1 })).toBeVisible();
  await ownerContext.close();
  await employeeContext.close();
});

test("a login link requested on A is confirmed on B", async ({ browser }) => {
  const person = await createPerson({ label: "twee-link", mfa: true, backupPrefix: "reserve", client: pair.client });
  const context = await openContext(browser, "a");
  const page = await context.newPage();
  await passwordStep(page, person);
  await requestLink(page);

  let mailText = "";
  await expect
    .poll(async () => {
      const mails = await pair.client.outboxMail.findMany({ where: { to: person.backup } });
      mailText = mails.find((mail) => LOGIN_LINK_SUBJECT.test(mail.subject))?.text ?? "";
      return mailText !== "";
    }, { message: `a login link mail to ${person.backup}` })
    .toBe(true);
  const link = linkFromText(mailText);
  expect(link.startsWith(`${pair.a.url}/`)).toBe(true);

  await useLink(page, link.replace(pair.a.url, pair.b.url));
  await expectSignedInByLink(page);
  expect(new URL(page.url()).origin).toBe(pair.b.url);
  await context.close();
});
