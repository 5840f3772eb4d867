import path from "node:path";

export type DatabaseTarget =
  | { provider: "sqlite"; file: string }
  | { provider: "postgres"; url: string };

/** The embedded default: a file inside the project, created on first run. */
export const DEFAULT_SQLITE_FILE = path.join(/*turbopackIgnore: true*/ process.cwd(), "prisma", "data", "tweestap.db");

/**
 * Reads DATABASE_URL: unset means the embedded SQLite file, `file:` another SQLite
 * file, `postgres://` or `postgresql://` a PostgreSQL server. Anything else is refused
 * here, with the variable named, instead of failing later inside a driver.
 */
export function resolveDatabaseTarget(url: string | undefined = process.env.DATABASE_URL): DatabaseTarget {
  if (!url) return { provider: "sqlite", file: DEFAULT_SQLITE_FILE };
  if (url.startsWith("file:")) {
    const file = url.slice("file:".length).replace(/^\/\//, "");
    return { provider: "sqlite", file: path.resolve(/*turbopackIgnore: true*/ process.cwd(), file) };
  }
  if (/^postgres(ql)?:\/\//.test(url)) return { provider: "postgres", url };
  throw new Error(
    "DATABASE_URL must start with file: (SQLite) or postgres:// (PostgreSQL), or be left unset for the embedded SQLite database.",
  );
}
