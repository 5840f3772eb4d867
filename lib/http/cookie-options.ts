import { env } from "@/lib/env";

/**
 * Our own cookies (challenge, known device): HttpOnly, SameSite=Lax, and on https the
 * `__Host-` prefix, which browsers only accept with Secure, path "/" and no domain.
 */
export function appCookie(name: string): string {
  return env().APP_URL.startsWith("https:") ? `__Host-${name}` : name;
}

export function appCookieOptions(maxAgeS: number) {
  return { httpOnly: true, sameSite: "lax", secure: env().APP_URL.startsWith("https:"), path: "/", maxAge: maxAgeS } as const;
}
