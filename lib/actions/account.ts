"use server";

import { redirect } from "next/navigation";
import { userAction } from "./safe-action";
import { signOut } from "@/lib/session/auth-config";
import { changePassword } from "@/lib/accounts/change-password";
import { signOutEverywhere } from "@/lib/accounts/sign-out-everywhere";
import { clientIp } from "@/lib/http/client-ip";
import { noInput } from "@/lib/validation/common";
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
