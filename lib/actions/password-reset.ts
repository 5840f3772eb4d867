"use server";

import { redirect } from "next/navigation";
import { after } from "next/server";
import { publicAction } from "./safe-action";
import { requestPasswordReset, resetPassword } from "@/lib/accounts/password-reset";
import { clientIp } from "@/lib/http/client-ip";
import { forgotPasswordSchema, resetPasswordInput } from "@/lib/validation/recovery";

export const forgotPasswordAction = publicAction(forgotPasswordSchema, async ({ email }) => {
  const sendResetMail = await requestPasswordReset(email, await clientIp());
  if (sendResetMail) after(sendResetMail);
  return null;
});

// resetPasswordInput is laxer than the form on the password: which length rule applies is
// only known once the token is looked up, so resetPassword applies it.
export const resetPasswordAction = publicAction(resetPasswordInput, async ({ token, password }) => {
  await resetPassword(token, password);
  redirect("/login?notice=passwordReset");
});
