import * as z from "zod/mini";
import { tokenField } from "./common";
import { emailField } from "./email";
import { passwordField } from "./password";

export const backupEmailSchema = z.object({ email: emailField, proof: z.string().check(z.maxLength(1024)) });
export const proofSchema = z.object({ proof: z.string().check(z.maxLength(1024)) });
export const tokenSchema = z.object({ token: tokenField });
export const forgotPasswordSchema = z.object({ email: emailField });

/** The form: the length rule for a reset depends on the account's MFA state, the page passes it in. */
export function resetPasswordSchema(mfaEnabled: boolean) {
  return z.object({ token: tokenField, password: passwordField({ mfaEnabled }) });
}

/**
 * The action: laxer on the password, because which length rule applies is only known once
 * the token has been looked up. This caps the size; resetPassword applies the full rules.
 */
export const resetPasswordInput = z.extend(resetPasswordSchema(false), { password: z.string().check(z.maxLength(1024)) });
