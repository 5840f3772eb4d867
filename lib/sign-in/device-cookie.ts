import { cookies, headers } from "next/headers";
import { after } from "next/server";
import { appCookie, appCookieOptions } from "@/lib/http/cookie-options";
import { clientIp } from "@/lib/http/client-ip";
import { now } from "@/lib/clock";
import { DEVICE_COOKIE_MAX_AGE_S } from "@/lib/limits";
import { rememberDevice } from "./known-devices";
import { sendAfterResponse } from "@/lib/mail/send";
import { rememberBrowser } from "./remembered-devices";

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

/**
 * "Deze computer 30 dagen onthouden", after the sign-in completed (so after
 * rememberThisDevice above wrote this browser's token in this same request: an action's
 * cookies() reads what it set). The browser gets a fresh token, the one the remembered
 * row is bound to (remembered-devices.ts), and the account holder a mail once the answer
 * is out; nothing changes when the company forbids it.
 */
export async function rememberThisBrowser(userId: string): Promise<void> {
  const remembered = await rememberBrowser({
    userId,
    deviceToken: await readDeviceToken(),
    userAgent: (await headers()).get("user-agent")?.slice(0, 512) ?? null,
    ipAddress: await clientIp(),
    now: now(),
  });
  if (!remembered) return;
  await setDeviceCookie(remembered.token);
  after(sendAfterResponse(remembered.notice));
}
