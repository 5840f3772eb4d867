/**
 * Fixed secrets and a separate database for tests. DATABASE_URL from the environment
 * wins (CI runs the suite once on SQLite and once on PostgreSQL).
 */
export const TEST_SQLITE_URL = "file:prisma/data/test.db";

process.env.DATABASE_URL ||= TEST_SQLITE_URL;
process.env.AUTH_SECRET ||= "test-auth-secret-test-auth-secret-0123456789";
process.env.MFA_ENCRYPTION_KEY ||= Buffer.alloc(32, 7).toString("base64");
process.env.APP_URL ||= "http://localhost:3100";
process.env.MAIL_TRANSPORT ||= "outbox";
