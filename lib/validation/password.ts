import * as z from "zod/mini";
import type { password as passwordCopy } from "@/lib/i18n/nl/password";
import { withValues, type MessageRef } from "@/lib/i18n/message-ref";
import {
  checkPasswordLength,
  passwordMinLength,
  PASSWORD_MAX,
  type PasswordCheckFailure,
  type PasswordReason,
} from "@/lib/passwords/length";

/*
 * Issues carry a catalogue key, not Dutch text, so the same schema serves server and client and
 * the form translates. The template type fails to compile if a reason has no copy.
 */
export type PasswordErrorKey = `password.${PasswordReason & keyof typeof passwordCopy}`;

/** The key plus the numbers its text needs, e.g. "password.tooShort?min=15". */
export function passwordErrorKey(result: PasswordCheckFailure): MessageRef {
  const key: PasswordErrorKey = `password.${result.reason}`;
  return withValues(key, { min: result.min ?? passwordMinLength(false), max: result.max ?? PASSWORD_MAX });
}

/**
 * The length rules only, so the browser can check them without the blocklist. The server
 * action always runs the full checkPassword (blocklist and context words) as well.
 */
export function passwordField({ mfaEnabled }: { mfaEnabled: boolean }) {
  return z.string().check(
    z.superRefine((value, ctx) => {
      const result = checkPasswordLength(value, mfaEnabled);
      if (!result.ok) ctx.addIssue({ code: "custom", message: passwordErrorKey(result) });
    }),
  );
}
