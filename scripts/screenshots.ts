/**
 * `npm run screenshots`: the README's pictures of the key screens, taken from the built app
 * (NEXT_DIST_DIR or .next) with a fresh SQLite database of its own and a demo company
 * (scripts/screenshots-people.ts), so they show what the code does today. Writes
 * docs/screenshots/*.png. SCREENSHOTS_PORT sets the port (default 6040).
 */
import fs from "node:fs";
import path from "node:path";
import { chromium, devices, type Browser, type BrowserContextOptions, type Locator, type Page } from "@playwright/test";
import { buildExists, instanceEnv, prepareDatabase, startInstances } from "./instances.mjs";
import { totpAt } from "../tests/support/rfc6238";

const port = Number(process.env.SCREENSHOTS_PORT || 6040);
const distDir = process.env.NEXT_DIST_DIR || ".next";
const outDir = path.resolve("docs/screenshots");
const baseURL = `http://localhost:${port}`;

// Debian's chromium when present (Playwright's own download needs the internet), with the
// launch arguments of playwright.config.ts.
const systemChromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const launchOptions = {
  executablePath: fs.existsSync(systemChromium) ? systemChromium : undefined,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
};

// Scale 1 keeps each PNG well under 150 KB; the README shows them at about this width anyway.
const desktop: BrowserContextOptions = {
  baseURL,
  viewport: { width: 1280, height: 800 },
  deviceScaleFactor: 1,
  locale: "nl-NL",
  timezoneId: "Europe/Amsterdam",
};
const phone: BrowserContextOptions = { ...devices["Pixel 7"], baseURL, deviceScaleFactor: 1, locale: "nl-NL", timezoneId: "Europe/Amsterdam" };

if (!buildExists(distDir)) {
  console.error(`No production build in ${distDir}: run \`npm run build\` (or NEXT_DIST_DIR=${distDir} npx next build) first.`);
  process.exit(1);
}

const database = await prepareDatabase({ databaseUrl: "file:prisma/data/screenshots.db" });
// The people are written in this process with the secrets the server runs with.
Object.assign(process.env, instanceEnv({ port, databaseUrl: database.databaseUrl }));
const { createDemoCompany } = await import("./screenshots-people");
const demo = await createDemoCompany();

const app = await startInstances({ ports: [port], databaseUrl: database.databaseUrl, distDir });
const browser = await chromium.launch(launchOptions);
fs.mkdirSync(outDir, { recursive: true });
try {
  await takeAll(browser);
} catch (error) {
  console.error(app.instances[0]?.log().slice(-3000));
  throw error;
} finally {
  await browser.close();
  await app.stop();
}

/**
 * One viewport's picture (a full page would pass 150 KB). `from`: scroll so that this part,
 * the point of a longer page (the people table, the codes), starts near the top.
 */
async function shoot(page: Page, name: string, { from }: { from?: Locator } = {}): Promise<void> {
  // Fonts and the QR image loaded, no blinking caret: the same picture on every run.
  await page.waitForLoadState("networkidle");
  await page.evaluate(() => document.fonts.ready);
  if (from) await from.evaluate((element) => window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY - 24));
  const file = path.join(outDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false, animations: "disabled", caret: "hide" });
  console.log(`  ${path.relative(process.cwd(), file)}  ${Math.round(fs.statSync(file).size / 1024)} KB`);
}

async function passwordStep(page: Page, person: { email: string; password: string }, shotName?: string): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("E-mailadres").fill(person.email);
  await page.getByLabel("Wachtwoord").fill(person.password);
  if (shotName) await shoot(page, shotName);
  await page.getByRole("button", { name: "Inloggen" }).click();
}

async function takeAll(browser: Browser): Promise<void> {
  // The owner: sign-in, the second step, then Mijn login and Medewerkers.
  const owner = await browser.newContext(desktop);
  const page = await owner.newPage();
  await passwordStep(page, demo.owner, "01-inloggen");
  await page.waitForURL(/\/login\/verify/);
  await shoot(page, "02-tweede-stap");
  await page.getByLabel("Verificatiecode").fill(totpAt(demo.owner.key, Date.now()));
  await page.getByRole("button", { name: "Inloggen" }).click();
  await page.waitForURL(/\/dashboard$/);
  await page.goto("/account");
  await shoot(page, "05-mijn-login");
  await page.goto("/employees");
  await shoot(page, "06-medewerkers", { from: page.getByRole("heading", { name: "Mensen" }) });
  await owner.close();

  // An employee without MFA sets up the app: the QR code, then the recovery codes shown once.
  const employee = await browser.newContext(desktop);
  const setup = await employee.newPage();
  await passwordStep(setup, demo.enrolling);
  await setup.waitForURL(/\/dashboard$/);
  await setup.goto("/mfa/setup");
  await setup.getByRole("img", { name: /QR-code/ }).waitFor();
  await shoot(setup, "03-app-instellen");
  const key = ((await setup.getByTestId("setup-key").textContent()) ?? "").replace(/\s+/g, "");
  await setup.getByLabel("Verificatiecode").fill(totpAt(key, Date.now()));
  await setup.getByRole("button", { name: "Bevestigen en opslaan" }).click();
  await setup.getByRole("list", { name: "Uw herstelcodes" }).waitFor();
  await shoot(setup, "04-herstelcodes", { from: setup.getByRole("heading", { name: /^Stap 3/ }) });
  await employee.close();

  // The sign-in page in English, as the `locale` cookie (the language switch) chooses it.
  const english = await browser.newContext(desktop);
  await english.addCookies([{ name: "locale", value: "en", url: baseURL }]);
  const en = await english.newPage();
  await en.goto("/login");
  await en.getByRole("heading", { name: "Sign in", level: 1 }).waitFor();
  await en.getByLabel("E-mail address").fill(demo.owner.email);
  await shoot(en, "07-sign-in-english");
  await english.close();

  // And the sign-in page on a phone.
  const mobile = await browser.newContext(phone);
  const small = await mobile.newPage();
  await small.goto("/login");
  await small.getByLabel("E-mailadres").fill(demo.owner.email);
  await shoot(small, "08-inloggen-telefoon");
  await mobile.close();
}
