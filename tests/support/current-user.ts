import { db } from "@/lib/db/client";
import { loadCurrentUser, type CurrentUser } from "@/lib/session/load-user";
import { openSession } from "@/lib/session/sign-in-sessions";

/**
 * The signed-in user as pages and actions see it, for a session opened just now (a real
 * SignInSession row): the
 * domain takes it as an argument, so a test needs no cookie. `overrides` changes how this
 * session was opened (authenticatedAt, sessionSecondFactor).
 */
export async function currentUserOf(userId: string, overrides: Partial<CurrentUser> = {}): Promise<CurrentUser> {
  const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } });
  const { sessionId } = await openSession(userId, { userAgent: "vitest", ipAddress: "::1" });
  const user = await loadCurrentUser({ sessionId, userId, sessionVersion, authTime: Math.floor(Date.now() / 1000), secondFactor: "none" });
  if (!user) throw new Error(`no user ${userId}`);
  return { ...user, ...overrides };
}
