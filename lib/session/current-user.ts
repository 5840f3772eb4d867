import { cache } from "react";
import { cookies } from "next/headers";
import { env } from "@/lib/env";
import { servedOverHttps } from "@/lib/http/security-headers";
import { loadCurrentUser, type CurrentUser } from "./load-user";
import { readSessionClaims, type CookieJar } from "./session-cookie";

export type { CurrentUser, Role } from "./load-user";

/** The signed-in user behind a request's cookies: one decode and one indexed read. Used by the proxy too. */
export async function currentUserFromCookies(jar: CookieJar): Promise<CurrentUser | null> {
  const claims = await readSessionClaims(jar, { secret: env().AUTH_SECRET, secure: servedOverHttps(env().APP_URL) });
  return claims ? loadCurrentUser(claims) : null;
}

/**
 * The signed-in user for pages, actions and route handlers, read once per request
 * (React cache). Auth.js is not involved: it issues and ends sessions; reading one is
 * a decode of its cookie and a check of the session's row (lib/session/session-cookie.ts).
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => currentUserFromCookies(await cookies()));
