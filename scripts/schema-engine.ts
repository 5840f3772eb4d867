/**
 * Prisma's schema engine as WebAssembly, driven through a driver adapter: migrations
 * work offline and in air-gapped deploys, where the CLI cannot download its native
 * engine. The npm package imports its .wasm as an ES module, which Node 20 cannot do,
 * so the module is instantiated here by hand with the package's own JS glue.
 *
 * That glue is wasm-bindgen's internals (`__wbg_set_wasm`, `__wbindgen_start`, the
 * "./schema_engine_bg.js" import name), which any new pre-release may change. So package.json
 * pins the package to one exact version, never a range: upgrade it on purpose, together with
 * this file, and tests/integration/offline-migrate.test.ts shows whether migrations still run.
 */
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { DatabaseTarget } from "../lib/db/database-url";

type Glue = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");
export type SchemaEngine = Awaited<ReturnType<Glue["SchemaEngine"]["new"]>>;

const require = createRequire(import.meta.url);
let gluePromise: Promise<Glue> | undefined;

async function loadGlue(): Promise<Glue> {
  const glue: Glue = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const bytes = fs.readFileSync(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, {
    "./schema_engine_bg.js": glue as unknown as WebAssembly.ModuleImports,
  });
  const glueWithSetter = glue as unknown as { __wbg_set_wasm(exports: WebAssembly.Exports): void };
  glueWithSetter.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return glue;
}

export function schemaFilePath(target: DatabaseTarget): string {
  return path.join(process.cwd(), "prisma", target.provider, "schema.prisma");
}

export function migrationsDir(target: DatabaseTarget): string {
  return path.join(process.cwd(), "prisma", target.provider, "migrations");
}

function adapterFor(target: DatabaseTarget) {
  if (target.provider === "postgres") return new PrismaPg({ connectionString: target.url });
  fs.mkdirSync(path.dirname(target.file), { recursive: true });
  return new PrismaBetterSqlite3({ url: target.file });
}

/** Opens an engine on the target database, runs `work`, and always frees it. */
export async function withSchemaEngine<T>(
  target: DatabaseTarget,
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  gluePromise ??= loadGlue();
  const glue = await gluePromise;
  const schemaPath = schemaFilePath(target);
  const engine = await glue.SchemaEngine.new(
    { datamodels: [[schemaPath, fs.readFileSync(schemaPath, "utf8")]] },
    (log: string) => {
      if (process.env.DEBUG_SCHEMA_ENGINE) console.error(log);
    },
    bindMigrationAwareSqlAdapterFactory(adapterFor(target)),
  );
  try {
    return await work(engine);
  } finally {
    // On SQLite the engine holds the write lock until freed.
    engine.free();
  }
}

export const noFilters = { externalTables: [], externalEnums: [] };

/** Reads prisma/<provider>/migrations the way Prisma's CLI hands it to the engine. */
export function readMigrations(target: DatabaseTarget) {
  const baseDir = migrationsDir(target);
  fs.mkdirSync(baseDir, { recursive: true });
  const lockPath = path.join(baseDir, "migration_lock.toml");
  const directories = fs
    .readdirSync(baseDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return {
    baseDir,
    lockfile: {
      path: "migration_lock.toml",
      content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories: directories.map((name) => {
      const file = path.join(baseDir, name, "migration.sql");
      return {
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: fs.existsSync(file)
            ? { tag: "ok" as const, value: fs.readFileSync(file, "utf8") }
            : { tag: "error" as const, value: `${file} is missing` },
        },
      };
    }),
  };
}
