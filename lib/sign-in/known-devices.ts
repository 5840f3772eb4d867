import { db } from "@/lib/db/client";
import { hashToken, randomToken } from "@/lib/security/tokens";

/**
 * Browsers that have completed a sign-in to an account (OWASP "device cookies"). One
 * random token per browser, kept in an HttpOnly cookie (device-cookie.ts); the database
 * holds its hash per account, so one shared computer can be known to several accounts.
 * A known browser gets its own budget of password attempts (password-step.ts).
 */

/** The id of this browser's device row for the user, when the browser is known to the account. */
export async function knownDeviceId(userId: string, deviceToken: string | null): Promise<string | null> {
  if (!deviceToken) return null;
  const device = await db.knownDevice.findUnique({
    where: { userId_tokenHash: { userId, tokenHash: hashToken(deviceToken) } },
    select: { id: true },
  });
  return device?.id ?? null;
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
