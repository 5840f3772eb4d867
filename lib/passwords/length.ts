/**
 * The length rules alone, free of the 50k-entry blocklist, so browser-side form checks
 * can share them without shipping the list. The full check is policy.ts, on the server.
 */

/** ASVS 6.2.9: at least 64 must be accepted; the cap bounds argon2 input and form payloads. */
export const PASSWORD_MAX = 128;

/** NIST 800-63B-4 §3.1.1.2: 15 when the password may be the only factor, 8 once MFA is on. */
export function passwordMinLength(mfaEnabled: boolean): number {
  return mfaEnabled ? 8 : 15;
}

export type PasswordReason = "tooShort" | "tooLong" | "common" | "context";

export type PasswordCheckResult =
  | { ok: true }
  | { ok: false; reason: PasswordReason; min?: number; max?: number };

export type PasswordCheckFailure = Extract<PasswordCheckResult, { ok: false }>;

/** Counts code points after NFC: an emoji or "é" is one character however it was typed. */
export function checkPasswordLength(password: string, mfaEnabled: boolean): PasswordCheckResult {
  const length = [...password.normalize("NFC")].length;
  const min = passwordMinLength(mfaEnabled);
  if (length > PASSWORD_MAX) return { ok: false, reason: "tooLong", max: PASSWORD_MAX };
  if (length < min) return { ok: false, reason: "tooShort", min };
  return { ok: true };
}
