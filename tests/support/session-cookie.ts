import { encode } from "next-auth/jwt";
import { db } from "@/lib/db/client";
import { openSession } from "@/lib/session/sign-in-sessions";
import { sessionCookieName } from "@/lib/session/session-cookie";

/**
 * A real session cookie for a person, made the way Auth.js makes it (its encode, the
 * app's secret, the cookie's name as salt) for a real SignInSession row: what a browser
 * that signed in would send, or an attacker holding a copy of it.
 */
export async function sessionCookieFor(
  userId: string,
  { secret = process.env.AUTH_SECRET ?? "", maxAge }: { secret?: string; maxAge?: number } = {},
): Promise<{ name: string; value: string; sessionId: string }> {
  const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } });
  const { sessionId } = await openSession(userId, { userAgent: "vitest", ipAddress: "::1" });
  const name = sessionCookieName(false);
  const value = await encode({
    salt: name,
    secret,
    maxAge,
    token: { sub: userId, sid: sessionId, uid: userId, sv: sessionVersion, amr: "none", authTime: Math.floor(Date.now() / 1000) },
  });
  return { name, value, sessionId };
}
