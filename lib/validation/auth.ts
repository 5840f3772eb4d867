import { z } from "zod";
import { emailField } from "./email";
import { passwordField } from "./password";

const requiredText = (max: number) =>
  z.string().trim().min(1, "validation.required").max(max, "validation.tooLong");

// A login never applies the password rules (an old password may predate them), only a
// generous cap so nobody can make the server hash megabytes.
const anyPassword = z.string().min(1, "validation.passwordRequired").max(1024, "validation.tooLong");

export const loginSchema = z.object({
  email: emailField,
  password: anyPassword,
  callbackUrl: z.string().max(2048).optional(),
});

export const registerSchema = z.object({
  companyName: requiredText(120),
  name: requiredText(120),
  email: emailField,
  password: passwordField({ mfaEnabled: false }),
});

export function changePasswordSchema(mfaEnabled: boolean) {
  return z.object({
    currentPassword: anyPassword,
    newPassword: passwordField({ mfaEnabled }),
  });
}
