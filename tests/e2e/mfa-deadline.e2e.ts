import fs from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { E2E_PORT } from "../support/e2e-env.mjs";
import { uniqueIp } from "../support/unique";
import { test, expect, db, createPerson } from "./fixtures";
import { actionError, postServerAction, startAppServer, type AppServer } from "./fixtures/app-server";
import { cookieHeader, mailsTo, personRow, signIn } from "./fixtures/company";
import { authenticatorCode } from "./fixtures/totp";

/*
 * Issue 14, point 1, "Done when": the policy with a 7-day deadline; an employee sees the
 * banner and can work; the reminder mails are in the outbox on their days; with the clock
 * moved past the deadline the next request lands on the setup page.
 *
 * Days pass without sleeping: this file starts one more app server from the same build and
 * database with TEST_CLOCK_FILE (lib/clock.ts), a file under test-results/ holding the
 * offset the test moves, and a short MFA_REMINDER_INTERVAL_MS so its reminder job runs
 * often. The main test server never gets a clock file: other tests run there in parallel.
 */

const PORT = Number(process.env.MFA_DEADLINE_E2E_PORT || E2E_PORT + 1190);
const CLOCK_FILE = path.resolve(`test-results/mfa-deadline-clock-${PORT}.txt`);
const DAY_MS = 24 * 60 * 60_000;
// Each reminder is sent by the job within a few of its runs; a busy machine gets some slack.
const MAIL_TIMEOUT = 30_000;

function moveClock(days: number): void {
  fs.mkdirSync(path.dirname(CLOCK_FILE), { recursive: true });
  fs.writeFileSync(CLOCK_FILE, String(Math.round(days * DAY_MS)));
}

async function personPage(browser: Browser, baseURL: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL, locale: "nl-NL", timezoneId: "Europe/Amsterdam", extraHTTPHeaders: { "X-Forwarded-For": uniqueIp() } });
  return { context, page: await context.newPage() };
}

async function reminderSubjects(email: string): Promise<string[]> {
  return (await mailsTo(email, /multifactor authenticatie in te stellen$/)).map((mail) => mail.subject);
}

test.describe("mandatory MFA with a 7-day deadline, on a server whose clock the test moves", () => {
  test.describe.configure({ mode: "serial" });
  let server: AppServer;

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    moveClock(0);
    server = await startAppServer({
      port: PORT,
      trustedProxies: 1,
      env: { TEST_CLOCK_FILE: CLOCK_FILE, MFA_REMINDER_INTERVAL_MS: "300" },
    });
  });

  test.afterAll(async () => {
    await server?.stop();
    fs.rmSync(CLOCK_FILE, { force: true });
  });

  test("an employee sees the banner and works; the reminders arrive on their days; past the deadline the next request lands on setup", async ({ browser }) => {
    test.setTimeout(180_000);
    const owner = await createPerson({ mfa: true, label: "eigenaar" });
    const employee = await createPerson({ companyId: owner.companyId, label: "medewerker" });
    const boss = await personPage(browser, server.url);
    const worker = await personPage(browser, server.url);

    // The owner switches the policy on with 7 days, by keyboard-reachable radio buttons.
    await signIn(boss.page, owner, { code: authenticatorCode(owner.key) });
    await boss.page.goto("/employees");
    await boss.page.getByRole("switch", { name: "Multifactor authenticatie verplicht stellen voor medewerkers" }).click();
    const period = boss.page.getByRole("group", { name: "Wanneer moet het ingesteld zijn?" });
    await expect(period.getByRole("radio", { name: "Direct" })).toBeChecked();
    await period.getByRole("radio", { name: "Binnen 7 dagen" }).check();
    await boss.page.getByRole("button", { name: "Ja, verplicht stellen" }).click();
    await expect(boss.page.getByText(/Medewerkers zonder authenticator app kunnen nog werken tot/)).toBeVisible();
    await expect(personRow(boss.page, employee.email)).toContainText("Nog 7 dagen");
    await expect(personRow(boss.page, owner.email)).toContainText("Ingesteld");
    const company = await db.company.findUniqueOrThrow({ where: { id: owner.companyId } });
    expect(company.mfaGraceDays).toBe(7);
    expect(await db.activityEvent.count({ where: { companyId: owner.companyId, type: "MFA_DEADLINE_CHANGED", detail: { startsWith: "7d until=" } } })).toBe(1);

    // The employee signs in without MFA, sees the banner on every page and can work.
    await signIn(worker.page, employee);
    const banner = worker.page.getByRole("region", { name: "Multifactor authenticatie instellen" });
    await expect(banner).toContainText("U heeft nog 7 dagen");
    await expect(banner.getByRole("link", { name: "Nu instellen" })).toHaveAttribute("href", "/mfa/setup");
    await worker.page.goto("/account");
    await expect(worker.page).toHaveURL(/\/account$/);
    await expect(banner).toBeVisible();

    // Moving the deadline is the owner's: the employee's direct call is refused, nothing changes.
    const refused = await postServerAction({
      port: PORT,
      path: "/dashboard",
      filename: "lib/actions/employees.ts",
      exportedName: "changeDeadlineAction",
      args: [{ kind: "immediate" }],
      cookie: await cookieHeader(worker.context),
    });
    expect(actionError(refused)).toBe("errors.forbidden");
    expect((await db.company.findUniqueOrThrow({ where: { id: owner.companyId } })).mfaDeadline).toEqual(company.mfaDeadline);

    // The first reminder goes at once (7 days left), and only once.
    await expect.poll(() => reminderSubjects(employee.email), { timeout: MAIL_TIMEOUT }).toEqual(["Nog 7 dagen om multifactor authenticatie in te stellen"]);
    moveClock(1);
    await worker.page.reload();
    await expect(banner).toContainText("U heeft nog 6 dagen");

    moveClock(4);
    await expect
      .poll(() => reminderSubjects(employee.email), { timeout: MAIL_TIMEOUT })
      .toEqual(["Nog 7 dagen om multifactor authenticatie in te stellen", "Nog 3 dagen om multifactor authenticatie in te stellen"]);
    await worker.page.reload();
    await expect(banner).toContainText("U heeft nog 3 dagen");

    moveClock(6);
    await expect
      .poll(() => reminderSubjects(employee.email), { timeout: MAIL_TIMEOUT })
      .toEqual([
        "Nog 7 dagen om multifactor authenticatie in te stellen",
        "Nog 3 dagen om multifactor authenticatie in te stellen",
        "Nog 1 dag om multifactor authenticatie in te stellen",
      ]);
    const [lastMail] = await mailsTo(employee.email, "Nog 1 dag om multifactor authenticatie in te stellen");
    expect(lastMail?.text).toContain(`${server.url}/mfa/setup`);
    await boss.page.reload();
    await expect(personRow(boss.page, employee.email)).toContainText("Nog 1 dag");

    // Past the deadline: the employee's next request lands on the setup page, no banner there.
    moveClock(8);
    await worker.page.goto("/account");
    await expect(worker.page).toHaveURL(/\/mfa\/setup$/);
    await expect(banner).toHaveCount(0);
    await worker.page.goto("/dashboard");
    await expect(worker.page).toHaveURL(/\/mfa\/setup$/);
    await boss.page.reload();
    await expect(personRow(boss.page, employee.email)).toContainText("Te laat (verplicht)");
    // No fourth mail after the deadline.
    expect(await reminderSubjects(employee.email)).toHaveLength(3);

    await boss.context.close();
    await worker.context.close();
  });
});

test("the owner moves the deadline to a date, then makes it immediate; Medewerkers follows", async ({ page }) => {
  const owner = await createPerson({ mfa: true, label: "eigenaar" });
  const employee = await createPerson({ companyId: owner.companyId, label: "medewerker" });
  await signIn(page, owner, { code: authenticatorCode(owner.key) });
  await page.goto("/employees");
  await page.getByRole("switch", { name: "Multifactor authenticatie verplicht stellen voor medewerkers" }).click();
  // By keyboard: arrow keys move through the radio group.
  await page.getByRole("radio", { name: "Direct" }).focus();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("radio", { name: "Binnen 14 dagen" })).toBeChecked();
  await page.getByRole("button", { name: "Ja, verplicht stellen" }).click();
  await expect(personRow(page, employee.email)).toContainText("Nog 14 dagen");
  await expect(page.getByText("Wie later begint, krijgt 14 dagen vanaf de eerste keer inloggen.")).toBeVisible();

  // A date too near is refused, clearly, and nothing changes.
  const move = page.getByRole("group", { name: "Nieuwe termijn" });
  await move.getByRole("radio", { name: "Tot een datum" }).check();
  const dateField = page.getByLabel("Datum (tot en met)");
  const today = new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Amsterdam" });
  await dateField.fill(today);
  await page.getByRole("button", { name: "Termijn opslaan" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Kies een datum vanaf morgen en hoogstens 90 dagen vooruit." })).toBeVisible();
  await expect(personRow(page, employee.email)).toContainText("Nog 14 dagen");

  const inTwentyDays = new Date(Date.now() + 20 * DAY_MS).toLocaleDateString("sv-SE", { timeZone: "Europe/Amsterdam" });
  await dateField.fill(inTwentyDays);
  await page.getByRole("button", { name: "Termijn opslaan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De termijn is gewijzigd." })).toBeVisible();
  await expect(personRow(page, employee.email)).toContainText("Nog 21 dagen");

  await page.getByRole("button", { name: "Nu direct verplicht stellen" }).click();
  await page.getByRole("button", { name: "Ja, nu direct verplicht stellen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Multifactor authenticatie is nu direct verplicht voor medewerkers." })).toBeVisible();
  // No deadline any more: forced now, shown as before deadlines existed.
  await expect(personRow(page, employee.email)).toContainText("Niet ingesteld");
  await expect(page.getByRole("button", { name: "Nu direct verplicht stellen" })).toHaveCount(0);
  const types = await db.activityEvent.findMany({ where: { companyId: owner.companyId, type: "MFA_DEADLINE_CHANGED" }, orderBy: { createdAt: "asc" } });
  expect(types.map((row) => row.detail?.split(" ")[0])).toEqual(["14d", "date", "immediate"]);
});
