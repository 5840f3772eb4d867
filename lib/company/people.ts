import { db } from "@/lib/db/client";

export const PEOPLE_PAGE_SIZE = 25;

/**
 * One page of the company's people, owner first, then by name. The search matches the
 * (lower-case) e-mail address or the name as typed.
 */
export async function listPeople(companyId: string, { query, page }: { query: string; page: number }) {
  const q = query.trim();
  const where = {
    companyId,
    ...(q ? { OR: [{ email: { contains: q.toLowerCase() } }, { name: { contains: q } }] } : {}),
  };
  const [total, people] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      orderBy: [{ role: "desc" }, { name: "asc" }, { id: "asc" }],
      skip: (page - 1) * PEOPLE_PAGE_SIZE,
      take: PEOPLE_PAGE_SIZE,
      select: {
        id: true,
        name: true,
        email: true,
        role: true,
        lastLoginAt: true,
        totpCredentials: { where: { confirmedAt: { not: null } }, select: { id: true }, take: 1 },
      },
    }),
  ]);
  return {
    total,
    pages: Math.max(1, Math.ceil(total / PEOPLE_PAGE_SIZE)),
    people: people.map(({ totpCredentials, ...person }) => ({ ...person, mfaEnabled: totpCredentials.length > 0 })),
  };
}

export function pendingInvitations(companyId: string) {
  return db.invitation.findMany({
    where: { companyId, acceptedAt: null, revokedAt: null },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: { id: true, email: true, expiresAt: true, createdAt: true },
  });
}

/** Names for the activity filter; a select beyond a few hundred names helps nobody. */
export function peopleForFilter(companyId: string) {
  return db.user.findMany({ where: { companyId }, orderBy: [{ name: "asc" }, { id: "asc" }], take: 500, select: { id: true, name: true } });
}
