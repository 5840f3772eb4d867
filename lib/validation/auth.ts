import * as z from "zod/mini";
import { callbackUrlField } from "./common";
import { emailField } from "./email";
import { passwordField } from "./password";

const requiredText = (max: number) =>
  z.string().check(z.trim(), z.minLength(1, "validation.required"), z.maxLength(max, "validation.tooLong"));

// A login never applies the password rules (an old password may predate them), only a
// generous cap so nobody can make the server hash megabytes.
const anyPassword = z.string().check(z.minLength(1, "validation.passwordRequired"), z.maxLength(1024, "validation.tooLong"));

export const loginSchema = z.object({
  email: emailField,
  password: anyPassword,
  callbackUrl: callbackUrlField,
});

export const registerSchema = z.object({
  companyName: requiredText(120),
  name: requiredText(120),
  email: emailField,
  password: passwordField({ mfaEnabled: false }),
});

/** The form: the page knows the user's MFA state and passes it in for the length rule. */
export function changePasswordSchema(mfaEnabled: boolean) {
  return z.object({
    currentPassword: anyPassword,
    newPassword: passwordField({ mfaEnabled }),
  });
}

/**
 * The action: laxer on the new password, because its length rule depends on the MFA state,
 * which only the server knows for sure (it may have changed since the page was rendered).
 * This caps the size; changePassword applies the full rules, blocklist included.
 */
export const changePasswordInput = z.extend(changePasswordSchema(false), { newPassword: z.string().check(z.maxLength(1024)) });

/** A new password at sign-in, when the old one is too short to be the only factor. */
export const renewPasswordSchema = z.object({
  password: passwordField({ mfaEnabled: false }),
  callbackUrl: callbackUrlField,
});

/** The action: the same rules, applied in full (blocklist too) by renewPasswordAtSignIn. */
export const renewPasswordInput = z.extend(renewPasswordSchema, { password: z.string().check(z.maxLength(1024)) });
