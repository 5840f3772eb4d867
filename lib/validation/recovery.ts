import { z } from "zod";
import { emailField } from "./email";
import { passwordField } from "./password";

export const backupEmailSchema = z.object({ email: emailField, proof: z.string().max(1024) });
export const proofSchema = z.object({ proof: z.string().max(1024) });
export const tokenSchema = z.object({ token: z.string().min(1).max(128) });
export const forgotPasswordSchema = z.object({ email: emailField });
/** The length rule for a reset depends on the account's MFA state: the page passes it in. */
export function resetPasswordSchema(mfaEnabled: boolean) {
  return z.object({ token: z.string().min(1).max(128), password: passwordField({ mfaEnabled }) });
}
export const resetPasswordInput = z.object({ token: z.string().min(1).max(128), password: z.string().max(1024) });
