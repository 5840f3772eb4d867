import type { Page } from "@playwright/test";
import { test, expect as baseExpect, createPerson, type MfaPerson } from "./fixtures";
import { startDevServer, DEV_URL, type DevServer } from "./fixtures/dev-server";
import { linkButton, linkFromText, linkMessages, LOGIN_LINK_SUBJECT } from "./fixtures/login-link";
import { authenticatorCode } from "./fixtures/totp";
import { suiteDatabaseIsPostgres } from "./fixtures/suite-database";

/*
 * SECURITY.md: nothing secret in any log. `next dev` prints every request's URL, query
 * string included (a login link's token), and, unless next.config.ts turns it off
 * (logging.serverFunctions), every server action's arguments: passwords, codes, recovery
 * codes. This file starts the development server itself, signs in on it the three ways a
 * person can (app code, recovery code, login link), and then reads all it printed. The rest
 * of the suite runs against the production build, which logs neither.
 */

// The development server always runs on a SQLite file of its own (fixtures/dev-server.ts):
// on the PostgreSQL run this file would repeat the SQLite run's work, minutes of compiling.
test.skip(suiteDatabaseIsPostgres, "the development server has its own SQLite database; the SQLite run covers this file");
// One server for the file; every page's first visit compiles it, so allow minutes.
test.describe.configure({ mode: "serial", timeout: 180_000 });
test.use({ baseURL: DEV_URL });
// Compiling a page on first visit takes seconds to tens of seconds on a busy machine, so
// the flows are spelled out here with this wait instead of the shared helpers' 10 s.
const expect = baseExpect.configure({ timeout: 60_000 });

let server: DevServer | undefined;
let person: MfaPerson & { backup: string };
/** What the person typed or received that must never be printed, by name. */
const secrets: { name: string; value: string }[] = [];

function devServer(): DevServer {
  if (!server) throw new Error("the development server did not start");
  return server;
}

function keep(name: string, value: string | null | undefined): string {
  if (!value) throw new Error(`no ${name} to keep`);
  secrets.push({ name, value });
  return value;
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  server = await startDevServer({ readyTimeout: 120_000 });
  person = await createPerson({ label: "devlog", mfa: true, backupPrefix: "reserve", client: server.db });
  keep("password", person.password);
  keep("authenticator key", person.key);
  // Every route's first request compiles it: have them all compiled at once, up front, rather
  // than one after another during the sign-ins. A made-up session cookie gets the signed-in
  // pages past the proxy; their own guard then sends the request to /login (Auth.js prints
  // "authjs.error type=JWTSessionError" for it).
  const warmUp = ["/login", "/login/verify", "/login/link", "/dashboard", "/mfa/recovered", "/api/auth/session", "/api/login-link"];
  await Promise.all(
    warmUp.map(async (path) => {
      const response = await fetch(`${DEV_URL}${path}`, {
        headers: { cookie: "authjs.session-token=warm-up" },
        redirect: "manual",
        signal: AbortSignal.timeout(150_000),
      });
      baseExpect(response.status, path).toBeLessThan(500);
    }),
  );
});

test.afterAll(async () => {
  await server?.stop();
});

// While the suite's other servers write files, the development server keeps rebuilding and
// tells open pages to refresh or reload; on a busy machine that wiped a filled-in form before
// its submit, again and again (CI, stop 17). So once a page has hydrated, its HMR socket no
// longer passes the server's rebuild news (text messages). Binary ones still pass: they carry
// React's debug data for each server response, which the development client waits for. The
// server's own output, which this file is about, is unchanged.
const hmrSockets: { frozen: boolean }[] = [];
test.beforeEach(async ({ page }) => {
  await page.routeWebSocket(/\/_next\/hmr\b/, (socket) => {
    const state = { frozen: false };
    hmrSockets.push(state);
    const server = socket.connectToServer();
    server.onMessage((message) => {
      if (!state.frozen || typeof message !== "string") socket.send(message);
    });
  });
});

/**
 * Waits until React has hydrated the page's form, then stops its HMR rebuild news. The
 * development build hydrates seconds after the page shows; a submit before that is the
 * browser's own POST of an empty form (method="post", so nothing lands in the URL) and the
 * page comes back blank.
 */
async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const form = document.querySelector("form");
      return form !== null && Object.keys(form).some((key) => key.startsWith("__reactProps"));
    },
    undefined,
    { timeout: 60_000 },
  );
  for (const socket of hmrSockets) socket.frozen = true;
}

async function passwordStep(page: Page): Promise<void> {
  await page.goto("/login");
  await hydrated(page);
  await page.getByLabel("E-mailadres").fill(person.email);
  await page.getByLabel("Wachtwoord").fill(person.password);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).toHaveURL(/\/login\/verify/);
  await hydrated(page);
}

async function signOut(page: Page): Promise<void> {
  await hydrated(page);
  await page.getByRole("button", { name: "Uitloggen", exact: true }).click();
  await expect(page).toHaveURL(/\/login\?notice=signedOut$/);
}

test("sign in with the password and an authenticator code", async ({ page }) => {
  await passwordStep(page);
  await page.getByLabel("Verificatiecode").fill(keep("authenticator code", authenticatorCode(person.key)));
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await signOut(page);
});

test("sign in with the password and a recovery code", async ({ page }) => {
  const code = keep("recovery code", person.recoveryCodes[0]);
  // The same code in the other spellings the app accepts or stores it in.
  keep("recovery code without dashes", code.replaceAll("-", ""));
  keep("recovery code in lower case", code.toLowerCase());
  keep("recovery code in lower case without dashes", code.replaceAll("-", "").toLowerCase());
  await passwordStep(page);
  await page.getByRole("link", { name: "Herstelcode gebruiken" }).click();
  await expect(page).toHaveURL(/method=recovery/);
  await hydrated(page);
  await page.getByLabel("Herstelcode").fill(code);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).toHaveURL(/\/mfa\/recovered$/);
  await signOut(page);
});

test("sign in with the password and a login link", async ({ page }) => {
  await passwordStep(page);
  await expect(page.getByRole("heading", { name: "Geen toegang tot uw telefoon?" })).toBeVisible();
  await linkButton(page).click();
  await expect(page.getByText(linkMessages.sent)).toBeVisible();
  // The mail is in the development server's own outbox table.
  let mailed: string | undefined;
  await expect
    .poll(async () => {
      const mails = await devServer().db.outboxMail.findMany({ where: { to: person.backup }, orderBy: { createdAt: "desc" } });
      mailed = mails.filter((mail) => LOGIN_LINK_SUBJECT.test(mail.subject)).map((mail) => linkFromText(mail.text))[0];
      return mailed;
    })
    .toBeTruthy();
  const link = keep("login link", mailed);
  keep("login link token", new URL(link).searchParams.get("token"));
  await page.goto(link);
  await hydrated(page);
  await page.getByRole("button", { name: "Doorgaan met inloggen" }).click();
  await expect(page).toHaveURL(/\/mfa\/recovered\?via=email$/);
  await expect(page.getByRole("heading", { name: "Ingelogd via de login link" })).toBeVisible();
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: /Welkom/ })).toBeVisible();
});

test("the development server printed none of the secrets", async ({}, testInfo) => {
  // Stopped first, so every line it was going to print has been read.
  await devServer().stop();
  const output = devServer().output();
  await testInfo.attach("development server output", { body: output, contentType: "text/plain" });

  // Not vacuous: this is the development server; what it printed while the people signed in
  // was read to the end (the app's own line for the link mail); and its request log was on
  // for the requests that carried the secrets (the password and code steps are server-action
  // POSTs to these pages).
  expect(output).toContain(`> Tweestap on ${DEV_URL} (development`);
  expect(output).toMatch(/Compiling /);
  expect(output).toContain(`mailer.outbox to=${person.backup} subject="Uw login link voor Tweestap"`);
  expect(output).toMatch(/^\s*POST \/login\b/m);
  expect(output).toMatch(/^\s*POST \/login\/verify\b/m);
  expect(secrets.map((secret) => secret.name)).toEqual([
    "password",
    "authenticator key",
    "authenticator code",
    "recovery code",
    "recovery code without dashes",
    "recovery code in lower case",
    "recovery code in lower case without dashes",
    "login link",
    "login link token",
  ]);

  const lines = output.split("\n");
  const leaks = secrets.flatMap(({ name, value }) => {
    // A six-digit code only counts where it stands alone, not inside a longer number or hash.
    const pattern = /^\d+$/.test(value) ? new RegExp(`(?<![0-9A-Za-z])${value}(?![0-9A-Za-z])`) : null;
    const found = lines.filter((line) => (pattern ? pattern.test(line) : line.includes(value)));
    return found.map((line) => `${name}: ${line.trim()}`);
  });
  expect(leaks, "lines of the development server's output that show a secret").toEqual([]);
});
