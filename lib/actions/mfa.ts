"use server";

import { z } from "zod";
import { userAction } from "./safe-action";
import { clientIp } from "@/lib/http/client-ip";
import { confirmEnrolment } from "@/lib/mfa/enrol";
import { disableMfa, regenerateRecoveryCodes } from "@/lib/mfa/manage";
import { currentFactorField } from "@/lib/validation/mfa";

// The code's shape is not checked here: a malformed code must still count as an attempt.
const confirmInput = z.object({
  code: z.string().max(64),
  currentFactor: currentFactorField.optional(),
  password: z.string().max(1024).optional(),
});
const factorInput = z.object({ currentFactor: currentFactorField });

/** Step 4 of the setup; open to an employee in forced enrolment, like the setup page itself. */
export const confirmSetupAction = userAction("enrolment", confirmInput, async (input, user) =>
  confirmEnrolment(user, input, await clientIp()),
);

export const regenerateCodesAction = userAction("member", factorInput, async ({ currentFactor }, user) =>
  regenerateRecoveryCodes(user, currentFactor, await clientIp()),
);

export const disableMfaAction = userAction("member", factorInput, async ({ currentFactor }, user) => {
  await disableMfa(user, currentFactor, await clientIp());
  return null;
});
