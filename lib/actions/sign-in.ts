"use server";

import { formAction, publicAction } from "./safe-action";
import { signOut } from "@/lib/session/auth-config";
import { completeSignIn } from "@/lib/sign-in/complete-sign-in";
import { passSecondStep } from "@/lib/sign-in/second-step";
import { requestLoginLink } from "@/lib/sign-in/request-login-link";
import { askOwnerForHelp } from "@/lib/sign-in/ask-owner";
import { renewPasswordAtSignIn } from "@/lib/sign-in/renew-password";
import { readChallengeToken } from "@/lib/sign-in/challenge-cookie";
import { rememberThisBrowser } from "@/lib/sign-in/device-cookie";
import { clientIp } from "@/lib/http/client-ip";
import { safeCallbackPath } from "@/lib/http/safe-redirect";
import { noInput } from "@/lib/validation/common";
import { renewPasswordInput } from "@/lib/validation/auth";
import { secondStepRememberInput } from "@/lib/validation/remembered-devices";

/**
 * The sign-in steps answer with where the browser goes next, and the form navigates there
 * (through the proxy, which may send it on: forced enrolment). A redirect() here would make
 * Next render that page inside the action's response, with a request of its own through the
 * proxy (issue 11). The password step, the most frequent, is a route handler
 * (app/api/login/route.ts): an action that sets a cookie still renders its page.
 */
type Next = { redirectTo: string };

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
