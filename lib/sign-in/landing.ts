import { db } from "@/lib/db/client";
import { hashToken } from "@/lib/security/tokens";
import { decideRoute } from "@/lib/session/route-decision";
import { mustEnrolAt } from "@/lib/session/enrolment-rule";
import { now as clockNow } from "@/lib/clock";

/**
 * Where a sign-in that ends in redirect() should go: the page asked for, unless the proxy
 * would turn this person around there (lib/session/route-decision.ts) — an employee who
 * must enrol goes to the setup page straight away. A new session has no key pending yet.
 */
export async function landingAfterSignIn(challengeToken: string | null, requested: string, now: Date = clockNow()): Promise<string> {
  if (!challengeToken) return requested;
  const challenge = await db.loginChallenge.findUnique({
    where: { tokenHash: hashToken(challengeToken) },
    select: {
      user: {
        select: {
          role: true,
          mfaDueAt: true,
          company: { select: { mfaRequired: true, mfaDeadline: true } },
          totpCredentials: { where: { confirmedAt: { not: null } }, select: { confirmedAt: true }, take: 1 },
        },
      },
    },
  });
  if (!challenge) return requested;
  const { role, company, totpCredentials, mfaDueAt } = challenge.user;
  const mfaEnabledAt = totpCredentials[0]?.confirmedAt ?? null;
  const profile = {
    role: role === "OWNER" ? ("OWNER" as const) : ("EMPLOYEE" as const),
    companyMfaRequired: company.mfaRequired,
    mfaEnabledAt,
    companyMfaDeadline: company.mfaDeadline,
    userMfaDueAt: mfaDueAt,
  };
  // The same rule and clock as the proxy's.
  const person = { ...profile, mustEnrol: mustEnrolAt(profile, now) };
  const url = new URL(requested, "http://localhost");
  const { redirectTo } = await decideRoute({ pathname: url.pathname, search: url.search }, person, async () => false);
  return redirectTo ?? requested;
}
