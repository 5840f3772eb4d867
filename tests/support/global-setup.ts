import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { TEST_SQLITE_URL } from "./test-env";

/** Starts the run on a freshly migrated database: SQLite file removed first, PostgreSQL as CI made it. */
export default function setup(): void {
  const url = process.env.DATABASE_URL || TEST_SQLITE_URL;
  if (url === TEST_SQLITE_URL) {
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`prisma/data/test.db${suffix}`, { force: true });
  }
  execFileSync("npx", ["tsx", "scripts/db-migrate.ts"], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: "inherit",
  });
}
