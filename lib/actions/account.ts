"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { userAction } from "./safe-action";
import { signOut } from "@/lib/session/auth-config";
import { changePassword } from "@/lib/accounts/change-password";
import { signOutEverywhere } from "@/lib/accounts/sign-out-everywhere";
import { endOtherSession } from "@/lib/accounts/end-session";
import { clientIp } from "@/lib/http/client-ip";
import { noInput, sessionRefSchema } from "@/lib/validation/common";
import { changePasswordInput } from "@/lib/validation/auth";

// changePasswordInput is laxer than the form on the new password: its length rule depends on the
// MFA state, which only the server knows for sure. The wrapper checks the shape, changePassword the rules.
export const changePasswordAction = userAction("member", changePasswordInput, async (input, user) => {
  await changePassword(user, input, await clientIp());
  await signOut({ redirect: false });
  redirect("/login?notice=passwordChanged");
});

/** "Overal uitloggen": every session ends, this one included. */
export const signOutEverywhereAction = userAction("enrolment", noInput, async (_input, user) => {
  await signOutEverywhere(user, await clientIp());
  await signOut({ redirect: false });
  redirect("/login?notice=sessionEnded");
});

/** Ends one other session of this user from the list on "Mijn login". */
export const endSessionAction = userAction("member", sessionRefSchema, async ({ sessionId }, user) => {
  await endOtherSession(user, sessionId, await clientIp());
  revalidatePath("/account");
  return null;
});
