// One process per SQLite file. The app keeps some order in memory (lib/db/serialized-sqlite.ts
// queues each process's writes; throttles and one-time codes rely on it), so a second
// process on the same file is refused at start rather than left to fail under load.
// More than one instance: PostgreSQL (README, "Meer dan één instantie").
import fs from "node:fs";
import path from "node:path";

/** The SQLite file DATABASE_URL names (the same rules as lib/db/database-url.ts), or null for PostgreSQL. */
export function sqliteFile(url, cwd = process.cwd()) {
  if (!url) return path.join(cwd, "prisma", "data", "tweestap.db");
  if (url.startsWith("file:")) return path.resolve(cwd, url.slice("file:".length).replace(/^\/\//, ""));
  return null;
}

/** Is `pid` a running Tweestap server? After a container restart a pid can belong to anything. */
function isServer(pid) {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists, under another user. ESRCH: gone.
    if (error?.code !== "EPERM") return false;
  }
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("server/index.mjs");
  } catch {
    return true; // No /proc (not Linux): a live pid has to count.
  }
}

function holder(lockPath) {
  try {
    const pid = Number(fs.readFileSync(lockPath, "utf8").trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

export class SqliteLockedError extends Error {
  constructor(file, pid) {
    super(
      `The SQLite database ${file} is already in use by another Tweestap process (pid ${pid}). ` +
        "SQLite serves one process only: stop that process first, or run several instances on PostgreSQL " +
        "(DATABASE_URL=postgres://…, see README \"Meer dan één instantie\").",
    );
    this.name = "SqliteLockedError";
  }
}

/**
 * Takes `<file>.lock` (holding this process's id) or throws SqliteLockedError when a live
 * server holds it. A lock left by a crashed process (its pid is gone, or now belongs to
 * another program) is taken over, so a SIGKILL never blocks the restart. Returns the release function (also run at exit).
 */
export function lockSqliteFile(file, pid = process.pid) {
  const lockPath = `${file}.lock`;
  fs.mkdirSync(path.dirname(lockPath), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      // Written aside, then linked into place: link() fails if the lock exists, and a reader
      // never sees a lock file without its pid.
      const draft = `${lockPath}.${pid}`;
      fs.writeFileSync(draft, String(pid));
      try {
        fs.linkSync(draft, lockPath);
      } finally {
        fs.rmSync(draft, { force: true });
      }
      const release = () => {
        if (holder(lockPath) === pid) fs.rmSync(lockPath, { force: true });
      };
      process.once("exit", release);
      return release;
    } catch (error) {
      if (error?.code !== "EEXIST") throw error;
      const owner = holder(lockPath);
      if (owner !== null && owner !== pid && isServer(owner)) throw new SqliteLockedError(file, owner);
      // Stale: its server is gone (a crash, a SIGKILL). Remove it and try once more.
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new SqliteLockedError(file, holder(lockPath) ?? "unknown");
}
