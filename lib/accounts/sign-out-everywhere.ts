import { db } from "@/lib/db/client";
import { recordActivity } from "@/lib/activity/events";
import { forgetRememberedDevices } from "@/lib/sign-in/known-devices";
import type { CurrentUser } from "@/lib/session/load-user";
import { voidLoginLinks } from "@/lib/sign-in/login-link";

/**
 * Moves the session version on: every session of this user, on every device, ends at its
 * next request; a sign-in still between its steps, and its login link, end now.
 */
export async function signOutEverywhere(user: CurrentUser, ipAddress: string): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    await voidLoginLinks(tx, user);
    // "Everywhere" includes the browsers that would sign in again with the password only.
    await forgetRememberedDevices(tx, user.id);
    await recordActivity(tx, { companyId: user.companyId, userId: user.id, type: "SIGNED_OUT_EVERYWHERE", ipAddress });
  });
}
