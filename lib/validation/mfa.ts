import { z } from "zod";

// Shape only: six digits after dropping spaces, or a recovery code's 16 characters with
// dashes. Anything else is a failed attempt with a clear message, never an exception.
export const totpCodeField = z
  .string()
  .transform((value) => value.replace(/[\s-]/g, ""))
  .pipe(z.string().regex(/^\d{6}$/, "auth.verify.codeFormat"));

export const recoveryCodeField = z.string().trim().min(1, "auth.verify.recoveryFormat").max(64, "auth.verify.recoveryFormat");

/** "Verificatiecode of herstelcode", asked before changing an active second factor. */
export const currentFactorField = z.string().trim().max(64, "mfa.reauth.format");

// The browser checks the shape at once; the server takes any short string, so a
// malformed code still counts as a failed attempt there.
export const verifyCodeSchema = z.object({ code: totpCodeField, callbackUrl: z.string().max(2048).optional() });
export const verifyRecoverySchema = z.object({ code: recoveryCodeField, callbackUrl: z.string().max(2048).optional() });
export const secondStepInput = z.object({ code: z.string().max(64), callbackUrl: z.string().max(2048).optional() });

export const confirmSetupSchema = z.object({
  code: totpCodeField,
  currentFactor: currentFactorField.optional(),
  password: z.string().max(1024).optional(),
});

export const manageFactorSchema = z.object({ currentFactor: currentFactorField });
