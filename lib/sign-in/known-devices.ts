import { randomUUID } from "node:crypto";
import { db, type Db } from "@/lib/db/client";
import { rawDate } from "@/lib/db/raw-values";
import { hashToken, randomToken } from "@/lib/security/tokens";

/**
 * Browsers that have completed a sign-in to an account (OWASP "device cookies"). One
 * random token per browser, kept in an HttpOnly cookie (device-cookie.ts); the database
 * holds its hash per account, so one shared computer can be known to several accounts.
 * A known browser gets its own budget of password attempts (password-step.ts), and may
 * be remembered for a while so the code is skipped (remembered-devices.ts).
 */

export type KnownDevice = { id: string; rememberedUntil: Date | null };

/** This browser's device row for the user, when the browser is known to the account. */
export async function knownDevice(userId: string, deviceToken: string | null): Promise<KnownDevice | null> {
  if (!deviceToken) return null;
  // Raw, as every statement of the password step (issue 11).
  const rows = await db.$queryRaw<{ id: unknown; rememberedUntil: unknown }[]>`
    SELECT "id" AS "id", "rememberedUntil" AS "rememberedUntil" FROM "KnownDevice"
    WHERE "userId" = ${userId} AND "tokenHash" = ${hashToken(deviceToken)}`;
  const row = rows[0];
  return row ? { id: String(row.id), rememberedUntil: rawDate(row.rememberedUntil) } : null;
}

/** The id of this browser's device row for the user, when the browser is known to the account. */
export async function knownDeviceId(userId: string, deviceToken: string | null): Promise<string | null> {
  return (await knownDevice(userId, deviceToken))?.id ?? null;
}

/**
 * After a completed sign-in: this browser is known to the account from now on. Returns
 * the browser's token: the one it had, or a new one the caller stores in its cookie.
 */
export async function rememberDevice(userId: string, deviceToken: string | null, now = new Date()): Promise<string> {
  const token = deviceToken ?? randomToken();
  const tokenHash = hashToken(token);
  // Raw SQL, the same on both databases: every completed sign-in runs it (issue 11).
  await db.$executeRaw`
    INSERT INTO "KnownDevice" ("id", "userId", "tokenHash", "createdAt", "lastUsedAt")
    VALUES (${randomUUID()}, ${userId}, ${tokenHash}, ${now}, ${now})
    ON CONFLICT ("userId", "tokenHash") DO UPDATE SET "lastUsedAt" = ${now}`;
  return token;
}

type DeviceTx = Pick<Db, "knownDevice">;

/**
 * Voids every remembered browser of the user: the next sign-in asks for the code again.
 * The rows stay, so those browsers keep their own password budget. Called in the same
 * transaction as the change that voids them (password, MFA, "Overal uitloggen", an
 * owner's reset).
 */
export async function forgetRememberedDevices(tx: DeviceTx, userId: string): Promise<void> {
  await tx.knownDevice.updateMany({
    where: { userId },
    data: { rememberedAt: null, rememberedUntil: null },
  });
}
