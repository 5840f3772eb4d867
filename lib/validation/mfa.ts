import * as z from "zod/mini";
import { callbackUrlField } from "./common";

// Shape only: six digits after dropping spaces, or a recovery code's 16 characters with
// dashes. Anything else is a failed attempt with a clear message, never an exception.
export const totpCodeField = z
  .string()
  .check(
    z.overwrite((value) => value.replace(/[\s-]/g, "")),
    z.regex(/^\d{6}$/, "auth.verify.codeFormat"),
  );

export const recoveryCodeField = z
  .string()
  .check(z.trim(), z.minLength(1, "auth.verify.recoveryFormat"), z.maxLength(64, "auth.verify.recoveryFormat"));

/** "Verificatiecode of herstelcode", asked before changing an active second factor. */
export const currentFactorField = z.string().check(z.trim(), z.maxLength(64, "mfa.reauth.format"));

/**
 * The server's code field: any short string. A malformed code must still reach the domain
 * and count as a failed attempt (and get its format message there), so the action cannot
 * refuse it the way the form does; the cap only stops huge payloads.
 */
const attemptCodeField = z.string().check(z.maxLength(64));

// Login, second step. The browser checks the shape at once, per method.
export const verifyCodeSchema = z.object({ code: totpCodeField, callbackUrl: callbackUrlField });
export const verifyRecoverySchema = z.extend(verifyCodeSchema, { code: recoveryCodeField });
/** The action serves both forms and counts every code as an attempt: see attemptCodeField. */
export const secondStepInput = z.extend(verifyCodeSchema, { code: attemptCodeField });

/** Setup step 4: the new app's code, plus the old factor or the password when the page asks for them. */
export const confirmSetupSchema = z.object({
  code: totpCodeField,
  currentFactor: z.optional(currentFactorField),
  password: z.optional(z.string().check(z.maxLength(1024))),
});
/** Laxer on the code only: a malformed code counts as an attempt on the pending setup. */
export const confirmSetupInput = z.extend(confirmSetupSchema, { code: attemptCodeField });

/** Regenerate recovery codes, turn MFA off: the form and the action share it. */
export const manageFactorSchema = z.object({ currentFactor: currentFactorField });
