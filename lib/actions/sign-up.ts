"use server";

import { after } from "next/server";
import { redirect } from "next/navigation";
import { publicAction } from "./safe-action";
import { startChallenge } from "@/lib/sign-in/challenge";
import { setChallengeCookie } from "@/lib/sign-in/challenge-cookie";
import { completeSignIn } from "@/lib/sign-in/complete-sign-in";
import { landingAfterSignIn } from "@/lib/sign-in/landing";
import { confirmRegistration, requestRegistration } from "@/lib/accounts/register";
import { acceptInvitation } from "@/lib/company/invitations";
import { clientIp } from "@/lib/http/client-ip";
import { requestLocale } from "@/lib/i18n/request-locale";
import { registerSchema } from "@/lib/validation/auth";
import { acceptInvitationSchema } from "@/lib/validation/company";
import { tokenSchema } from "@/lib/validation/recovery";

/** A brand-new account has no second factor yet: the password just set is the login. */
async function signInNewAccount(userId: string, destination: string): Promise<never> {
  const challengeToken = await startChallenge(userId, { secondFactor: "none" });
  await setChallengeCookie(challengeToken);
  // Next renders a redirect's target through the proxy, and a second redirect there would
  // leave the address bar on the first page: go straight where the proxy would send them.
  const landing = await landingAfterSignIn(challengeToken, destination);
  await completeSignIn();
  redirect(landing);
}

/** "Account aanmaken": the same answer for every address; the mail goes after the response. */
export const registerAction = publicAction(registerSchema, async (input) => {
  after(await requestRegistration({ ...input, ip: await clientIp(), locale: await requestLocale() }));
  return null;
});

/** "Account activeren" on the page the confirmation link opens: the account exists from now on. */
export const confirmRegistrationAction = publicAction(tokenSchema, async ({ token }) => {
  const ownerId = await confirmRegistration(token, await clientIp(), await requestLocale());
  await signInNewAccount(ownerId, "/dashboard");
});

/** Creates the employee's account and signs them in; the guards take it from there (forced enrolment). */
export const acceptInvitationAction = publicAction(acceptInvitationSchema, async ({ token, name, password }) => {
  const userId = await acceptInvitation(token, { name, password }, await requestLocale());
  await signInNewAccount(userId, "/dashboard");
});
