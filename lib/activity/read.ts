import { db } from "@/lib/db/client";
import { rawRequiredDate, rawText } from "@/lib/db/raw-values";

/** "Recente beveiligingsactiviteit" on Mijn login: enough to spot something odd at a glance. */
export const OWN_ACTIVITY_RECENT = 20;
export const ACTIVITY_PAGE_SIZE = 30;

export type OwnActivityRow = { id: string; type: string; createdAt: Date; ipAddress: string | null };

/**
 * What the signed-in user did (or what happened to their account), newest first. Raw SQL,
 * like every read of Mijn login: with Prisma's query builder, Prisma's client alone was
 * 1.2 of the page's 12.8 ms of JavaScript, half that raw (issue 11, bench/profile.ts).
 */
export async function ownActivity(userId: string, { take }: { take: number }): Promise<OwnActivityRow[]> {
  const rows = await db.$queryRaw<Record<keyof OwnActivityRow, unknown>[]>`
    SELECT "id" AS "id", "type" AS "type", "createdAt" AS "createdAt", "ipAddress" AS "ipAddress"
    FROM "ActivityEvent" WHERE "userId" = ${userId}
    ORDER BY "createdAt" DESC LIMIT CAST(${take} AS INTEGER)`;
  return rows.map((row) => ({
    id: String(row.id),
    type: String(row.type),
    createdAt: rawRequiredDate(row.createdAt),
    ipAddress: rawText(row.ipAddress),
  }));
}

/** The company's security activity, newest first, optionally for one person. */
export async function companyActivity(companyId: string, { userId, page }: { userId?: string; page: number }) {
  // One row more than a page tells whether a next page exists without a count query.
  const rows = await db.activityEvent.findMany({
    where: { companyId, ...(userId ? { userId } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * ACTIVITY_PAGE_SIZE,
    take: ACTIVITY_PAGE_SIZE + 1,
    select: { id: true, type: true, createdAt: true, ipAddress: true, detail: true, user: { select: { name: true } } },
  });
  return {
    hasMore: rows.length > ACTIVITY_PAGE_SIZE,
    // Invitations and removals concern someone without a user row; `detail` holds their address.
    rows: rows.slice(0, ACTIVITY_PAGE_SIZE).map((row) => ({ ...row, who: row.user?.name ?? row.detail ?? undefined })),
  };
}
