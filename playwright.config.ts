import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { E2E_PORT } from "./tests/support/e2e-env.mjs";
import { FAKE_RESEND_PORT, FAKE_RESEND_URL, RESEND_APP_PORT, resendAppEnv } from "./tests/support/resend-e2e";

/**
 * Browser tests against the production build (`next start`) on port 3100, with their
 * own database: a fresh SQLite file by default, or the PostgreSQL database named by
 * DATABASE_URL (CI runs both). Debian's chromium is used when present, since Playwright's
 * own browser download needs the internet; elsewhere run `npx playwright install chromium`.
 */
const PORT = E2E_PORT;
const systemChromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const executablePath = fs.existsSync(systemChromium) ? systemChromium : undefined;

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "**/*.e2e.ts",
  outputDir: `test-results/${PORT}`,
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined }, testIgnore: "**/*.mobile.e2e.ts" },
    { name: "phone", use: { ...devices["Pixel 7"] }, testMatch: "**/*.mobile.e2e.ts" },
  ],
  webServer: [
    {
      command: "node scripts/e2e-server.mjs",
      port: PORT,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
      stdout: "pipe",
    },
    // tests/e2e/resend.e2e.ts: a fake of Resend's API, and a second app server that mails
    // through it (MAIL_TRANSPORT=resend, RESEND_BASE_URL) with its own database.
    {
      command: "node tests/support/fake-resend.mjs",
      url: `${FAKE_RESEND_URL}/__sent`,
      env: { FAKE_RESEND_PORT: String(FAKE_RESEND_PORT) },
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: "pipe",
    },
    {
      command: "node scripts/e2e-server.mjs",
      port: RESEND_APP_PORT,
      env: resendAppEnv(),
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "pipe",
    },
  ],
});
