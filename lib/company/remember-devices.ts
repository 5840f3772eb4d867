import { db } from "@/lib/db/client";
import { recordActivity } from "@/lib/activity/events";
import type { CurrentUser } from "@/lib/session/load-user";

/**
 * The owner's "Deze computer onthouden toestaan" on Medewerkers: whether anyone in the
 * company may skip the code in a remembered browser (lib/sign-in/remembered-devices.ts).
 * The password step reads it at every sign-in, so forbidding works at once.
 */
export async function rememberDevicesAllowed(companyId: string): Promise<boolean> {
  const company = await db.company.findUniqueOrThrow({ where: { id: companyId }, select: { rememberDevicesAllowed: true } });
  return company.rememberDevicesAllowed;
}

/**
 * Forbidding also voids every remembered browser of the company's people, so allowing it
 * again later does not bring old ones back. The caller checks the owner role; the change
 * is scoped to the owner's own company.
 */
export async function setRememberDevicesAllowed(owner: Pick<CurrentUser, "id" | "companyId">, allowed: boolean, ipAddress: string): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.company.update({ where: { id: owner.companyId }, data: { rememberDevicesAllowed: allowed } });
    if (!allowed) {
      await tx.knownDevice.updateMany({
        where: { user: { companyId: owner.companyId } },
        data: { rememberedAt: null, rememberedUntil: null },
      });
    }
    await recordActivity(tx, { companyId: owner.companyId, userId: owner.id, type: "REMEMBER_DEVICES_CHANGED", detail: allowed ? "on" : "off", ipAddress });
  });
}
