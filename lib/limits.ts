/**
 * Every attempt limit, lock and lifetime in one place, so the rules can be read (and
 * reviewed) together; the README's limits table is checked against this file
 * (tests/unit/limits-table.test.ts). Requirements: docs/SECURITY.md, "Throttling".
 */
export type Limit = { limit: number; windowMs: number };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Fixed-window counters in the database (lib/rate-limit.ts), counted before the work they guard. */
export const limits = {
  passwordPerAccount: { limit: 10, windowMs: 15 * MINUTE },
  passwordPerIp: { limit: 50, windowMs: 15 * MINUTE },
  registrationPerIp: { limit: 20, windowMs: HOUR },
  // Recovery codes carry 80 bits; this only keeps the log and the mail volume sane.
  recoveryPerAccount: { limit: 10, windowMs: HOUR },
  loginLinkPerAccount: { limit: 5, windowMs: HOUR },
  loginLinkPerIp: { limit: 20, windowMs: HOUR },
  backupConfirmPerAccount: { limit: 5, windowMs: HOUR },
  // Reset requests do not lock the account: they only slow down one address and one IP.
  passwordResetPerAccount: { limit: 5, windowMs: HOUR },
  passwordResetPerIp: { limit: 20, windowMs: HOUR },
} satisfies Record<string, Limit>;

/** Wrong authenticator codes: a lock of the authenticator only (recovery codes keep working). */
export const LOCK_AFTER_FAILURES = 10;
export const LOCK_DURATION_MS = 15 * MINUTE;
/** NIST 800-63B §3.2.2: never more than 100 consecutive failures. */
export const MAX_CONSECUTIVE_FAILURES = 100;

/** The login challenge between the password step and the second factor. */
export const CHALLENGE_TTL_MS = 10 * MINUTE;
export const MAX_CHALLENGE_FAILURES = 5;

/** The login link to the backup address (Auth.js's e-mail provider takes seconds). */
export const LINK_MAX_AGE_S = 10 * 60;
/** A session's absolute lifetime. */
export const SESSION_MAX_AGE_S = 12 * 60 * 60;
/** A sign-in by recovery code or link this recent counts as re-authentication ("new phone"). */
export const RECENT_SIGN_IN_MS = 10 * MINUTE;
/** An authenticator secret that was shown but not yet confirmed. */
export const PENDING_SETUP_TTL_MS = 30 * MINUTE;

export const PASSWORD_RESET_TTL_MS = 30 * MINUTE;
export const BACKUP_CONFIRM_TTL_MS = DAY;
export const INVITATION_TTL_MS = 7 * DAY;
/** At most one MFA reminder mail per employee per day. */
export const REMINDER_INTERVAL_MS = DAY;
