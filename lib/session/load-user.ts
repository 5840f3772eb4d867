import { db } from "@/lib/db/client";

export type Role = "OWNER" | "EMPLOYEE";

export type CurrentUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  locale: string;
  companyId: string;
  companyName: string;
  companyMfaRequired: boolean;
  mfaEnabledAt: Date | null;
  backupEmail: string | null;
  backupEmailConfirmedAt: Date | null;
  /** An employee whose company requires MFA and who has not set it up: setup page only. */
  mustEnrol: boolean;
  /** When this session passed the login steps, and how its second step was passed. */
  authenticatedAt: Date;
  sessionSecondFactor: string;
};

/** What the session cookie says about itself. */
export type SessionClaims = { userId: string; sessionVersion: number; authTime: number; secondFactor: string };

/**
 * The user behind a session, or null when the session no longer counts: a session whose
 * version no longer matches the user's (password changed, MFA reset, "Overal uitloggen",
 * removed) is signed out. Framework-free, so tests and any caller can use it directly.
 */
export async function loadCurrentUser(session: SessionClaims): Promise<CurrentUser | null> {
  const user = await db.user.findUnique({
    where: { id: session.userId },
    include: {
      company: { select: { name: true, mfaRequired: true } },
      totpCredentials: { where: { confirmedAt: { not: null } }, select: { confirmedAt: true }, take: 1 },
    },
  });
  if (!user || user.sessionVersion !== session.sessionVersion) return null;
  const role: Role = user.role === "OWNER" ? "OWNER" : "EMPLOYEE";
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
    authenticatedAt: new Date(session.authTime * 1000),
    sessionSecondFactor: session.secondFactor,
  };
}
