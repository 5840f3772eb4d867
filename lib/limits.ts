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
  // Password attempts from browsers that never signed in to the account ("strangers").
  passwordPerAccount: { limit: 10, windowMs: 15 * MINUTE },
  passwordPerIp: { limit: 50, windowMs: 15 * MINUTE },
  // A browser that has signed in to the account before: its own budget, untouched by strangers.
  passwordPerKnownDevice: { limit: 10, windowMs: 15 * MINUTE },
  registrationPerIp: { limit: 20, windowMs: HOUR },
  // Sign-ups mail the address; this keeps anyone from flooding one mailbox.
  registrationPerAddress: { limit: 5, windowMs: HOUR },
  // The ways back (recovery codes, 80 bits; the login link, 256 bits) are limited per
  // login challenge and per IP, never per account alone: someone who knows the password
  // must not be able to use up the real user's way back.
  recoveryPerIp: { limit: 20, windowMs: HOUR },
  loginLinkPerChallenge: { limit: 3, windowMs: 10 * MINUTE },
  loginLinkPerIp: { limit: 20, windowMs: HOUR },
  // "Vraag de eigenaar om hulp" mails a person: twice per password step, and per IP.
  askOwnerPerChallenge: { limit: 2, windowMs: 10 * MINUTE },
  askOwnerPerIp: { limit: 10, windowMs: HOUR },
  backupConfirmPerAccount: { limit: 5, windowMs: HOUR },
  // Reset requests do not lock the account: they only slow down one address and one IP.
  passwordResetPerAccount: { limit: 5, windowMs: HOUR },
  passwordResetPerIp: { limit: 20, windowMs: HOUR },
} satisfies Record<string, Limit>;

/** Strangers wait this much longer per failure beyond the first few, up to the cap. */
export const STRANGER_DELAY_STEP_MS = 100;
export const STRANGER_DELAY_FREE_FAILURES = 2;
export const STRANGER_DELAY_MAX_MS = 1_000;
/** How long a browser stays known to an account after its last sign-in. */
export const DEVICE_COOKIE_MAX_AGE_S = 365 * 24 * 60 * 60;
/** "Deze computer 30 dagen onthouden": how long a remembered browser skips the code. */
export const REMEMBER_DEVICE_MS = 30 * DAY;

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
/** From the confirm page's POST to Auth.js's callback: one redirect, so a minute is plenty. */
export const LINK_PROOF_TTL_MS = MINUTE;
/** A session's absolute lifetime. */
export const SESSION_MAX_AGE_S = 12 * 60 * 60;
/** A sign-in by recovery code or link this recent counts as re-authentication ("new phone"). */
export const RECENT_SIGN_IN_MS = 10 * MINUTE;
/** An authenticator secret that was shown but not yet confirmed. */
export const PENDING_SETUP_TTL_MS = 30 * MINUTE;

export const PASSWORD_RESET_TTL_MS = 30 * MINUTE;
/** The confirmation link of an e-mail-first sign-up. */
export const REGISTRATION_TTL_MS = DAY;
export const BACKUP_CONFIRM_TTL_MS = DAY;
export const INVITATION_TTL_MS = 7 * DAY;
/** At most one MFA reminder mail per employee per day. */
export const REMINDER_INTERVAL_MS = DAY;
