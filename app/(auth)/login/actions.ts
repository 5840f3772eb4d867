"use server";

import { redirect } from "next/navigation";
import { publicAction } from "@/lib/auth/actions";
import { completeSignIn } from "@/lib/auth/complete-sign-in";
import { passwordStep } from "@/lib/auth/login";
import { clientIp } from "@/lib/http/client-ip";
import { safeCallbackPath } from "@/lib/http/safe-redirect";
import { loginSchema } from "@/lib/validation/auth";

export const loginAction = publicAction(loginSchema, async ({ email, password, callbackUrl }) => {
  const destination = safeCallbackPath(callbackUrl);
  const next = await passwordStep({ email, password, ip: await clientIp() });
  if (next === "secondFactor") {
    redirect(`/login/verify?callbackUrl=${encodeURIComponent(destination)}`);
  }
  await completeSignIn(destination);
});
