import { cache } from "react";
import { cookies, headers } from "next/headers";
import { env } from "@/lib/env";
import { servedOverHttps } from "@/lib/http/security-headers";
import { loadCurrentUser, type CurrentUser } from "./load-user";
import { readSessionClaims, sessionToken, type CookieJar } from "./session-cookie";
import { HANDOFF_HEADER, takeHandoff } from "./proxy-handoff";

export type { CurrentUser, Role } from "./load-user";

/** The session cookie is __Secure- exactly when the app is served over https (auth-config.ts). */
export const secureSessionCookie = (): boolean => servedOverHttps(env().APP_URL);

/** The signed-in user behind a request's cookies: one decode and one indexed read. Used by the proxy too. */
export async function currentUserFromCookies(jar: CookieJar): Promise<CurrentUser | null> {
  const claims = await readSessionClaims(jar, { secret: env().AUTH_SECRET, secure: secureSessionCookie() });
  return claims ? loadCurrentUser(claims) : null;
}

/**
 * The signed-in user for pages, actions and route handlers, read once per request
 * (React cache): the proxy's read of this very request when it made one
 * (lib/session/proxy-handoff.ts), else a read of its own. Auth.js is not involved: it
 * issues and ends sessions; reading one is a decode of its cookie and a check of the
 * session's row (lib/session/session-cookie.ts).
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const jar = await cookies();
  const handedOver = takeHandoff((await headers()).get(HANDOFF_HEADER), sessionToken(jar, secureSessionCookie()));
  return handedOver ?? currentUserFromCookies(jar);
});
