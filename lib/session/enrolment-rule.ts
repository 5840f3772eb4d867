/**
 * Mandatory MFA with a deadline (issue 14): who must set up MFA now, and until when the
 * others may still work without it. Framework-free and given `now`, so the proxy, the
 * guards, the sign-in landing, "Medewerkers" and the reminder job decide alike and tests
 * can move time. `now` comes from lib/clock.ts in the app.
 */
export type EnrolmentFacts = {
  role: "OWNER" | "EMPLOYEE";
  companyMfaRequired: boolean;
  mfaEnabledAt: Date | null;
  /** Company.mfaDeadline: while the policy is on, null means "direct". */
  companyMfaDeadline: Date | null;
  /** User.mfaDueAt: a later joiner's own end of the period. */
  userMfaDueAt: Date | null;
};

/** Under the policy and without MFA: the only people a deadline is about. */
function underPolicyWithoutMfa(facts: EnrolmentFacts): boolean {
  return facts.role === "EMPLOYEE" && facts.companyMfaRequired && facts.mfaEnabledAt === null;
}

/**
 * When this person's period ends: the company's deadline, or their own later one when they
 * joined after it was set. Null when no period applies (policy off or direct, owner, has MFA).
 */
export function enrolmentDeadline(facts: EnrolmentFacts): Date | null {
  if (!underPolicyWithoutMfa(facts) || !facts.companyMfaDeadline) return null;
  const own = facts.userMfaDueAt;
  return own && own > facts.companyMfaDeadline ? own : facts.companyMfaDeadline;
}

/** An employee whose company requires MFA and who has not set it up, with no period left. */
export function mustEnrolAt(facts: EnrolmentFacts, now: Date): boolean {
  if (!underPolicyWithoutMfa(facts)) return false;
  const deadline = enrolmentDeadline(facts);
  return deadline === null || now.getTime() >= deadline.getTime();
}

/** The end of the period while it is still running (for the banner), else null. */
export function gracePeriodEnd(facts: EnrolmentFacts, now: Date): Date | null {
  const deadline = enrolmentDeadline(facts);
  return deadline && now.getTime() < deadline.getTime() ? deadline : null;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days left, rounded up: "nog 1 dag" until the very end, never "nog 0 dagen". */
export function daysLeft(deadline: Date, now: Date): number {
  return Math.max(1, Math.ceil((deadline.getTime() - now.getTime()) / DAY_MS));
}
