import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { toLocale } from "@/lib/i18n";
import { recordActivity } from "@/lib/activity/events";
import { sendMail } from "@/lib/mail/send";
import { mfaDeadlineReminderMail } from "@/lib/mail/templates";
import { errorName, logger } from "@/lib/log";
import { now as clockNow } from "@/lib/clock";
import { daysLeft, enrolmentDeadline } from "@/lib/session/enrolment-rule";
import { ENROLMENT_PATH } from "@/lib/session/route-decision";

/**
 * The reminder mails of mandatory MFA with a deadline (issue 14): 7, 3 and 1 day(s) before
 * an employee's deadline, each once. Run periodically by instrumentation.ts on every
 * instance; the claim (a conditional update of User.mfaReminderFor/mfaReminderDays before
 * the mail) makes two instances, or two runs, send one mail. A moved deadline is a new due
 * date, so its reminders start again. A stage missed while no instance ran is skipped for
 * the more urgent one: nobody gets the 7-day mail with one day left.
 */
export const REMINDER_STAGES = [1, 3, 7] as const;
const FIRST_STAGE_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;
const BATCH = 200;

/** The stage due with `msLeft` to go: the most urgent one it is within, or null (too early). */
export function reminderStage(msLeft: number): number | null {
  if (msLeft <= 0) return null;
  return REMINDER_STAGES.find((days) => msLeft <= days * DAY_MS) ?? null;
}

type Candidate = {
  id: string;
  email: string;
  name: string;
  locale: string;
  companyId: string;
  mfaDueAt: Date | null;
  mfaReminderFor: Date | null;
  mfaReminderDays: number | null;
  company: { name: string; mfaRequired: boolean; mfaDeadline: Date | null };
};

/** Employees under a policy with a deadline, without MFA, whose deadline is within the first stage. */
function candidates(now: Date, afterId: string | undefined) {
  const horizon = new Date(now.getTime() + FIRST_STAGE_DAYS * DAY_MS);
  return db.user.findMany({
    where: {
      role: "EMPLOYEE",
      totpCredentials: { none: { confirmedAt: { not: null } } },
      company: { mfaRequired: true, mfaDeadline: { not: null, lte: horizon } },
      AND: [
        { OR: [{ mfaDueAt: null }, { mfaDueAt: { lte: horizon } }] },
        { OR: [{ company: { mfaDeadline: { gt: now } } }, { mfaDueAt: { gt: now } }] },
      ],
      ...(afterId ? { id: { gt: afterId } } : {}),
    },
    orderBy: { id: "asc" },
    take: BATCH,
    select: {
      id: true,
      email: true,
      name: true,
      locale: true,
      companyId: true,
      mfaDueAt: true,
      mfaReminderFor: true,
      mfaReminderDays: true,
      company: { select: { name: true, mfaRequired: true, mfaDeadline: true } },
    },
  });
}

/** Takes this stage for this due date, unless this or a more urgent one was already taken. */
async function claim(userId: string, due: Date, stage: number): Promise<boolean> {
  const claimed = await db.user.updateMany({
    where: {
      id: userId,
      OR: [{ mfaReminderFor: null }, { mfaReminderFor: { not: due } }, { mfaReminderDays: null }, { mfaReminderDays: { gt: stage } }],
    },
    data: { mfaReminderFor: due, mfaReminderDays: stage },
  });
  return claimed.count === 1;
}

async function remind(person: Candidate, now: Date): Promise<boolean> {
  const due = enrolmentDeadline({
    role: "EMPLOYEE",
    companyMfaRequired: person.company.mfaRequired,
    mfaEnabledAt: null,
    companyMfaDeadline: person.company.mfaDeadline,
    userMfaDueAt: person.mfaDueAt,
  });
  if (!due) return false;
  const stage = reminderStage(due.getTime() - now.getTime());
  if (stage === null) return false;
  const sentBefore = person.mfaReminderFor?.getTime() === due.getTime() && person.mfaReminderDays !== null && person.mfaReminderDays <= stage;
  if (sentBefore || !(await claim(person.id, due, stage))) return false;
  const locale = toLocale(person.locale);
  const mail = mfaDeadlineReminderMail({
    locale,
    name: person.name,
    companyName: person.company.name,
    daysLeft: daysLeft(due, now),
    deadline: due,
    url: `${env().APP_URL}${ENROLMENT_PATH}`,
  });
  try {
    await sendMail({ to: person.email, ...mail });
  } catch (error) {
    // Give the stage back, so the next run tries again rather than never.
    await db.user.updateMany({
      where: { id: person.id, mfaReminderFor: due, mfaReminderDays: stage },
      data: { mfaReminderFor: person.mfaReminderFor, mfaReminderDays: person.mfaReminderDays },
    });
    throw error;
  }
  await recordActivity(db, { companyId: person.companyId, userId: person.id, type: "MFA_DEADLINE_REMINDER_SENT", detail: String(stage) });
  return true;
}

/** One run: returns how many mails went. A failure for one person does not stop the others. */
export async function sendDeadlineReminders(now: Date = clockNow()): Promise<number> {
  let sent = 0;
  let afterId: string | undefined;
  for (;;) {
    const batch = await candidates(now, afterId);
    for (const person of batch) {
      try {
        if (await remind(person, now)) sent++;
      } catch (error) {
        logger.error("deadlineReminders.failed", { error: errorName(error) });
      }
    }
    if (batch.length < BATCH) return sent;
    afterId = batch[batch.length - 1]?.id;
  }
}
