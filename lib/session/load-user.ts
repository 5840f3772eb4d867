import { isLive } from "./sign-in-sessions";
import { readSessionRow } from "./session-row";
import { gracePeriodEnd, mustEnrolAt, type EnrolmentFacts } from "./enrolment-rule";
import { now as clockNow } from "@/lib/clock";

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
  /** An employee under the policy still in their period: when it ends (the banner), else null. */
  mfaDueAt: Date | null;
  /** This session (its row in SignInSession), when it passed the login steps, and how. */
  sessionId: string;
  authenticatedAt: Date;
  sessionSecondFactor: string;
  /** The user's sign-in before this session's, or null on a first sign-in ("Vorige keer ingelogd"). */
  previousSignInAt: Date | null;
};

/** What the session cookie says about itself. */
export type SessionClaims = { sessionId: string; userId: string; sessionVersion: number; authTime: number; secondFactor: string };

/**
 * The user behind a session, or null when the session no longer counts: signed out
 * ("Uitloggen" revoked its row), past its absolute end, or of an older session version
 * (password changed, MFA reset, "Overal uitloggen", removed). Framework-free, so tests
 * and any caller can use it directly.
 *
 * Two clocks on purpose: the session's lifetime is real time (its cookie expires by real
 * time too), while mandatory MFA's deadline follows lib/clock.ts, which browser tests move.
 */
export async function loadCurrentUser(session: SessionClaims, now = new Date(), deadlineNow: Date = clockNow()): Promise<CurrentUser | null> {
  const row = await readSessionRow(session.sessionId);
  if (!row || row.userId !== session.userId || row.sessionVersion !== session.sessionVersion) return null;
  if (!isLive(row, row.sessionVersion, now)) return null;
  const role: Role = row.role === "OWNER" ? "OWNER" : "EMPLOYEE";
  const facts: EnrolmentFacts = {
    role,
    companyMfaRequired: row.companyMfaRequired,
    mfaEnabledAt: row.mfaEnabledAt,
    companyMfaDeadline: row.companyMfaDeadline,
    userMfaDueAt: row.userMfaDueAt,
  };
  return {
    id: row.userId,
    email: row.email,
    name: row.name,
    role,
    locale: row.locale,
    companyId: row.companyId,
    companyName: row.companyName,
    companyMfaRequired: row.companyMfaRequired,
    mfaEnabledAt: row.mfaEnabledAt,
    backupEmail: row.backupEmail,
    backupEmailConfirmedAt: row.backupEmailConfirmedAt,
    mustEnrol: mustEnrolAt(facts, deadlineNow),
    mfaDueAt: gracePeriodEnd(facts, deadlineNow),
    sessionId: session.sessionId,
    authenticatedAt: new Date(session.authTime * 1000),
    sessionSecondFactor: session.secondFactor,
    previousSignInAt: row.previousSignInAt,
  };
}
