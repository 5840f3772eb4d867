import { db } from "@/lib/db/client";
import { toLocale } from "@/lib/i18n";
import { fail } from "@/lib/errors/action-failure";
import type { CurrentUser } from "@/lib/session/load-user";
import { recordActivity } from "@/lib/activity/events";
import { sendMail } from "@/lib/mail/send";
import { mfaPolicyChangedMail } from "@/lib/mail/templates";
import { now as clockNow } from "@/lib/clock";
import { applyPolicyDeadline, assertOwner, checkGraceDays } from "./mfa-deadline";

/** Employees of the company who have no confirmed authenticator yet. */
export function employeesWithoutMfa(companyId: string): Promise<number> {
  return db.user.count({
    where: { companyId, role: "EMPLOYEE", totpCredentials: { none: { confirmedAt: { not: null } } } },
  });
}

/**
 * "Multifactor authenticatie verplicht stellen voor medewerkers". The owner must use MFA
 * before demanding it of others. `graceDays` (7, 14 or 30; null is "direct") gives
 * employees without MFA until then (lib/session/enrolment-rule.ts); after it, or at once
 * for "direct", they are sent to the setup page at their next request by the proxy and
 * the guards — no session needs to be touched here. Switching off clears the deadline.
 */
export async function setMfaRequired(
  owner: CurrentUser,
  required: boolean,
  ipAddress: string,
  graceDays: number | null = null,
  now: Date = clockNow(),
): Promise<void> {
  assertOwner(owner);
  const period = required ? checkGraceDays(graceDays) : null;
  if (required && !owner.mfaEnabledAt) fail("employees.policy.ownerNeedsMfa");
  await db.$transaction(async (tx) => {
    await applyPolicyDeadline(tx, owner, required, period, ipAddress, now);
    await recordActivity(tx, {
      companyId: owner.companyId,
      userId: owner.id,
      type: "MFA_POLICY_CHANGED",
      detail: required ? "on" : "off",
      ipAddress,
    });
  });
  await sendMail({ to: owner.email, ...mfaPolicyChangedMail({ locale: toLocale(owner.locale), name: owner.name, enabled: required }) });
}
