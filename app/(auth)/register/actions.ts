"use server";

import { publicAction } from "@/lib/auth/actions";
import { startChallenge } from "@/lib/auth/challenge";
import { completeSignIn } from "@/lib/auth/complete-sign-in";
import { registerCompany } from "@/lib/accounts/register";
import { clientIp } from "@/lib/http/client-ip";
import { registerSchema } from "@/lib/validation/auth";

export const registerAction = publicAction(registerSchema, async (input) => {
  const ownerId = await registerCompany({ ...input, ip: await clientIp() });
  // A brand-new account has no second factor yet: the password just set is the login.
  await startChallenge(ownerId, { secondFactor: "none" });
  await completeSignIn("/dashboard");
});
