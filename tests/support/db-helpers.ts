import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { hashPassword } from "@/lib/passwords/hash";

/**
 * Helpers for integration tests on the real database. Every value is unique per call, so
 * test files can run in parallel and against a shared PostgreSQL database.
 */
export function uniqueEmail(label = "user"): string {
  return `${label}-${randomUUID()}@example.test`;
}

/** A fake address per test, so per-IP counters of one test never touch another's. */
export function uniqueIp(): string {
  return `test-${randomUUID()}`;
}

export type TestUser = { id: string; email: string; companyId: string; password: string };

/** A company with one user whose password is argon2id-hashed like a real sign-up. */
export async function createUser({
  password = `een lange zin ${randomUUID()}`,
  role = "OWNER",
  email = uniqueEmail(),
}: { password?: string; role?: "OWNER" | "EMPLOYEE"; email?: string } = {}): Promise<TestUser> {
  const company = await db.company.create({ data: { name: `Testbedrijf ${randomUUID()}` } });
  const user = await db.user.create({
    data: { companyId: company.id, email, name: "Test Gebruiker", role, passwordHash: await hashPassword(password) },
  });
  return { id: user.id, email, companyId: company.id, password };
}

/** What a promise rejected with (fails the test if it resolved). */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the promise to reject, but it resolved");
}
