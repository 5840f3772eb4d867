import type { Database, Statement } from "better-sqlite3";

type Args = unknown[];

type Columns = ReturnType<Statement<Args>["columns"]>;

/** The part of a statement Prisma's better-sqlite3 adapter uses, for one call's arguments. */
function boundTo(statement: Statement<Args>, args: Args, columns: () => Columns) {
  return {
    reader: statement.reader,
    columns,
    run: () => statement.run(args),
    raw: () => ({ all: () => statement.raw(true).all(args) }),
  };
}

function reusable(statement: Statement<Args>) {
  // Read once: the adapter asks for every query, and better-sqlite3 builds new objects each
  // time (0.15 ms of a signed-in page). Prisma's statements and ours name their columns, so
  // a statement's columns stay what they were when it was prepared.
  let columns: Columns | undefined;
  const columnsOnce = () => (columns ??= statement.columns());
  return {
    reader: statement.reader,
    run: (...args: Args) => statement.run(...args),
    // better-sqlite3 binds a statement once for good, so a reused one gets the arguments per call.
    bind: (args: Args) => boundTo(statement, args, columnsOnce),
  };
}

/**
 * Prisma's better-sqlite3 adapter prepares every statement anew, also the same SQL a
 * thousand times a second: better-sqlite3's prepare() was 7% of a sign-in's JavaScript and
 * 5% of a signed-in page's (issue 11, bench/profile.ts). This keeps the most recent
 * `size` statements prepared on this connection. SQLite re-prepares a statement itself
 * when the schema changes under it.
 */
export function cacheStatements(client: Database, size = 256): void {
  const prepare = client.prepare.bind(client) as (sql: string) => Statement<Args>;
  const cache = new Map<string, ReturnType<typeof reusable>>();
  const cachedPrepare = (sql: string) => {
    let statement = cache.get(sql);
    if (statement) cache.delete(sql); // re-inserted below: the Map's order is the recency
    else statement = reusable(prepare(sql));
    cache.set(sql, statement);
    if (cache.size > size) cache.delete(cache.keys().next().value as string);
    return statement;
  };
  client.prepare = cachedPrepare as unknown as Database["prepare"];
}

/** The adapter's connection, when it is the better-sqlite3 one this module knows. */
export function sqliteClientOf(adapter: object): Database | null {
  const client = (adapter as { client?: unknown }).client;
  const looksRight = typeof client === "object" && client !== null && "prepare" in client && "defaultSafeIntegers" in client;
  return looksRight ? (client as Database) : null;
}
