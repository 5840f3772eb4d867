import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { toLocale } from "@/lib/i18n";
import { logger, errorName } from "@/lib/log";
import { recordActivity } from "@/lib/activity/events";
import { sendMail } from "@/lib/mail/send";
import { askOwnerMail } from "@/lib/mail/templates";
import { reserveAttempt } from "@/lib/rate-limit";
import { limits } from "@/lib/limits";
import { currentChallenge } from "./challenge";

/**
 * "Vraag de eigenaar om hulp" (issue 14): an employee stuck at the second step (no phone,
 * no codes, no backup address) asks the owners of their company to reset their MFA. The
 * answer never varies — no challenge, an owner, throttled, a failed mail all look alike —
 * so the button tells nobody who owns the company or whether a mail went. The mail holds
 * only a link to Medewerkers; the reset itself needs the owner's own code there.
 */
export async function askOwnerForHelp(challengeToken: string | null, ip: string): Promise<void> {
  try {
    const challenge = await currentChallenge(challengeToken);
    if (!challenge || challenge.secondFactorAt || challenge.user.role !== "EMPLOYEE") return;
    // Only a second step waiting for an authenticator: one waiting for a new password has no MFA to reset.
    if ((await db.totpCredential.count({ where: { userId: challenge.userId, confirmedAt: { not: null } } })) === 0) return;
    // Counted before the work, per challenge and per IP, like the login link (login-link.ts).
    for (const [key, limit] of [
      [`askOwner:challenge:${challenge.id}`, limits.askOwnerPerChallenge],
      [`askOwner:ip:${ip}`, limits.askOwnerPerIp],
    ] as const) {
      if ((await reserveAttempt(key, limit)).blocked) return;
    }
    const employee = challenge.user;
    await recordActivity(db, { companyId: employee.companyId, userId: employee.id, type: "HELP_REQUESTED", ipAddress: ip });
    const owners = await db.user.findMany({ where: { companyId: employee.companyId, role: "OWNER" }, select: { email: true, name: true, locale: true } });
    const url = `${env().APP_URL}/employees?${new URLSearchParams({ q: employee.email })}`;
    for (const owner of owners) {
      const mail = askOwnerMail({ locale: toLocale(owner.locale), name: owner.name, employeeName: employee.name, employeeEmail: employee.email, ipAddress: ip, url });
      // One owner's failing address must not keep the request from the others.
      await sendMail({ to: owner.email, ...mail }).catch((error: unknown) => logger.error("askOwner.failed", { error: errorName(error) }));
    }
  } catch (error) {
    // The same answer whatever happened; the log keeps what went wrong.
    logger.error("askOwner.failed", { error: errorName(error) });
  }
}
