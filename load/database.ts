/**
 * The run's own PostgreSQL database, created beside DATABASE_URL's and dropped afterwards:
 * the named database is never written to. LOAD_KEEP_DB=1 keeps it, to look at the rows.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { prepareDatabase } from "../scripts/instances.mjs";

export type LoadDatabase = { url: string; name: string; drop(): Promise<void> };

async function admin(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function loadDatabase(serverUrl: string): Promise<LoadDatabase> {
  const name = `tweestap_load_${randomBytes(3).toString("hex")}`;
  await admin(serverUrl, `CREATE DATABASE "${name}"`);
  const parsed = new URL(serverUrl);
  parsed.pathname = `/${name}`;
  const url = parsed.toString();
  await prepareDatabase({ databaseUrl: url, fresh: false });
  return {
    url,
    name,
    drop: async () => {
      if (process.env.LOAD_KEEP_DB !== "1") await admin(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}
