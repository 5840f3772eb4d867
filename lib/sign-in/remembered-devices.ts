import { db } from "@/lib/db/client";
import { rawDate, rawRequiredDate, rawText } from "@/lib/db/raw-values";
import { recordActivity } from "@/lib/activity/events";
import { fail } from "@/lib/errors/action-failure";
import { REMEMBER_DEVICE_MS } from "@/lib/limits";
import { hashToken, randomToken } from "@/lib/security/tokens";
import { messages, toLocale } from "@/lib/i18n";
import type { OutgoingMail } from "@/lib/mail/send";
import { deviceRememberedMail } from "@/lib/mail/templates";
import { deviceName } from "@/lib/session/device-label";
import type { KnownDevice } from "./known-devices";

/**
 * "Deze computer 30 dagen onthouden" (issue 14): a known browser (known-devices.ts) that
 * passed the second step with the box ticked skips the code for 30 days. The password is
 * always asked; the company can forbid it; every change to the password or the second
 * factor, "Overal uitloggen" and an owner's reset void it (forgetRememberedDevices).
 */

/** Whether this browser's row lets the password step skip the code right now. */
export function skipsSecondFactor(device: KnownDevice | null, companyAllows: boolean, now: Date): boolean {
  return companyAllows && device?.rememberedUntil != null && device.rememberedUntil.getTime() > now.getTime();
}

type RememberInput = { userId: string; deviceToken: string | null; userAgent: string | null; ipAddress: string; now: Date };

export type Remembered = { token: string; notice: OutgoingMail };

/**
 * After a completed sign-in with the box ticked. Returns the browser's new token for its
 * cookie and the security notice to the account holder (from now on this browser skips
 * the code: someone who phished one code could otherwise stay for 30 days unseen), or
 * null when nothing is remembered (the company forbids it, whatever the form sent; or the
 * user has no second factor to skip). The caller sends the notice once the answer is out.
 *
 * The token is rotated: a fresh random one replaces the browser's old one in every
 * account it is known to (it is one cookie per browser). A device token is written long
 * before anyone ticks this box and proves nothing on its own (device-cookie.ts); an old
 * value that leaked, or was planted in this browser by someone, must not become one that
 * skips the code. Only the value handed out now, after the code, does.
 */
export async function rememberBrowser(input: RememberInput): Promise<Remembered | null> {
  const user = await db.user.findUnique({
    where: { id: input.userId },
    select: {
      companyId: true,
      email: true,
      name: true,
      locale: true,
      company: { select: { rememberDevicesAllowed: true } },
      totpCredentials: { where: { confirmedAt: { not: null } }, select: { id: true }, take: 1 },
    },
  });
  if (!user || !user.company.rememberDevicesAllowed || user.totpCredentials.length === 0) return null;
  const token = randomToken();
  const tokenHash = hashToken(token);
  const remembered = { rememberedAt: input.now, rememberedUntil: new Date(input.now.getTime() + REMEMBER_DEVICE_MS), userAgent: input.userAgent };
  await db.$transaction(async (tx) => {
    if (input.deviceToken) {
      await tx.knownDevice.updateMany({ where: { tokenHash: hashToken(input.deviceToken) }, data: { tokenHash } });
    }
    await tx.knownDevice.upsert({
      where: { userId_tokenHash: { userId: input.userId, tokenHash } },
      create: { userId: input.userId, tokenHash, createdAt: input.now, lastUsedAt: input.now, ...remembered },
      update: { lastUsedAt: input.now, ...remembered },
    });
    await recordActivity(tx, { companyId: user.companyId, userId: input.userId, type: "DEVICE_REMEMBERED", ipAddress: input.ipAddress });
  });
  const locale = toLocale(user.locale);
  const device = deviceName(input.userAgent, messages(locale).rememberedDevices);
  const mail = deviceRememberedMail({ locale, name: user.name, when: input.now, device, until: remembered.rememberedUntil });
  return { token, notice: { to: user.email, ...mail } };
}

export type RememberedDevice = { id: string; userAgent: string | null; rememberedAt: Date | null; lastUsedAt: Date; rememberedUntil: Date | null };

/** The user's browsers that skip the code now, most recently used first ("Mijn login"; raw, issue 11). */
export async function rememberedDevices(userId: string, now: Date): Promise<RememberedDevice[]> {
  const rows = await db.$queryRaw<Record<keyof RememberedDevice, unknown>[]>`
    SELECT "id" AS "id", "userAgent" AS "userAgent", "rememberedAt" AS "rememberedAt",
           "lastUsedAt" AS "lastUsedAt", "rememberedUntil" AS "rememberedUntil"
    FROM "KnownDevice" WHERE "userId" = ${userId} AND "rememberedUntil" > ${now}
    ORDER BY "lastUsedAt" DESC`;
  return rows.map((row) => ({
    id: String(row.id),
    userAgent: rawText(row.userAgent),
    rememberedAt: rawDate(row.rememberedAt),
    lastUsedAt: rawRequiredDate(row.lastUsedAt),
    rememberedUntil: rawDate(row.rememberedUntil),
  }));
}

/**
 * "Vergeten" on Mijn login. Only the user's own rows: an id of anyone else's device (or
 * one not remembered) changes nothing and says so. The browser stays known for its
 * password budget; it only has to give the code again.
 */
export async function forgetRememberedDevice(user: { id: string; companyId: string }, deviceId: string, ipAddress: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const forgotten = await tx.knownDevice.updateMany({
      where: { id: deviceId, userId: user.id, rememberedAt: { not: null } },
      data: { rememberedAt: null, rememberedUntil: null },
    });
    if (forgotten.count !== 1) fail("rememberedDevices.notFound");
    await recordActivity(tx, { companyId: user.companyId, userId: user.id, type: "REMEMBERED_DEVICE_FORGOTTEN", ipAddress });
  });
}
