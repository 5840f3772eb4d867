"use server";

import { publicAction } from "./safe-action";
import { startChallenge } from "@/lib/sign-in/challenge";
import { setChallengeCookie } from "@/lib/sign-in/challenge-cookie";
import { completeSignIn } from "@/lib/sign-in/complete-sign-in";
import { registerCompany } from "@/lib/accounts/register";
import { acceptInvitation } from "@/lib/company/invitations";
import { clientIp } from "@/lib/http/client-ip";
import { registerSchema } from "@/lib/validation/auth";
import { acceptInvitationSchema } from "@/lib/validation/company";

/** A brand-new account has no second factor yet: the password just set is the login. */
async function signInNewAccount(userId: string, destination: string): Promise<never> {
  await setChallengeCookie(await startChallenge(userId, { secondFactor: "none" }));
  return completeSignIn(destination);
}

export const registerAction = publicAction(registerSchema, async (input) => {
  const ownerId = await registerCompany({ ...input, ip: await clientIp() });
  await signInNewAccount(ownerId, "/dashboard");
});

/** Creates the employee's account and signs them in; the guards take it from there (forced enrolment). */
export const acceptInvitationAction = publicAction(acceptInvitationSchema, async ({ token, name, password }) => {
  const userId = await acceptInvitation(token, { name, password });
  await signInNewAccount(userId, "/dashboard");
});
