import { db } from "@/lib/db/client";
import { recordActivity } from "@/lib/activity/events";
import { fail } from "@/lib/errors/action-failure";
import type { CurrentUser } from "@/lib/session/load-user";
import { endOwnSession } from "@/lib/session/sign-in-sessions";

/**
 * "Beëindigen" in the session list of "Mijn login": that browser is signed out at its
 * next request. Only the user's own sessions; this browser signs out with "Uitloggen".
 */
export async function endOtherSession(user: CurrentUser, sessionId: string, ipAddress: string): Promise<void> {
  if (sessionId === user.sessionId || !(await endOwnSession(user.id, sessionId))) fail("account.sessions.notFound");
  await recordActivity(db, { companyId: user.companyId, userId: user.id, type: "SESSION_ENDED", ipAddress });
}
