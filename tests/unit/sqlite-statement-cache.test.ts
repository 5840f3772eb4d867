import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { cacheStatements, sqliteClientOf } from "@/lib/db/sqlite-statement-cache";

/*
 * The cache stands between Prisma's better-sqlite3 adapter and the driver, so these calls
 * are the adapter's own: prepare(sql).bind(args), then run(), or columns() and raw().all();
 * and prepare("BEGIN").run() for a transaction.
 */
type AdapterView = { reader: boolean; run(): unknown; columns(): { name: string }[]; raw(): { all(): unknown[][] } };
type Prepared = { reader: boolean; run(...args: unknown[]): unknown; bind(args: unknown[]): AdapterView };

let open: Database.Database | null = null;
afterEach(() => open?.close());

function cachedDatabase(size?: number) {
  const client = new Database(":memory:");
  open = client;
  client.defaultSafeIntegers(true);
  const prepared: string[] = [];
  const driverPrepare = client.prepare.bind(client);
  client.prepare = ((sql: string) => {
    prepared.push(sql);
    return driverPrepare(sql);
  }) as Database.Database["prepare"];
  cacheStatements(client, size);
  const prepare = (sql: string) => client.prepare(sql) as unknown as Prepared;
  prepare("CREATE TABLE person (id INTEGER PRIMARY KEY, name TEXT)").bind([]).run();
  return { prepare, prepared };
}

describe("cacheStatements", () => {
  it("prepares the same SQL once and binds each call's own arguments", () => {
    const { prepare, prepared } = cachedDatabase();
    const insert = "INSERT INTO person (id, name) VALUES (?, ?)";
    for (const [id, name] of [[1, "Anne"], [2, "Bram"], [3, "Cor"]] as const) prepare(insert).bind([id, name]).run();
    const select = "SELECT name FROM person WHERE id >= ? ORDER BY id";
    const first = prepare(select).bind([2]);
    expect(first.reader).toBe(true);
    expect(first.columns().map((column) => column.name)).toEqual(["name"]);
    expect(first.raw().all()).toEqual([["Bram"], ["Cor"]]);
    const second = prepare(select).bind([3]);
    expect(second.raw().all()).toEqual([["Cor"]]);
    // The columns were read once, for the first call, and handed out again (issue 11).
    expect(second.columns()).toBe(first.columns());
    expect(prepared.filter((sql) => sql === insert)).toHaveLength(1);
    expect(prepared.filter((sql) => sql === select)).toHaveLength(1);
  });

  it("runs a transaction's BEGIN and COMMIT without arguments, and a rollback undoes the writes", () => {
    const { prepare } = cachedDatabase();
    for (const end of ["COMMIT", "ROLLBACK", "COMMIT"]) {
      prepare("BEGIN").run();
      prepare("INSERT INTO person (name) VALUES (?)").bind([end]).run();
      prepare(end).run();
    }
    expect(prepare("SELECT name FROM person ORDER BY id").bind([]).raw().all()).toEqual([["COMMIT"], ["COMMIT"]]);
  });

  it("keeps only the most recently used statements", () => {
    const { prepare, prepared } = cachedDatabase(2);
    const sql = (n: number) => `SELECT ${n} AS n`;
    for (const n of [1, 2, 1, 3, 1, 2]) expect(prepare(sql(n)).bind([]).raw().all()).toEqual([[BigInt(n)]]);
    // 1 stays (used again each time); 2 is dropped when 3 comes and prepared again after.
    expect(prepared.filter((s) => s.startsWith("SELECT"))).toEqual([sql(1), sql(2), sql(3), sql(2)]);
  });

  it("finds the connection only on an adapter shaped like Prisma's better-sqlite3 one", () => {
    const client = new Database(":memory:");
    open = client;
    expect(sqliteClientOf({ client })).toBe(client);
    expect(sqliteClientOf({ client: { query: () => null } })).toBeNull();
    expect(sqliteClientOf({})).toBeNull();
  });
});
