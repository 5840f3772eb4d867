import { db as appDb, type Db } from "@/lib/db/client";

export type Readiness = { ready: true } | { ready: false; reason: "databaseUnavailable" | "databaseTimeout" };

/** Long enough for a busy database, short enough that a load balancer's probe gets an answer. */
export const READINESS_TIMEOUT_MS = 2_000;

/**
 * Can this instance serve requests? One trivial query: a load balancer asks often, so it
 * must cost the database nothing. A hung connection counts as down after the timeout.
 */
export async function checkReadiness(client: Pick<Db, "$queryRaw"> = appDb, timeoutMs = READINESS_TIMEOUT_MS): Promise<Readiness> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), timeoutMs);
  });
  try {
    const outcome = await Promise.race([client.$queryRaw`SELECT 1`.then(() => "ok" as const), timedOut]);
    return outcome === "ok" ? { ready: true } : { ready: false, reason: "databaseTimeout" };
  } catch {
    return { ready: false, reason: "databaseUnavailable" };
  } finally {
    clearTimeout(timer);
  }
}
