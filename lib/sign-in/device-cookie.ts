import { cookies } from "next/headers";
import { appCookie, appCookieOptions } from "@/lib/http/cookie-options";
import { DEVICE_COOKIE_MAX_AGE_S } from "@/lib/limits";
import { rememberDevice } from "./known-devices";

/**
 * The edge of the known-device check: the HttpOnly cookie that lets a browser that has
 * signed in before keep its own attempt budget. It proves nothing on its own; it only
 * decides which counter a password attempt is charged to.
 */
function deviceCookieName(): string {
  return appCookie("tweestap-device");
}

export async function readDeviceToken(): Promise<string | null> {
  const value = (await cookies()).get(deviceCookieName())?.value;
  // A token is 43 base64url characters; anything else was not written by us.
  return value && /^[A-Za-z0-9_-]{43}$/.test(value) ? value : null;
}

export async function setDeviceCookie(token: string): Promise<void> {
  (await cookies()).set(deviceCookieName(), token, appCookieOptions(DEVICE_COOKIE_MAX_AGE_S));
}

/** After a completed sign-in: this browser is known to the account (and keeps its token). */
export async function rememberThisDevice(userId: string): Promise<void> {
  await setDeviceCookie(await rememberDevice(userId, await readDeviceToken()));
}
