"use server";

import { userAction } from "./safe-action";
import { clientIp } from "@/lib/http/client-ip";
import { confirmEnrolment } from "@/lib/mfa/enrol";
import { disableMfa, regenerateRecoveryCodes } from "@/lib/mfa/manage";
import { confirmSetupInput, manageFactorSchema } from "@/lib/validation/mfa";

/**
 * Step 4 of the setup; open to an employee in forced enrolment, like the setup page itself.
 * confirmSetupInput is laxer than the form on the code: a malformed code must still count as an attempt.
 */
export const confirmSetupAction = userAction("enrolment", confirmSetupInput, async (input, user) =>
  confirmEnrolment(user, input, await clientIp()),
);

export const regenerateCodesAction = userAction("member", manageFactorSchema, async ({ currentFactor }, user) =>
  regenerateRecoveryCodes(user, currentFactor, await clientIp()),
);

export const disableMfaAction = userAction("member", manageFactorSchema, async ({ currentFactor }, user) => {
  await disableMfa(user, currentFactor, await clientIp());
  return null;
});
