import { db } from "@/lib/db/client";
import { rawDate } from "@/lib/db/raw-values";
import { toLocale } from "@/lib/i18n";
import { recordActivity } from "@/lib/activity/events";
import { sendMail } from "@/lib/mail/send";
import { recoveryCodeUsedMail, secondFactorLockedMail } from "@/lib/mail/templates";
import { alertOwners } from "@/lib/company/owner-alerts";
import { releaseAttempt, reserveAttempt } from "@/lib/rate-limit";
import { limits, LOCK_AFTER_FAILURES, LOCK_DURATION_MS, MAX_CONSECUTIVE_FAILURES } from "@/lib/limits";
import { activeTotpSecret } from "./credentials";
import { consumeRecoveryCode } from "./recovery-store";
import { normalizeTotpInput, verifyTotp } from "./totp";

/**
 * Checking a second factor for a known user: an authenticator code (6 digits) or a
 * recovery code. Wrong authenticator codes count towards a lock of the authenticator
 * only; recovery codes (80 bits) have their own throttle and keep working during that
 * lock, so someone who knows the password cannot keep the real user out.
 */
export type FactorUser = { id: string; companyId: string; email: string; name: string; locale: string };
export type FactorResult =
  | { ok: true; method: "totp" }
  | { ok: true; method: "recovery"; remaining: number }
  | { ok: false; reason: "format" | "invalid" | "replayed" | "throttled"; lockedUntil?: Date };

type Claim = Awaited<ReturnType<typeof verifyTotp>>;

/**
 * Verifies a code against the last used time step and claims its step in one conditional
 * update: a code works once. `afterReservation` (the second step's own path) also takes
 * back, in that same write, the failures counted up to and including this attempt's
 * reservation, and the lock when that reservation set it (or it has run out). Guesses
 * counted after it keep their count and their lock: a correct code racing a burst of
 * guesses never hands the burst a fresh budget.
 */
async function claimStep(
  userId: string,
  verified: Claim,
  afterReservation: { seen: number; setLock: boolean } | null,
): Promise<Claim | { ok: false; reason: "replayed" }> {
  if (!verified.ok) return verified;
  const step = verified.step;
  const claimed = afterReservation
    ? await db.$executeRaw`
        UPDATE "User" SET
          "totpLastUsedStep" = CAST(${step} AS INTEGER),
          "secondFactorFailures" = CASE WHEN "secondFactorFailures" > CAST(${afterReservation.seen} AS INTEGER)
            THEN "secondFactorFailures" - CAST(${afterReservation.seen} AS INTEGER) ELSE 0 END,
          "secondFactorLockedUntil" = CASE
            WHEN CAST(${afterReservation.setLock ? 1 : 0} AS INTEGER) = 1 OR "secondFactorLockedUntil" <= ${new Date()} THEN NULL
            ELSE "secondFactorLockedUntil" END
        WHERE "id" = ${userId} AND ("totpLastUsedStep" IS NULL OR "totpLastUsedStep" < CAST(${step} AS INTEGER))`
    : (
        await db.user.updateMany({
          where: { id: userId, OR: [{ totpLastUsedStep: null }, { totpLastUsedStep: { lt: step } }] },
          data: { totpLastUsedStep: step },
        })
      ).count;
  return claimed === 1 ? verified : { ok: false, reason: "replayed" };
}

/** Verifies a code and claims its time step in one conditional update: a code works once. */
export async function claimTotpCode(userId: string, secret: string, input: string, now = Date.now()) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { totpLastUsedStep: true } });
  return claimStep(userId, await verifyTotp({ secret, token: input, lastUsedStep: user.totpLastUsedStep, now }), null);
}

type Reservation =
  | { allowed: true; lockedByThis: Date | null; seen: number; lastUsedStep: number | null }
  | { allowed: false; lockedUntil: Date };

const UNTIL_RESET_MS = 365 * 24 * 60 * 60_000; // until a recovery code or backup link resets it

/**
 * Counts an authenticator attempt *before* the code is checked, in one statement that
 * refuses while a lock holds and sets the lock when this attempt reaches the limit: the
 * UPDATE's row lock queues concurrent guesses, and the one that reaches the limit locks the
 * authenticator before any later one is evaluated. One statement, not a transaction of
 * three, because this is the second step's hot path (issue 11: p50 < 5 ms on PostgreSQL,
 * where every statement is a round trip). It also returns the count this attempt made and
 * the last used time step, which the code's claim needs.
 */
async function reserveTotpAttempt(userId: string, now = new Date()): Promise<Reservation> {
  const lockEnd = new Date(now.getTime() + LOCK_DURATION_MS);
  const untilReset = new Date(now.getTime() + UNTIL_RESET_MS);
  for (let attempt = 0; attempt < 3; attempt++) {
    const rows = await db.$queryRaw<{ failures: unknown; lockedUntil: unknown; lastUsedStep: unknown }[]>`
      UPDATE "User" SET
        "secondFactorFailures" = "secondFactorFailures" + 1,
        "secondFactorLockedUntil" = CASE
          WHEN "secondFactorFailures" + 1 >= CAST(${MAX_CONSECUTIVE_FAILURES} AS INTEGER) THEN ${untilReset}
          WHEN ("secondFactorFailures" + 1) % CAST(${LOCK_AFTER_FAILURES} AS INTEGER) = 0 THEN ${lockEnd}
          ELSE "secondFactorLockedUntil" END
      WHERE "id" = ${userId} AND ("secondFactorLockedUntil" IS NULL OR "secondFactorLockedUntil" <= ${now})
      RETURNING "secondFactorFailures" AS "failures", "secondFactorLockedUntil" AS "lockedUntil", "totpLastUsedStep" AS "lastUsedStep"`;
    const row = rows[0];
    if (row) {
      // No lock held before this statement, so a lock in the future is this attempt's.
      const lockedUntil = rawDate(row.lockedUntil);
      const lastUsedStep = row.lastUsedStep === null || row.lastUsedStep === undefined ? null : Number(row.lastUsedStep);
      return { allowed: true, lockedByThis: lockedUntil && lockedUntil > now ? lockedUntil : null, seen: Number(row.failures), lastUsedStep };
    }
    // Refused unseen while a lock holds: not an attempt, so not counted.
    const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { secondFactorLockedUntil: true } });
    if (user.secondFactorLockedUntil && user.secondFactorLockedUntil > now) return { allowed: false, lockedUntil: user.secondFactorLockedUntil };
    // The lock ran out between the two statements: count again.
  }
  throw new Error("reserveTotpAttempt: the lock state kept changing");
}

/** Records a wrong authenticator code; when it was the one that locked, says so and mails the user (and owner). */
async function recordTotpFailure(user: FactorUser, ipAddress: string | null, lockedUntil: Date | null): Promise<void> {
  await db.$transaction(async (tx) => {
    await recordActivity(tx, { companyId: user.companyId, userId: user.id, type: "SECOND_FACTOR_FAILED", ipAddress });
    if (lockedUntil) {
      await recordActivity(tx, { companyId: user.companyId, userId: user.id, type: "SECOND_FACTOR_LOCKED", ipAddress });
    }
  });
  if (lockedUntil) {
    await sendMail({ to: user.email, ...secondFactorLockedMail({ locale: toLocale(user.locale), name: user.name, until: lockedUntil }) });
    // For an employee, the owner hears of it too (if switched on): they can reset the MFA.
    await alertOwners(user, { kind: "secondFactorLocked", until: lockedUntil }, ipAddress);
  }
}

export async function clearTotpFailures(userId: string): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { secondFactorFailures: 0, secondFactorLockedUntil: null } });
}

/**
 * One entry point for "prove your second factor": decides by shape whether the input is
 * an authenticator code or a recovery code, applies the right throttle, and records the
 * outcome. Callers map a failure to a message.
 */
export async function verifySecondFactor(
  user: FactorUser,
  input: string,
  ipAddress: string,
  // The active authenticator key, when the caller read it already (the sign-in's second step).
  knownSecret?: string | null,
): Promise<FactorResult> {
  if (normalizeTotpInput(input) !== null) {
    const reservation = await reserveTotpAttempt(user.id);
    if (!reservation.allowed) return { ok: false, reason: "throttled", lockedUntil: reservation.lockedUntil };
    const secret = knownSecret === undefined ? await activeTotpSecret(user.id) : knownSecret;
    const { seen, lockedByThis, lastUsedStep } = reservation;
    const result = secret
      ? await claimStep(user.id, await verifyTotp({ secret, token: input, lastUsedStep, now: Date.now() }), { seen, setLock: lockedByThis !== null })
      : ({ ok: false, reason: "invalid" } as const);
    if (result.ok) return { ok: true, method: "totp" };
    await recordTotpFailure(user, ipAddress, reservation.lockedByThis);
    return { ok: false, reason: result.reason, lockedUntil: reservation.lockedByThis ?? undefined };
  }

  // Per IP, not per account: guesses by someone else never block the holder's valid code.
  // Each login challenge also allows only five wrong answers (lib/sign-in/second-step.ts).
  const key = `recovery:ip:${ipAddress}`;
  const state = await reserveAttempt(key, limits.recoveryPerIp);
  if (state.blocked) return { ok: false, reason: "throttled", lockedUntil: new Date(Date.now() + state.retryAfterMs) };
  // The code is spent and its use recorded in one transaction.
  const used = await db.$transaction(async (tx) => {
    const result = await consumeRecoveryCode(user.id, input, { tx });
    if (result.ok) {
      await recordActivity(tx, { companyId: user.companyId, userId: user.id, type: "RECOVERY_CODE_USED", ipAddress });
    }
    return result;
  });
  if (!used.ok) {
    await recordActivity(db, { companyId: user.companyId, userId: user.id, type: "SECOND_FACTOR_FAILED", ipAddress, detail: "recovery" });
    return { ok: false, reason: used.reason };
  }
  // A valid recovery code proves the account holder: it lifts an authenticator lock too.
  await releaseAttempt(key);
  await clearTotpFailures(user.id);
  await sendMail({ to: user.email, ...recoveryCodeUsedMail({ locale: toLocale(user.locale), name: user.name, remaining: used.remaining }) });
  return { ok: true, method: "recovery", remaining: used.remaining };
}
