import { db, type Db } from "@/lib/db/client";
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
  return db.knownDevice.findUnique({
    where: { userId_tokenHash: { userId, tokenHash: hashToken(deviceToken) } },
    select: { id: true, rememberedUntil: true },
  });
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
  await db.knownDevice.upsert({
    where: { userId_tokenHash: { userId, tokenHash } },
    create: { userId, tokenHash, createdAt: now, lastUsedAt: now },
    update: { lastUsedAt: now },
  });
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
