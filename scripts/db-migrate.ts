/**
 * `npm run db:migrate`: applies the committed migrations of the database selected by
 * DATABASE_URL (SQLite by default), offline, through Prisma's WebAssembly schema
 * engine. It records them in `_prisma_migrations` with Prisma's own checksums, so
 * `prisma migrate deploy` agrees wherever the CLI has its native engine.
 */
import "./load-env";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { resolveDatabaseTarget } from "../lib/db/database-url";
import { noFilters, readMigrations, withSchemaEngine } from "./schema-engine";

const target = resolveDatabaseTarget();
const migrationsList = readMigrations(target);

if (target.provider === "sqlite") {
  // WAL is a property of the file: set once, readers then never wait for a writer.
  fs.mkdirSync(path.dirname(target.file), { recursive: true });
  const file = new Database(target.file);
  file.pragma("journal_mode = WAL");
  file.close();
}

const { appliedMigrationNames } = await withSchemaEngine(target, (engine) =>
  engine.applyMigrations({ migrationsList, filters: noFilters }),
);


const where = target.provider === "sqlite" ? target.file : "PostgreSQL";
console.log(
  appliedMigrationNames.length
    ? `Database (${where}): applied ${appliedMigrationNames.join(", ")}`
    : `Database (${where}): up to date`,
);
