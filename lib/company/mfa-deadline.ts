import { db, type Db } from "@/lib/db/client";
import { fail } from "@/lib/errors/action-failure";
import type { CurrentUser } from "@/lib/session/load-user";
import { recordActivity } from "@/lib/activity/events";
import { now as clockNow } from "@/lib/clock";

/**
 * Mandatory MFA with a deadline (issue 14, point 1), the owner's side: the periods one can
 * choose, moving the deadline, making it immediate. Who is forced when is decided in
 * lib/session/enrolment-rule.ts; the reminders are lib/company/mfa-deadline-reminders.ts.
 */
export const MFA_GRACE_DAYS = [7, 14, 30] as const;
export type GraceDays = (typeof MFA_GRACE_DAYS)[number];
/** A chosen date may lie at most this far ahead: a deadline nobody feels is no deadline. */
export const MAX_DEADLINE_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

export function isGraceDays(value: number): value is GraceDays {
  return (MFA_GRACE_DAYS as readonly number[]).includes(value);
}

export function daysFrom(now: Date, days: number): Date {
  return new Date(now.getTime() + days * DAY_MS);
}

/** A person joining now (accepting an invitation): their own period, when the policy has one. */
export function joinerMfaDueAt(
  company: { mfaRequired: boolean; mfaDeadline: Date | null; mfaGraceDays: number | null },
  now: Date,
): Date | null {
  if (!company.mfaRequired || !company.mfaDeadline || !company.mfaGraceDays) return null;
  return daysFrom(now, company.mfaGraceDays);
}

/** The owner's choice of period when switching the policy on: null is "direct". */
export function checkGraceDays(graceDays: number | null): GraceDays | null {
  if (graceDays === null) return null;
  if (!isGraceDays(graceDays)) fail("mfaDeadline.errors.period");
  return graceDays;
}

export function assertOwner(user: CurrentUser): void {
  // The action wrapper checks this too; the domain does not rely on being called right.
  if (user.role !== "OWNER") fail("errors.forbidden");
}

/**
 * The start of the day after `date` (YYYY-MM-DD) in the company's time zone, the one every
 * date on the pages is shown in (lib/i18n/dates.ts): "until 12 December" means all of it.
 */
export function endOfDateInAmsterdam(date: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utcMidnight = Date.UTC(year, month - 1, day + 1);
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  const offset = amsterdamOffsetMs(new Date(utcMidnight));
  return new Date(utcMidnight - offset);
}

function amsterdamOffsetMs(at: Date): number {
  const name = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Amsterdam", timeZoneName: "longOffset" })
    .formatToParts(at)
    .find((part) => part.type === "timeZoneName")?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? "");
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return (match[1] === "-" ? -1 : 1) * minutes * 60_000;
}

export type DeadlineChoice = { kind: "days"; days: number } | { kind: "date"; date: string } | { kind: "immediate" };

/** Everyone's own period ends with a new company deadline: one deadline, as the owner set it. */
async function clearOwnPeriods(tx: Pick<Db, "user">, companyId: string): Promise<void> {
  await tx.user.updateMany({ where: { companyId, mfaDueAt: { not: null } }, data: { mfaDueAt: null } });
}

/**
 * The owner moves the deadline (7/14/30 days from now, or to a date) or makes MFA required
 * immediately, which forces everyone without it, later joiners included.
 */
export async function changeMfaDeadline(owner: CurrentUser, choice: DeadlineChoice, ipAddress: string, now: Date = clockNow()): Promise<Date | null> {
  assertOwner(owner);
  const company = await db.company.findUniqueOrThrow({ where: { id: owner.companyId }, select: { mfaRequired: true, mfaGraceDays: true } });
  if (!company.mfaRequired) fail("mfaDeadline.errors.policyOff");
  let deadline: Date | null = null;
  let graceDays: number | null = null;
  let detail = "immediate";
  if (choice.kind === "days") {
    graceDays = checkGraceDays(choice.days);
    deadline = daysFrom(now, choice.days);
    detail = `${choice.days}d until=${deadline.toISOString()}`;
  } else if (choice.kind === "date") {
    deadline = endOfDateInAmsterdam(choice.date);
    if (!deadline || deadline.getTime() <= now.getTime() + DAY_MS || deadline.getTime() > daysFrom(now, MAX_DEADLINE_DAYS + 1).getTime()) {
      fail("mfaDeadline.errors.date", undefined, { date: "mfaDeadline.errors.date" });
    }
    // Later joiners keep the period chosen before; after "direct" they get the shortest one.
    graceDays = company.mfaGraceDays ?? MFA_GRACE_DAYS[0];
    detail = `date until=${deadline.toISOString()}`;
  }
  await db.$transaction(async (tx) => {
    await tx.company.update({ where: { id: owner.companyId }, data: { mfaDeadline: deadline, mfaGraceDays: graceDays } });
    await clearOwnPeriods(tx, owner.companyId);
    await recordActivity(tx, { companyId: owner.companyId, userId: owner.id, type: "MFA_DEADLINE_CHANGED", detail, ipAddress });
  });
  return deadline;
}

/** For setMfaRequired: the policy's deadline columns when it is switched on or off. */
export async function applyPolicyDeadline(
  tx: Pick<Db, "company" | "user" | "activityEvent">,
  owner: CurrentUser,
  required: boolean,
  graceDays: GraceDays | null,
  ipAddress: string,
  now: Date,
): Promise<void> {
  const deadline = required && graceDays ? daysFrom(now, graceDays) : null;
  await tx.company.update({
    where: { id: owner.companyId },
    data: { mfaRequired: required, mfaDeadline: deadline, mfaGraceDays: deadline ? graceDays : null },
  });
  await clearOwnPeriods(tx, owner.companyId);
  if (deadline) {
    await recordActivity(tx, {
      companyId: owner.companyId,
      userId: owner.id,
      type: "MFA_DEADLINE_CHANGED",
      detail: `${graceDays}d until=${deadline.toISOString()}`,
      ipAddress,
    });
  }
}

/** What "Medewerkers" shows about the policy's deadline. */
export function mfaDeadlinePolicy(companyId: string) {
  return db.company.findUniqueOrThrow({ where: { id: companyId }, select: { mfaRequired: true, mfaDeadline: true, mfaGraceDays: true } });
}
