import { cache } from "react";
import { auth } from "./auth-config";
import { loadCurrentUser, type CurrentUser } from "./load-user";

export type { CurrentUser, Role } from "./load-user";

/**
 * The signed-in user, read once per request (React cache): the Auth.js session read
 * is the expensive part. loadCurrentUser decides whether the session still counts.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  if (!session?.userId || !session.sessionId) return null;
  return loadCurrentUser(session);
});
