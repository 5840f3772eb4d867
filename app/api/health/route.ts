/**
 * Liveness, for a load balancer or orchestrator: the process answers HTTP. It touches no
 * database on purpose: a database outage must not get every instance restarted.
 * Readiness (can it serve users?) is /api/health/ready.
 */
// Answered at request time, never from a build-time copy: it must prove this process is up.
export const dynamic = "force-dynamic";

export function GET(): Response {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
