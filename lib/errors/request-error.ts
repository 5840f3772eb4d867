import { markDatabaseUnavailable } from "@/server/log.mjs";
import { isDatabaseUnavailable } from "@/lib/errors/unavailable";
import { errorName, logger } from "@/lib/log";

/**
 * For every error a page, route handler or action did not handle (instrumentation.ts). A
 * database that is away turns the answer into a 503 (server/index.mjs) and one log line;
 * anything else is Next's own error log, with its digest, as before.
 */
export function reportRequestError(error: unknown, request: { path: string; method: string }): void {
  if (!isDatabaseUnavailable(error)) return;
  markDatabaseUnavailable();
  // Only the first path segment: the rest of a path (or its query) can carry a token.
  logger.error("db.unavailable", { error: errorName(error), method: request.method, area: `/${request.path.split(/[/?]/)[1] ?? ""}` });
}
