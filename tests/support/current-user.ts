import { db } from "@/lib/db/client";
import type { CurrentUser } from "@/lib/session/current-user";

/**
 * The signed-in user as pages and actions see it, read from the database: the domain
 * takes it as an argument, so a test needs no session. `overrides` sets how this session
 * was opened (authenticatedAt, sessionSecondFactor).
 */
export async function currentUserOf(userId: string, overrides: Partial<CurrentUser> = {}): Promise<CurrentUser> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    include: { company: true, totpCredentials: { where: { confirmedAt: { not: null } }, take: 1 } },
  });
  const role = user.role === "OWNER" ? "OWNER" : "EMPLOYEE";
  const mfaEnabledAt = user.totpCredentials[0]?.confirmedAt ?? null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role,
    locale: user.locale,
    companyId: user.companyId,
    companyName: user.company.name,
    companyMfaRequired: user.company.mfaRequired,
    mfaEnabledAt,
    backupEmail: user.backupEmail,
    backupEmailConfirmedAt: user.backupEmailConfirmedAt,
    mustEnrol: role === "EMPLOYEE" && user.company.mfaRequired && mfaEnabledAt === null,
    authenticatedAt: new Date(),
    sessionSecondFactor: "none",
    ...overrides,
  };
}
