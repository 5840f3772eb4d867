/**
 * The bench's own database: a fresh SQLite file by default, or, when DATABASE_URL names a
 * PostgreSQL server, a fresh database created beside the named one and dropped afterwards
 * (the named database itself is never written to: the bench seeds 100,000 users).
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import pg from "pg";
import { prepareDatabase } from "../scripts/instances.mjs";

export type BenchDatabase = { url: string; label: "SQLite" | "PostgreSQL"; drop(): Promise<void> };

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/** `suffix` tells the bench's databases apart (one with 1,000 users, one with 100,000). */
export async function benchDatabase(suffix: string, given = process.env.DATABASE_URL): Promise<BenchDatabase> {
  if (!given || given.startsWith("file:")) {
    const url = given ? `${given.replace(/\.db$/, "")}-${suffix}.db` : `file:prisma/data/bench-${suffix}.db`;
    await prepareDatabase({ databaseUrl: url, fresh: true });
    const file = url.slice("file:".length);
    // Kept with BENCH_KEEP_DB=1, to look at what the run wrote.
    const drop = async () => {
      if (process.env.BENCH_KEEP_DB === "1") return;
      for (const ext of ["", "-wal", "-shm"]) fs.rmSync(`${file}${ext}`, { force: true });
    };
    return { url, label: "SQLite", drop };
  }
  const base = decodeURIComponent(new URL(given).pathname.slice(1)) || "postgres";
  const name = `${base}_bench_${suffix}_${randomBytes(3).toString("hex")}`.replace(/[^a-zA-Z0-9_]/g, "_");
  const admin = new pg.Client({ connectionString: given });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = withDatabase(given, name);
  await prepareDatabase({ databaseUrl: url, fresh: false });
  return {
    url,
    label: "PostgreSQL",
    async drop() {
      if (process.env.BENCH_KEEP_DB === "1") return;
      const client = new pg.Client({ connectionString: given });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}
