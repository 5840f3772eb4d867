"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { publicAction, userAction } from "./safe-action";
import { signOut } from "@/lib/session/auth-config";
import { changePassword } from "@/lib/accounts/change-password";
import { signOutEverywhere } from "@/lib/accounts/sign-out-everywhere";
import { endOtherSession } from "@/lib/accounts/end-session";
import { clientIp } from "@/lib/http/client-ip";
import { noInput, sessionRefSchema } from "@/lib/validation/common";
import { changePasswordInput } from "@/lib/validation/auth";
import { localeSchema } from "@/lib/validation/locale";
import { setUserLocale } from "@/lib/accounts/locale";
import { rememberLocale } from "@/lib/i18n/request-locale";
import { forgetRememberedDevice } from "@/lib/sign-in/remembered-devices";
import { rememberedDeviceRefSchema } from "@/lib/validation/remembered-devices";

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

/** "Vergeten" on a remembered browser in "Mijn login": only the user's own (remembered-devices.ts). */
export const forgetRememberedDeviceAction = userAction("member", rememberedDeviceRefSchema, async ({ deviceId }, user) => {
  await forgetRememberedDevice(user, deviceId, await clientIp());
  revalidatePath("/account");
  return null;
});

/** The language switch on the signed-out pages: this browser's language, nothing stored on a person. */
export const chooseLocaleAction = publicAction(localeSchema, async ({ locale }) => {
  await rememberLocale(locale);
  revalidatePath("/", "layout");
  return null;
});

/**
 * "Taal" on Mijn login: the person's language, for pages and every mail they get, and the
 * cookie too, so the sign-in page after signing out speaks it as well. "enrolment": someone
 * made to set up MFA first may need the other language to do it.
 */
export const setMyLocaleAction = userAction("enrolment", localeSchema, async ({ locale }, user) => {
  await setUserLocale(user.id, locale);
  await rememberLocale(locale);
  revalidatePath("/", "layout");
  return null;
});
