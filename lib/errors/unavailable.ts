/**
 * Is this error the database being away (stopped, restarting, unreachable, out of
 * connections), rather than a fault in a query? Then the user is told "probeer het zo
 * opnieuw" instead of a generic error: nothing was saved (a transaction that lost its
 * connection is rolled back by the database), and the next request reconnects by itself.
 * Framework-free: reads only the shape Prisma gives its errors.
 */

// Prisma's own codes for "cannot reach / lost / timed out waiting for the database".
const UNAVAILABLE_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
// What a driver adapter (lib/db/client.ts) reports in meta.driverAdapterError.cause.kind.
const UNAVAILABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
// PostgreSQL SQLSTATEs: class 08 (connection exception), 57P01-57P03 (shutdown, cannot connect now), 53300 (too many connections).
const UNAVAILABLE_SQLSTATE = /^(08|57P0[1-3]$|53300$)/;

type Shape = { name?: unknown; code?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: unknown; code?: unknown } } } };

export function isDatabaseUnavailable(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { name, code, meta } = error as Shape;
  if (name === "PrismaClientInitializationError") return true;
  if (typeof code === "string" && UNAVAILABLE_CODES.has(code)) return true;
  const cause = meta?.driverAdapterError?.cause;
  if (typeof cause?.kind === "string" && UNAVAILABLE_KINDS.has(cause.kind)) return true;
  return cause?.kind === "postgres" && typeof cause.code === "string" && UNAVAILABLE_SQLSTATE.test(cause.code);
}
