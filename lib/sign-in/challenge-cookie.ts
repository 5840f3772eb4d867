import { cookies } from "next/headers";
import { env } from "@/lib/env";
import { CHALLENGE_TTL_MS } from "@/lib/limits";

/**
 * The edge of the sign-in flow: the HttpOnly cookie that binds a login challenge to the
 * browser that passed the password step. The domain (challenge.ts and the steps) takes
 * and returns the token; only this module reads or writes the cookie.
 */
export function challengeCookieName(): string {
  return env().APP_URL.startsWith("https:") ? "__Host-tweestap-challenge" : "tweestap-challenge";
}

export async function setChallengeCookie(token: string): Promise<void> {
  (await cookies()).set(challengeCookieName(), token, {
    httpOnly: true,
    sameSite: "lax",
    secure: env().APP_URL.startsWith("https:"),
    path: "/",
    maxAge: CHALLENGE_TTL_MS / 1000,
  });
}

export async function readChallengeToken(): Promise<string | null> {
  return (await cookies()).get(challengeCookieName())?.value ?? null;
}

export async function clearChallengeCookie(): Promise<void> {
  (await cookies()).delete(challengeCookieName());
}
