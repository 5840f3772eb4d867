import { logger } from "@/lib/log";
import { checkReadiness } from "@/lib/observability/readiness";

/**
 * Readiness: 200 when the database answers, 503 otherwise, so a load balancer sends
 * users elsewhere until it is back. The body names the failing part, nothing more.
 */
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const readiness = await checkReadiness();
  const headers = { "Cache-Control": "no-store" };
  if (readiness.ready) return Response.json({ status: "ready", database: "ok" }, { headers });
  logger.warn("health.notReady", { reason: readiness.reason });
  return Response.json({ status: "unavailable", database: readiness.reason === "databaseTimeout" ? "timeout" : "down" }, { status: 503, headers });
}
