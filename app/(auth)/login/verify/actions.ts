"use server";

import { publicAction } from "@/lib/auth/actions";
import { completeSignIn } from "@/lib/auth/complete-sign-in";
import { passSecondStep } from "@/lib/auth/second-step";
import { clientIp } from "@/lib/http/client-ip";
import { safeCallbackPath } from "@/lib/http/safe-redirect";
import { secondStepInput } from "@/lib/validation/mfa";
import { requestLoginLink } from "@/lib/auth/request-login-link";
import { z } from "zod";

/** The second login step: an authenticator code or a recovery code for this browser's challenge. */
export const secondStepAction = publicAction(secondStepInput, async ({ code, callbackUrl }) => {
  const result = await passSecondStep(code, await clientIp());
  // After a recovery code, show how many are left and offer a new phone (the help page's promise).
  await completeSignIn(result.method === "recovery" ? "/mfa/recovered" : safeCallbackPath(callbackUrl));
});

/** "Geen toegang tot uw telefoon?": a login link to the confirmed backup address. */
export const requestLoginLinkAction = publicAction(z.object({}), async () => requestLoginLink());
