import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";

/*
 * `npm run db:migrate` drives @prisma/schema-engine-wasm through its wasm-bindgen internals
 * (scripts/schema-engine.ts), which no semver range protects. So the version is pinned, and
 * this test runs the real script, as a deploy would, on a brand-new SQLite file of its own.
 */

const run = promisify(execFile);
const PACKAGE = "@prisma/schema-engine-wasm";
const migrationsDir = path.join("prisma", "sqlite", "migrations");
const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), "tweestap-migrate-"));
const dbFile = path.join(tmpDir, "fresh.db");

afterAll(() => fs.rmSync(tmpDir, { recursive: true, force: true }));

function readJson(file: string): unknown {
  return JSON.parse(fs.readFileSync(file, "utf8"));
}

function dependencyOf(manifest: unknown, name: string): string | undefined {
  const deps = (manifest as { dependencies?: Record<string, string> }).dependencies;
  return deps?.[name];
}

function migrationFolders(): string[] {
  return fs
    .readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

async function migrate(): Promise<string> {
  const { stdout } = await run("npx", ["tsx", "scripts/db-migrate.ts"], {
    env: { ...process.env, DATABASE_URL: `file:${dbFile}` },
  });
  return stdout;
}

type MigrationRow = { migration_name: string; checksum: string; finished_at: number | null; rolled_back_at: number | null };

function appliedMigrations(): MigrationRow[] {
  const file = new Database(dbFile, { readonly: true });
  try {
    return file
      .prepare("SELECT migration_name, checksum, finished_at, rolled_back_at FROM _prisma_migrations ORDER BY migration_name")
      .all() as MigrationRow[];
  } finally {
    file.close();
  }
}

describe("offline migrations with the pinned schema engine", () => {
  it("pins the schema engine to exactly the installed version", () => {
    const installed = (readJson(path.join("node_modules", PACKAGE, "package.json")) as { version: string }).version;
    const lock = readJson("package-lock.json") as { packages: Record<string, { version?: string }> };

    // A bare version: no ^, ~, >, x or space that would let another pre-release in.
    expect(dependencyOf(readJson("package.json"), PACKAGE)).toBe(installed);
    expect(dependencyOf(lock.packages[""], PACKAGE)).toBe(installed);
    expect(lock.packages[`node_modules/${PACKAGE}`]?.version).toBe(installed);
  });

  it("builds a brand-new database from every migration, then has nothing left to apply", { timeout: 120_000 }, async () => {
    expect(fs.existsSync(dbFile)).toBe(false);
    const folders = migrationFolders();
    expect(folders.length).toBeGreaterThan(0);

    expect(await migrate()).toContain(`applied ${folders.join(", ")}`);

    const file = new Database(dbFile, { readonly: true });
    const tables = (file.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map(
      (row) => row.name,
    );
    file.close();
    for (const folder of folders) {
      const sql = fs.readFileSync(path.join(migrationsDir, folder, "migration.sql"), "utf8");
      for (const [, table] of sql.matchAll(/CREATE TABLE "(\w+)"/g)) expect(tables).toContain(table);
    }

    const rows = appliedMigrations();
    expect(rows.map((row) => row.migration_name)).toEqual(folders);
    for (const row of rows) {
      expect(row.finished_at).not.toBeNull();
      expect(row.rolled_back_at).toBeNull();
      // Prisma's own checksum, so `prisma migrate deploy` agrees where the native engine runs.
      const sql = fs.readFileSync(path.join(migrationsDir, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
    }

    expect(await migrate()).toContain("up to date");
    expect(appliedMigrations()).toEqual(rows);
  });
});
