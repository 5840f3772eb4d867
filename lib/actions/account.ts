"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { userAction } from "./safe-action";
import { signOut } from "@/lib/session/auth-config";
import { changePassword } from "@/lib/accounts/change-password";
import { signOutEverywhere } from "@/lib/accounts/sign-out-everywhere";
import { clientIp } from "@/lib/http/client-ip";

// The length rule depends on the user's MFA state, which only the server knows for
// sure: the wrapper checks the shape, changePassword applies the rules.
const changePasswordInput = z.object({ currentPassword: z.string().max(1024), newPassword: z.string().max(1024) });

export const changePasswordAction = userAction("member", changePasswordInput, async (input, user) => {
  await changePassword(user, input, await clientIp());
  await signOut({ redirect: false });
  redirect("/login?notice=passwordChanged");
});

/** "Overal uitloggen": every session ends, this one included. */
export const signOutEverywhereAction = userAction("enrolment", z.object({}), async (_input, user) => {
  await signOutEverywhere(user, await clientIp());
  await signOut({ redirect: false });
  redirect("/login?notice=sessionEnded");
});
