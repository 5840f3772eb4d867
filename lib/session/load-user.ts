import { db } from "@/lib/db/client";
import { isLive } from "./sign-in-sessions";

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
  /** This session (its row in SignInSession), when it passed the login steps, and how. */
  sessionId: string;
  authenticatedAt: Date;
  sessionSecondFactor: string;
};

/** What the session cookie says about itself. */
export type SessionClaims = { sessionId: string; userId: string; sessionVersion: number; authTime: number; secondFactor: string };

/**
 * The user behind a session, or null when the session no longer counts: signed out
 * ("Uitloggen" revoked its row), past its absolute end, or of an older session version
 * (password changed, MFA reset, "Overal uitloggen", removed). Framework-free, so tests
 * and any caller can use it directly.
 */
export async function loadCurrentUser(session: SessionClaims, now = new Date()): Promise<CurrentUser | null> {
  // One indexed read: the session row with its user, company and MFA state.
  const row = await db.signInSession.findUnique({
    where: { id: session.sessionId },
    include: {
      user: {
        include: {
          company: { select: { name: true, mfaRequired: true } },
          totpCredentials: { where: { confirmedAt: { not: null } }, select: { confirmedAt: true }, take: 1 },
        },
      },
    },
  });
  const user = row?.user;
  if (!row || !user || user.id !== session.userId || user.sessionVersion !== session.sessionVersion) return null;
  if (!isLive(row, user.sessionVersion, now)) return null;
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
    sessionId: row.id,
    authenticatedAt: new Date(session.authTime * 1000),
    sessionSecondFactor: session.secondFactor,
  };
}
