import { cookies, headers } from "next/headers";
import { getCurrentUser } from "@/lib/session/current-user";
import { appCookieOptions } from "@/lib/http/cookie-options";
import type { Locale } from "./index";
import { negotiateLocale } from "./negotiate";

export const LOCALE_COOKIE = "locale";
// A language choice is a preference, not a secret: it may outlive every session.
const LOCALE_COOKIE_MAX_AGE_S = 365 * 24 * 60 * 60;

/** The UI language of this request: the user's stored choice, the switch's cookie, the browser's, Dutch. */
export async function requestLocale(): Promise<Locale> {
  // The language must never be why a page fails: with the database away the root layout
  // still renders, and the page's own read of the user fails into its error page.
  const [user, jar, head] = await Promise.all([getCurrentUser().catch(() => null), cookies(), headers()]);
  return negotiateLocale({
    stored: user?.locale,
    cookie: jar.get(LOCALE_COOKIE)?.value,
    acceptLanguage: head.get("accept-language"),
  });
}

/** Remembers a choice for this browser (only in a server action or route handler). */
export async function rememberLocale(locale: Locale): Promise<void> {
  (await cookies()).set(LOCALE_COOKIE, locale, appCookieOptions(LOCALE_COOKIE_MAX_AGE_S));
}
