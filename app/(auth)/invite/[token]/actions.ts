"use server";

import { publicAction } from "@/lib/auth/actions";
import { startChallenge } from "@/lib/auth/challenge";
import { completeSignIn } from "@/lib/auth/complete-sign-in";
import { acceptInvitation } from "@/lib/company/invitations";
import { acceptInvitationSchema } from "@/lib/validation/company";

/** Creates the employee's account and signs them in; the guards take it from there (forced enrolment). */
export const acceptInvitationAction = publicAction(acceptInvitationSchema, async ({ token, name, password }) => {
  const userId = await acceptInvitation(token, { name, password });
  await startChallenge(userId, { secondFactor: "none" });
  await completeSignIn("/dashboard");
});
