"use server";

import { redirect } from "next/navigation";
import { publicAction } from "@/lib/auth/actions";
import { requestPasswordReset, resetPassword } from "@/lib/accounts/password-reset";
import { clientIp } from "@/lib/http/client-ip";
import { forgotPasswordSchema, resetPasswordInput } from "@/lib/validation/recovery";

export const forgotPasswordAction = publicAction(forgotPasswordSchema, async ({ email }) => {
  await requestPasswordReset(email, await clientIp());
  return null;
});

export const resetPasswordAction = publicAction(resetPasswordInput, async ({ token, password }) => {
  await resetPassword(token, password);
  redirect("/login?notice=passwordReset");
});
