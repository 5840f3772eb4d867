import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { E2E_PORT } from "./tests/support/e2e-env.mjs";

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
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined } },
    { name: "phone", use: { ...devices["Pixel 7"] }, testMatch: "**/*.mobile.e2e.ts" },
  ],
  webServer: {
    command: "node scripts/e2e-server.mjs",
    port: PORT,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: "pipe",
  },
});
