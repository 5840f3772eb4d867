import { z } from "zod";
import { callbackUrlField } from "./common";

// Shape only: six digits after dropping spaces, or a recovery code's 16 characters with
// dashes. Anything else is a failed attempt with a clear message, never an exception.
export const totpCodeField = z
  .string()
  .transform((value) => value.replace(/[\s-]/g, ""))
  .pipe(z.string().regex(/^\d{6}$/, "auth.verify.codeFormat"));

export const recoveryCodeField = z.string().trim().min(1, "auth.verify.recoveryFormat").max(64, "auth.verify.recoveryFormat");

/** "Verificatiecode of herstelcode", asked before changing an active second factor. */
export const currentFactorField = z.string().trim().max(64, "mfa.reauth.format");

/**
 * The server's code field: any short string. A malformed code must still reach the domain
 * and count as a failed attempt (and get its format message there), so the action cannot
 * refuse it the way the form does; the cap only stops huge payloads.
 */
const attemptCodeField = z.string().max(64);

// Login, second step. The browser checks the shape at once, per method.
export const verifyCodeSchema = z.object({ code: totpCodeField, callbackUrl: callbackUrlField });
export const verifyRecoverySchema = verifyCodeSchema.extend({ code: recoveryCodeField });
/** The action serves both forms and counts every code as an attempt: see attemptCodeField. */
export const secondStepInput = verifyCodeSchema.extend({ code: attemptCodeField });

/** Setup step 4: the new app's code, plus the old factor or the password when the page asks for them. */
export const confirmSetupSchema = z.object({
  code: totpCodeField,
  currentFactor: currentFactorField.optional(),
  password: z.string().max(1024).optional(),
});
/** Laxer on the code only: a malformed code counts as an attempt on the pending setup. */
export const confirmSetupInput = confirmSetupSchema.extend({ code: attemptCodeField });

/** Regenerate recovery codes, turn MFA off: the form and the action share it. */
export const manageFactorSchema = z.object({ currentFactor: currentFactorField });
