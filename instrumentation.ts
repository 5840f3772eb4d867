import { markDatabaseUnavailable } from "@/server/log.mjs";
import { isDatabaseUnavailable } from "@/lib/errors/unavailable";
import { errorName, logger } from "@/lib/log";

/**
 * Next calls this for every error a page, route handler or action did not handle. A
 * database that is away turns the answer into a 503 (server/index.mjs) and one log line;
 * anything else is Next's own error log, with its digest, as before.
 */
export function onRequestError(error: unknown, request: { path: string; method: string }): void {
  if (!isDatabaseUnavailable(error)) return;
  markDatabaseUnavailable();
  // Only the first path segment: the rest of a path (or its query) can carry a token.
  logger.error("db.unavailable", { error: errorName(error), method: request.method, area: `/${request.path.split(/[/?]/)[1] ?? ""}` });
}

/**
 * Once per server process. Mandatory MFA's reminder mails (issue 14) are sent by a timer
 * in every Node.js instance; the job claims each mail, so several instances send it once.
 * Imported here, not at the top, so the edge runtime never loads the database client.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startDeadlineReminders } = await import("@/lib/company/mfa-deadline-schedule");
  startDeadlineReminders();
}
