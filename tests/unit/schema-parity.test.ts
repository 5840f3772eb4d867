import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/*
 * The app uses one generated client type for both databases (lib/db/client.ts), which is only
 * sound while the two schemas declare the same models and the two migration histories move in
 * step. A model or migration added for one provider only must fail here, not in production.
 */
const root = path.resolve(__dirname, "../..");
const providers = { sqlite: "sqlite", postgres: "postgresql" } as const;
type Folder = keyof typeof providers;
const folders = Object.keys(providers) as Folder[];

const MARKER = "// ------";

function schemaText(folder: Folder): string {
  return fs.readFileSync(path.join(root, "prisma", folder, "schema.prisma"), "utf8").replace(/\r\n/g, "\n");
}

/** Everything from the first marker comment line on (the models), as written. */
function modelsPart(text: string): string {
  const lines = text.split("\n");
  const start = lines.findIndex((line) => line.startsWith(MARKER));
  expect(start, `no line starting with "${MARKER}"`).toBeGreaterThanOrEqual(0);
  return lines.slice(start).join("\n");
}

/** What comes before the marker, i.e. the generator and datasource blocks. */
function headerPart(text: string): string {
  return text.slice(0, text.indexOf(`\n${MARKER}`));
}

function migrationsDir(folder: Folder): string {
  return path.join(root, "prisma", folder, "migrations");
}

function migrationNames(folder: Folder): string[] {
  return fs
    .readdirSync(migrationsDir(folder), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

describe("schema parity", () => {
  it("has the marker in both schemas after the datasource block", () => {
    for (const folder of folders) {
      const text = schemaText(folder);
      const header = headerPart(text);
      expect(header).toMatch(/datasource\s+db\s*\{/);
      expect(header).toContain(`provider = "${providers[folder]}"`);
      // No model may hide above the marker, where the comparison does not look.
      expect(header).not.toMatch(/^\s*(model|enum|view|type)\s+\w+/m);
    }
  });

  it("declares identical models, indexes and comments below the marker", () => {
    const sqlite = modelsPart(schemaText("sqlite"));
    const postgres = modelsPart(schemaText("postgres"));
    expect(sqlite).toMatch(/^model User \{/m);
    expect(postgres).toBe(sqlite);
  });

  it("writes each client to its own output folder", () => {
    for (const folder of folders) {
      const output = /^\s*output\s*=\s*"([^"]+)"/m.exec(headerPart(schemaText(folder)))?.[1];
      expect(output).toBe(`../../lib/db/generated/${folder}`);
    }
  });
});

describe("migration parity", () => {
  it("has the same migration names in both folders, at least one", () => {
    const sqlite = migrationNames("sqlite");
    const postgres = migrationNames("postgres");
    expect(sqlite.length).toBeGreaterThan(0);
    expect(postgres).toEqual(sqlite);
    for (const name of sqlite) expect(name).toMatch(/^\d{14}_[a-z0-9_]+$/);
  });

  it("has a non-empty migration.sql in every migration", () => {
    for (const folder of folders) {
      for (const name of migrationNames(folder)) {
        const file = path.join(migrationsDir(folder), name, "migration.sql");
        expect(fs.existsSync(file), `${folder}/${name}/migration.sql`).toBe(true);
        expect(fs.readFileSync(file, "utf8").trim().length, `${folder}/${name}/migration.sql`).toBeGreaterThan(0);
      }
    }
  });

  it("locks each folder to its own provider", () => {
    for (const folder of folders) {
      const lock = fs.readFileSync(path.join(migrationsDir(folder), "migration_lock.toml"), "utf8");
      const provider = /^provider\s*=\s*"([^"]+)"\s*$/m.exec(lock)?.[1];
      expect(provider, `${folder}/migration_lock.toml`).toBe(providers[folder]);
    }
  });
});
