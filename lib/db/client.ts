import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { PrismaClient as PostgresClient } from "./generated/postgres/client";
import { resolveDatabaseTarget } from "./database-url";
import { serializedSqlite } from "./serialized-sqlite";

/**
 * The application's database client. Both generated clients come from schema files
 * with identical models (tests/unit/schema-parity.test.ts), so they expose the same
 * API; the SQLite client's type stands for both.
 */
export type Db = SqliteClient;

// Under load a transaction may queue behind others (on SQLite every write does): wait for
// it rather than fail a user's request after Prisma's default two seconds.
const transactionOptions = { maxWait: 10_000, timeout: 15_000 };

function createClient(): Db {
  const target = resolveDatabaseTarget();
  if (target.provider === "postgres") {
    const client = new PostgresClient({ adapter: new PrismaPg({ connectionString: target.url }), transactionOptions });
    return client as unknown as Db;
  }
  fs.mkdirSync(path.dirname(target.file), { recursive: true });
  // `timeout` waits for a concurrent writer instead of failing at once; the file is in
  // WAL mode (set by scripts/db-migrate.ts) so readers never wait for writers.
  const adapter = serializedSqlite(new PrismaBetterSqlite3({ url: target.file, timeout: 15_000 }));
  return new SqliteClient({ adapter, transactionOptions });
}

// One client per process, also across Next's hot reloads in development.
const globalForDb = globalThis as unknown as { tweestapDb?: Db };
export const db: Db = globalForDb.tweestapDb ?? createClient();
globalForDb.tweestapDb = db;
