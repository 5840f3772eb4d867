import { getCurrentUser, type CurrentUser } from "./current-user";
import { decideAccess, type AccessLevel } from "./access";

/**
 * For route handlers: the user, or the HTTP answer to send instead. Same decision as
 * pages and actions (lib/session/access.ts), answered as status codes rather than redirects.
 */
export async function routeAccess(level: AccessLevel): Promise<{ user: CurrentUser } | { response: Response }> {
  const decision = decideAccess(await getCurrentUser(), level);
  if (decision.allowed) return { user: decision.user };
  const status = decision.reason === "unauthorized" ? 401 : 403;
  return { response: Response.json({ error: decision.reason }, { status, headers: { "Cache-Control": "no-store" } }) };
}
