"use server";

import { formAction, publicAction } from "./safe-action";
import { signOut } from "@/lib/session/auth-config";
import { completeSignIn } from "@/lib/sign-in/complete-sign-in";
import { passwordStep } from "@/lib/sign-in/password-step";
import { passSecondStep } from "@/lib/sign-in/second-step";
import { requestLoginLink } from "@/lib/sign-in/request-login-link";
import { askOwnerForHelp } from "@/lib/sign-in/ask-owner";
import { renewPasswordAtSignIn } from "@/lib/sign-in/renew-password";
import { readChallengeToken, setChallengeCookie } from "@/lib/sign-in/challenge-cookie";
import { readDeviceToken, rememberThisBrowser } from "@/lib/sign-in/device-cookie";
import { clientIp } from "@/lib/http/client-ip";
import { safeCallbackPath } from "@/lib/http/safe-redirect";
import { noInput } from "@/lib/validation/common";
import { loginSchema, renewPasswordInput } from "@/lib/validation/auth";
import { secondStepRememberInput } from "@/lib/validation/remembered-devices";

/**
 * The sign-in steps answer with where the browser goes next, and the form navigates there
 * (through the proxy, which may send it on: forced enrolment). A redirect() here would make
 * Next render that page inside the action's response, with a request of its own through the
 * proxy: the larger part of a sign-in's cost (issue 11).
 */
type Next = { redirectTo: string };

export const loginAction = publicAction(loginSchema, async ({ email, password, callbackUrl }): Promise<Next> => {
  const destination = safeCallbackPath(callbackUrl);
  const { next, challengeToken } = await passwordStep({ email, password, ip: await clientIp(), deviceToken: await readDeviceToken() });
  await setChallengeCookie(challengeToken);
  if (next === "secondFactor") return { redirectTo: `/login/verify?callbackUrl=${encodeURIComponent(destination)}` };
  if (next === "newPassword") return { redirectTo: `/login/new-password?callbackUrl=${encodeURIComponent(destination)}` };
  await completeSignIn();
  return { redirectTo: destination };
});

/** A password too short to be the only factor is replaced before the sign-in completes. */
export const renewPasswordAction = publicAction(renewPasswordInput, async ({ password, callbackUrl }): Promise<Next> => {
  await renewPasswordAtSignIn(await readChallengeToken(), password, await clientIp());
  await completeSignIn();
  return { redirectTo: safeCallbackPath(callbackUrl) };
});

/**
 * The second login step: an authenticator code or a recovery code for this browser's
 * challenge. With "Deze computer 30 dagen onthouden" ticked, the browser is remembered
 * once the session exists, never before the code passed.
 */
export const secondStepAction = publicAction(secondStepRememberInput, async ({ code, callbackUrl, remember }): Promise<Next> => {
  const result = await passSecondStep(await readChallengeToken(), code, await clientIp());
  await completeSignIn();
  if (remember === true) await rememberThisBrowser(result.userId);
  // After a recovery code, show how many are left and offer a new phone (the help page's promise).
  return { redirectTo: result.method === "recovery" ? "/mfa/recovered" : safeCallbackPath(callbackUrl) };
});

/** "Geen toegang tot uw telefoon?": a login link to the confirmed backup address. */
export const requestLoginLinkAction = publicAction(noInput, async () =>
  requestLoginLink(await readChallengeToken(), await clientIp()),
);

/** "Vraag de eigenaar om hulp": always the same answer, whatever happened (ask-owner.ts). */
export const askOwnerAction = publicAction(noInput, async () => {
  await askOwnerForHelp(await readChallengeToken(), await clientIp());
  return { asked: true };
});

/** "Uitloggen": open to anyone, also an employee stuck in forced enrolment. */
export const signOutAction = formAction(async () => {
  await signOut({ redirectTo: "/login?notice=signedOut" });
});
