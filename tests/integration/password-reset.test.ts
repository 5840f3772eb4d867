import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { openPasswordReset, resetPassword } from "@/lib/accounts/password-reset";
import { db } from "@/lib/db/client";
import { verifyPassword } from "@/lib/passwords/hash";
import { hashToken, randomToken } from "@/lib/security/tokens";
import { createUser, uniqueEmail, type TestUser } from "../support/db-helpers";
import { failureOf } from "../support/failures";

/* Resetting a password with the mailed link, on the real database. */

function outbox(to: string) {
  return db.outboxMail.findMany({ where: { to }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
}

describe("resetPassword", () => {
  async function issueReset(user: TestUser, { expiresAt = new Date(Date.now() + 30 * 60_000) }: { expiresAt?: Date } = {}): Promise<string> {
    const token = randomToken();
    await db.emailToken.create({
      data: { userId: user.id, purpose: "PASSWORD_RESET", email: user.email, tokenHash: hashToken(token), expiresAt },
    });
    return token;
  }

  const newPassword = () => `een gloednieuw wachtwoord ${randomUUID().slice(0, 8)}`;

  it("sets the password, bumps the session version, records it, tells the user, and works once", async () => {
    const user = await createUser();
    const token = await issueReset(user);
    const password = newPassword();
    await resetPassword(token, password);

    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.sessionVersion).toBe(1);
    expect(row.passwordHash && (await verifyPassword(row.passwordHash, password))).toBe(true);
    expect(row.passwordHash && (await verifyPassword(row.passwordHash, user.password))).toBe(false);
    expect(await db.activityEvent.count({ where: { userId: user.id, type: "PASSWORD_RESET" } })).toBe(1);
    expect(await outbox(user.email)).toHaveLength(1);

    const again = await failureOf(resetPassword(token, newPassword()));
    expect(again.key).toBe("reset.invalid");
    const unchanged = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(unchanged.sessionVersion).toBe(1);
    expect(unchanged.passwordHash).toBe(row.passwordHash);
  });

  it("refuses a too-short password with a field error and keeps the link usable", async () => {
    const user = await createUser();
    const token = await issueReset(user);
    const failure = await failureOf(resetPassword(token, "kort wachtwrd"));
    expect(failure.key).toBe("errors.invalidInput");
    expect(failure.fieldErrors?.password).toMatch(/^password\.tooShort/);
    expect(failure.fieldErrors?.password).toContain("15");

    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.sessionVersion).toBe(0);
    expect(row.passwordHash && (await verifyPassword(row.passwordHash, user.password))).toBe(true);
    expect(await openPasswordReset(token)).not.toBeNull();
    await resetPassword(token, newPassword());
  });

  it("refuses an expired link (older than 30 minutes) and an unknown one", async () => {
    const user = await createUser();
    const created = Date.now() - 31 * 60_000;
    const expired = await issueReset(user, { expiresAt: new Date(created + 30 * 60_000) });
    expect((await failureOf(resetPassword(expired, newPassword()))).key).toBe("reset.invalid");
    expect((await failureOf(resetPassword(randomToken(), newPassword()))).key).toBe("reset.invalid");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(0);
  });

  it("a backup-confirmation token is no reset token", async () => {
    const user = await createUser();
    const token = randomToken();
    await db.emailToken.create({
      data: { userId: user.id, purpose: "BACKUP_EMAIL_CONFIRM", email: uniqueEmail(), tokenHash: hashToken(token), expiresAt: new Date(Date.now() + 60_000) },
    });
    expect((await failureOf(resetPassword(token, newPassword()))).key).toBe("reset.invalid");
  });

  it("lets exactly one of two concurrent resets with the same link succeed", async () => {
    const user = await createUser();
    const token = await issueReset(user);
    const results = await Promise.allSettled([resetPassword(token, newPassword()), resetPassword(token, newPassword())]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(1);
  });
});
