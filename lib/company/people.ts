import { db } from "@/lib/db/client";
import { now as clockNow } from "@/lib/clock";
import { daysLeft, enrolmentDeadline } from "@/lib/session/enrolment-rule";

export const PEOPLE_PAGE_SIZE = 25;

/**
 * A person's MFA on "Medewerkers": set up; not set up (no policy, "direct", or the owner);
 * due in N days (the policy's deadline runs); overdue: the deadline passed, so forced to
 * the setup page now.
 */
export type MfaStatus = { kind: "set" } | { kind: "notSet" } | { kind: "due"; days: number } | { kind: "overdue" };

function mfaStatusOf(
  person: { role: string; mfaEnabled: boolean; mfaDueAt: Date | null },
  company: { mfaRequired: boolean; mfaDeadline: Date | null },
  now: Date,
): MfaStatus {
  if (person.mfaEnabled) return { kind: "set" };
  if (person.role !== "EMPLOYEE" || !company.mfaRequired) return { kind: "notSet" };
  const deadline = enrolmentDeadline({
    role: "EMPLOYEE",
    companyMfaRequired: true,
    mfaEnabledAt: null,
    companyMfaDeadline: company.mfaDeadline,
    userMfaDueAt: person.mfaDueAt,
  });
  // "Direct": no deadline to be late for; the policy's text says they must set it up now.
  if (!deadline) return { kind: "notSet" };
  if (now.getTime() >= deadline.getTime()) return { kind: "overdue" };
  return { kind: "due", days: daysLeft(deadline, now) };
}

/**
 * One page of the company's people, owner first, then by name. The search matches the
 * (lower-case) e-mail address or the name as typed.
 */
export async function listPeople(companyId: string, { query, page }: { query: string; page: number }, now: Date = clockNow()) {
  const q = query.trim();
  const where = {
    companyId,
    ...(q ? { OR: [{ email: { contains: q.toLowerCase() } }, { name: { contains: q } }] } : {}),
  };
  const [total, people, company] = await Promise.all([
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
        mfaDueAt: true,
        totpCredentials: { where: { confirmedAt: { not: null } }, select: { id: true }, take: 1 },
      },
    }),
    db.company.findUniqueOrThrow({ where: { id: companyId }, select: { mfaRequired: true, mfaDeadline: true } }),
  ]);
  return {
    total,
    pages: Math.max(1, Math.ceil(total / PEOPLE_PAGE_SIZE)),
    people: people.map(({ totpCredentials, mfaDueAt, ...person }) => {
      const mfaEnabled = totpCredentials.length > 0;
      return { ...person, mfaEnabled, mfaStatus: mfaStatusOf({ role: person.role, mfaEnabled, mfaDueAt }, company, now) };
    }),
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
