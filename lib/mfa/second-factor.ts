import { db } from "@/lib/db/client";
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

/** Verifies a code and claims its time step in one conditional update: a code works once. */
export async function claimTotpCode(userId: string, secret: string, input: string, now = Date.now()) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { totpLastUsedStep: true } });
  const result = await verifyTotp({ secret, token: input, lastUsedStep: user.totpLastUsedStep, now });
  if (!result.ok) return result;
  const claimed = await db.user.updateMany({
    where: { id: userId, OR: [{ totpLastUsedStep: null }, { totpLastUsedStep: { lt: result.step } }] },
    data: { totpLastUsedStep: result.step },
  });
  return claimed.count === 1 ? result : ({ ok: false, reason: "replayed" } as const);
}

type Reservation = { allowed: true; lockedByThis: Date | null } | { allowed: false; lockedUntil: Date };

/**
 * Counts an authenticator attempt *before* the code is checked, inside a transaction
 * whose first write takes the user's row lock: concurrent guesses queue up, and the one
 * that reaches the limit locks the authenticator before any later one is evaluated.
 * A correct code then clears the count (and a lock it set) again.
 */
async function reserveTotpAttempt(userId: string, now = new Date()): Promise<Reservation> {
  return db.$transaction(async (tx) => {
    const row = await tx.user.update({
      where: { id: userId },
      data: { secondFactorFailures: { increment: 1 } },
      select: { secondFactorFailures: true, secondFactorLockedUntil: true },
    });
    if (row.secondFactorLockedUntil && row.secondFactorLockedUntil > now) {
      // Refused unseen: not an attempt, so not counted.
      await tx.user.update({ where: { id: userId }, data: { secondFactorFailures: { decrement: 1 } } });
      return { allowed: false, lockedUntil: row.secondFactorLockedUntil };
    }
    const failures = row.secondFactorFailures;
    const lockedByThis =
      failures >= MAX_CONSECUTIVE_FAILURES
        ? new Date(now.getTime() + 365 * 24 * 60 * 60_000) // until a recovery code or backup link resets it
        : failures % LOCK_AFTER_FAILURES === 0
          ? new Date(now.getTime() + LOCK_DURATION_MS)
          : null;
    if (lockedByThis) await tx.user.update({ where: { id: userId }, data: { secondFactorLockedUntil: lockedByThis } });
    return { allowed: true, lockedByThis };
    // Guesses queue on the row lock; give a burst time to drain instead of failing.
  }, { maxWait: 15_000, timeout: 15_000 });
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
export async function verifySecondFactor(user: FactorUser, input: string, ipAddress: string): Promise<FactorResult> {
  if (normalizeTotpInput(input) !== null) {
    const reservation = await reserveTotpAttempt(user.id);
    if (!reservation.allowed) return { ok: false, reason: "throttled", lockedUntil: reservation.lockedUntil };
    const secret = await activeTotpSecret(user.id);
    const result = secret ? await claimTotpCode(user.id, secret, input) : ({ ok: false, reason: "invalid" } as const);
    if (result.ok) {
      await clearTotpFailures(user.id);
      return { ok: true, method: "totp" };
    }
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
