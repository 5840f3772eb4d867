// Where the browser tests for real Resend delivery run (tests/e2e/resend.e2e.ts): a second
// app server with MAIL_TRANSPORT=resend, and tests/support/fake-resend.mjs in place of
// Resend's API. Shared by playwright.config.ts and the tests, so both agree on ports and
// database. Ports are far from E2E_PORT so parallel runs on E2E_PORT, E2E_PORT+1… never meet.
import { E2E_PORT } from "./e2e-env.mjs";

export const RESEND_APP_PORT = Number(process.env.RESEND_E2E_PORT || E2E_PORT + 500);
export const FAKE_RESEND_PORT = Number(process.env.FAKE_RESEND_PORT || E2E_PORT + 1000);
export const RESEND_TEST_API_KEY = "re_test_e2e";
export const FAKE_RESEND_URL = `http://127.0.0.1:${FAKE_RESEND_PORT}`;
export const RESEND_APP_URL = `http://localhost:${RESEND_APP_PORT}`;

/**
 * The second server's database: its own fresh SQLite file (scripts/e2e-server.mjs deletes
 * and migrates files named e2e-<port>.db), or the PostgreSQL database both servers share.
 */
export function resendAppDatabaseUrl(databaseUrl: string | undefined): string {
  if (databaseUrl && /^postgres(ql)?:\/\//.test(databaseUrl)) return databaseUrl;
  return `file:prisma/data/e2e-${RESEND_APP_PORT}.db`;
}

/** The environment the second server starts with, on top of the runner's. */
export function resendAppEnv(base: NodeJS.ProcessEnv = process.env): Record<string, string> {
  return {
    E2E_PORT: String(RESEND_APP_PORT),
    DATABASE_URL: resendAppDatabaseUrl(base.DATABASE_URL),
    MAIL_TRANSPORT: "resend",
    RESEND_API_KEY: RESEND_TEST_API_KEY,
    RESEND_BASE_URL: FAKE_RESEND_URL,
  };
}
