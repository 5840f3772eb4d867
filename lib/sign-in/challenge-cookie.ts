import { cookies } from "next/headers";
import { appCookie, appCookieOptions } from "@/lib/http/cookie-options";
import { CHALLENGE_TTL_MS } from "@/lib/limits";

/**
 * The edge of the sign-in flow: the HttpOnly cookie that binds a login challenge to the
 * browser that passed the password step. The domain (challenge.ts and the steps) takes
 * and returns the token; only this module reads or writes the cookie.
 */
export function challengeCookieName(): string {
  return appCookie("tweestap-challenge");
}

export async function setChallengeCookie(token: string): Promise<void> {
  (await cookies()).set(challengeCookieName(), token, appCookieOptions(CHALLENGE_TTL_MS / 1000));
}

export async function readChallengeToken(): Promise<string | null> {
  return (await cookies()).get(challengeCookieName())?.value ?? null;
}

export async function clearChallengeCookie(): Promise<void> {
  (await cookies()).delete(challengeCookieName());
}
