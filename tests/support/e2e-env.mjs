// The environment of the app under browser test, shared by the server script and the
// tests (which read the same database to follow e-mailed links from the outbox).
// E2E_PORT and E2E_DB let two test runs share a machine without sharing a server.
export const E2E_PORT = Number(process.env.E2E_PORT || 3100);

export function e2eEnv(base = process.env) {
  return {
    ...base,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: base.DATABASE_URL || `file:prisma/data/e2e-${E2E_PORT}.db`,
    AUTH_SECRET: "e2e-auth-secret-e2e-auth-secret-0123456789",
    MFA_ENCRYPTION_KEY: Buffer.alloc(32, 9).toString("base64"),
    APP_URL: `http://localhost:${E2E_PORT}`,
    // A test server may be started with Resend pointed at a local fake (tests/e2e/resend.e2e.ts).
    MAIL_TRANSPORT: base.MAIL_TRANSPORT || "outbox",
    OUTBOX_PAGE: "true",
  };
}
