import type { Browser, BrowserContext, Page } from "@playwright/test";
import { E2E_PORT } from "../support/e2e-env.mjs";
import { uniqueIp } from "../support/unique";
import { test, expect, db, createPerson, login, signOut } from "./fixtures";
import { actionError, postLogin, randomLoopbackAddress, startAppServer, type AppServer } from "./fixtures/app-server";
import { PASSWORD_STEP_TIMEOUT, signIn } from "./fixtures/company";
import { latestMail, linkIn } from "./fixtures/outbox";

/*
 * Issue 9, tried as an attacker would, through the running server (server/index.mjs):
 * whatever X-Forwarded-For a client writes, the app counts and logs the address it really
 * came from; and strangers' failures never lock the account holder out.
 *
 * The main test server plays behind a proxy (TRUSTED_PROXIES=1, scripts/e2e-server.mjs),
 * so these tests start one more server from the same build and database with the default,
 * TRUSTED_PROXIES=0: there only the TCP peer counts. The attacker's requests leave from a
 * loopback address of their own (127.x.y.z), since the other browser tests connect from
 * 127.0.0.1 and must not find its per-IP budget used up.
 */

const EXTRA_PORT = Number(process.env.CLIENT_ADDRESS_E2E_PORT || E2E_PORT + 700);

const WAIT_MESSAGE = /Te veel pogingen\. Probeer het over (\d+) minuten opnieuw\./;
const INVALID = "auth.login.invalidCredentials";
const TOO_MANY = "errors.tooManyAttempts";

/** Rows of the attempt counters for these client addresses. */
function perIpCounters(addresses: string[]) {
  return db.rateLimit.findMany({ where: { key: { in: addresses.map((address) => `login:ip:${address}`) } } });
}

async function failedSignIns(userIds: string[]) {
  return db.activityEvent.findMany({ where: { userId: { in: userIds }, type: "LOGIN_FAILED" }, select: { ipAddress: true } });
}

/** A wrong password for each e-mail address in turn, each request claiming another address. */
async function attack(port: number, emails: string[], from: string): Promise<{ answers: (string | null)[]; forged: string[] }> {
  const answers: (string | null)[] = [];
  const forged: string[] = [];
  for (const [attempt, email] of emails.entries()) {
    const claimed = uniqueIp();
    forged.push(claimed);
    const response = await postLogin(port, { email, password: `geraden wachtwoord nummer ${attempt}` }, { forwardedFor: claimed, localAddress: from });
    expect(response.status, response.body.slice(0, 300)).toBe(200);
    answers.push(actionError(response));
  }
  return { answers, forged };
}

test.describe("with TRUSTED_PROXIES=0 (no proxy in front)", () => {
  // One extra server per worker: the tests of this block run one after another in one worker.
  test.describe.configure({ mode: "default" });

  let server: AppServer;

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    server = await startAppServer({ port: EXTRA_PORT, trustedProxies: 0 });
  });

  test.afterAll(async () => {
    await server?.stop();
  });

  function contextOnServer(browser: Browser): Promise<BrowserContext> {
    // Such a browser connects from 127.0.0.1; it also claims another address, which is ignored.
    return browser.newContext({ baseURL: server.url, extraHTTPHeaders: { "X-Forwarded-For": uniqueIp() } });
  }

  test("eleven wrong passwords with eleven forged X-Forwarded-For headers are counted and logged against the real peer", async () => {
    test.setTimeout(120_000);
    // Password spraying: one guess for each of eleven accounts, so none of them is throttled
    // on its own and only the per-IP counter stands in the way.
    const people = await Promise.all(Array.from({ length: 11 }, () => createPerson({ label: "spray" })));
    const attacker = randomLoopbackAddress();
    const { answers, forged } = await attack(server.port, people.map((person) => person.email), attacker);
    expect(answers).toEqual(people.map(() => INVALID));

    const logged = await failedSignIns(people.map((person) => person.userId));
    expect(logged.map((row) => row.ipAddress)).toEqual(people.map(() => attacker));

    const counters = await perIpCounters([attacker, ...forged]);
    expect(counters.map(({ key, count }) => ({ key, count }))).toEqual([{ key: `login:ip:${attacker}`, count: 11 }]);
  });

  test("the per-IP limit holds whatever address each request claims", async () => {
    test.setTimeout(120_000);
    // Fifty guesses at unknown addresses (the cheapest spray: no account is ever touched)…
    const attacker = randomLoopbackAddress();
    const emails = Array.from({ length: 51 }, (_, index) => `bestaat-niet-${index}-${uniqueIp().replaceAll(":", "")}@example.test`);
    const { answers, forged } = await attack(server.port, emails, attacker);
    // …are all counted against one address, and the 51st is refused before any password check.
    expect(answers.slice(0, 50)).toEqual(emails.slice(0, 50).map(() => INVALID));
    expect(answers[50]).toBe(TOO_MANY);
    expect(await perIpCounters(forged)).toEqual([]);
  });

  test("200 wrong passwords from strangers never lock out the owner's own browser; a new browser waits until a reset", async ({ browser }) => {
    test.setTimeout(300_000);
    const owner = await createPerson({ label: "doelwit" });

    // The owner's own browser has signed in before: it holds the device cookie.
    const ownBrowser = await contextOnServer(browser);
    const own = await ownBrowser.newPage();
    await signIn(own, owner);
    expect((await ownBrowser.cookies()).map((cookie) => cookie.name)).toContain("tweestap-device");
    await signOut(own);

    // Two hundred wrong passwords for the owner, each request claiming another address.
    const attacker = randomLoopbackAddress();
    const { answers, forged } = await attack(server.port, Array.from({ length: 200 }, () => owner.email), attacker);
    // Only the first few reached the password check; the rest were refused for this account.
    expect(answers.filter((answer) => answer === INVALID).length).toBeLessThanOrEqual(10);
    expect(answers.filter((answer) => answer !== INVALID && answer !== TOO_MANY)).toEqual([]);
    expect(answers.at(-1)).toBe(TOO_MANY);
    // Counted and logged against the attacker's real address, never a claimed one.
    const logged = await failedSignIns([owner.userId]);
    expect(logged.length).toBeGreaterThan(0);
    expect(new Set(logged.map((row) => row.ipAddress))).toEqual(new Set([attacker]));
    const counters = await perIpCounters([attacker, ...forged]);
    expect(counters.map((row) => row.key)).toEqual([`login:ip:${attacker}`]);

    // A browser that never signed in to the account is refused, with the waiting time.
    const newBrowser = await contextOnServer(browser);
    const fresh = await newBrowser.newPage();
    await expectRefusedWithWait(fresh, owner.email, owner.password);

    // The owner's own browser signs in at once with the right password.
    await signIn(own, owner);

    // That sign-in cleared what strangers did; the attack goes on from another client.
    const second = await attack(server.port, Array.from({ length: 20 }, () => owner.email), randomLoopbackAddress());
    expect(second.answers.at(-1)).toBe(TOO_MANY);
    await expectRefusedWithWait(fresh, owner.email, owner.password);

    // "Wachtwoord vergeten?" from the new browser: the reset lifts the block.
    await fresh.goto("/forgot-password");
    await fresh.getByLabel("E-mailadres").fill(owner.email);
    await fresh.getByRole("button", { name: "Link versturen" }).click();
    await expect(fresh.getByText(/Als dit e-mailadres bij ons bekend is/)).toBeVisible();
    const link = linkIn(await latestMail(owner.email, /^Nieuw wachtwoord instellen$/), "/reset-password/");
    // The link is built from the extra server's APP_URL.
    expect(new URL(link).origin).toBe(server.url);
    const newPassword = "een gloednieuw wachtwoord na de aanval";
    await fresh.goto(link);
    await fresh.getByLabel("Nieuw wachtwoord").fill(newPassword);
    await fresh.getByRole("button", { name: "Wachtwoord opslaan" }).click();
    await expect(fresh).toHaveURL(/\/login\?notice=passwordReset/, { timeout: PASSWORD_STEP_TIMEOUT });
    await signIn(fresh, { email: owner.email, password: newPassword });

    await ownBrowser.close();
    await newBrowser.close();
  });

  async function expectRefusedWithWait(page: Page, email: string, password: string): Promise<void> {
    await login(page, email, password);
    const alert = page.getByRole("main").getByRole("alert");
    await expect(alert).toHaveText(WAIT_MESSAGE, { timeout: PASSWORD_STEP_TIMEOUT });
    const minutes = Number(WAIT_MESSAGE.exec((await alert.textContent()) ?? "")?.[1]);
    expect(minutes).toBeGreaterThanOrEqual(1);
    expect(minutes).toBeLessThanOrEqual(15);
    await expect(page).toHaveURL(/\/login/);
  }
});

test("behind one trusted proxy the right-most X-Forwarded-For entry counts, and a forged left-most one changes nothing", async () => {
  // The main test server runs with TRUSTED_PROXIES=1 (scripts/e2e-server.mjs).
  const person = await createPerson({ label: "proxy" });
  const real = uniqueIp();
  const forged = [uniqueIp(), uniqueIp()];
  for (const [attempt, claimed] of forged.entries()) {
    const response = await postLogin(E2E_PORT, { email: person.email, password: `fout wachtwoord ${attempt}` }, { forwardedFor: `${claimed}, ${real}` });
    expect(actionError(response), response.body.slice(0, 300)).toBe(INVALID);
  }
  const logged = await failedSignIns([person.userId]);
  expect(logged.map((row) => row.ipAddress)).toEqual([real, real]);
  const counters = await perIpCounters([real, ...forged]);
  expect(counters.map(({ key, count }) => ({ key, count }))).toEqual([{ key: `login:ip:${real}`, count: 2 }]);
});
