// Starts N production instances of the built app (server/index.mjs) on one database, for
// the bench and for tests that need a real server or two. Plain ESM with a .d.mts beside it,
// so tsx scripts, Playwright and Vitest can all import it.
//
//   const db = await prepareDatabase({ databaseUrl });          // fresh SQLite file, migrated
//   const app = await startInstances({ ports: [4200], databaseUrl: db.databaseUrl });
//   await fetch(app.instances[0].url); app.instances[0].log();   // captured stdout + stderr
//   await app.stop();
//
// N > 1 is meant for PostgreSQL: two processes writing one SQLite file is not a deployment.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const LOG_LIMIT = 1_000_000; // characters kept per instance, the newest

/** The app's production environment; secrets here are throwaway values for a local run. */
export function instanceEnv({ port, databaseUrl, env = {} }) {
  return {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    AUTH_SECRET: "instances-auth-secret-instances-auth-secret-0123",
    MFA_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64"),
    MAIL_TRANSPORT: "outbox",
    // The caller plays the reverse proxy: each request may carry its own X-Forwarded-For.
    TRUSTED_PROXIES: "1",
    ...env,
    APP_URL: `http://localhost:${port}`,
    DATABASE_URL: databaseUrl,
    PORT: String(port),
  };
}

/** Whether the build in NEXT_DIST_DIR (or .next) is there to start. */
export function buildExists(distDir = process.env.NEXT_DIST_DIR || ".next") {
  return fs.existsSync(path.join(ROOT, distDir, "BUILD_ID"));
}

/**
 * Applies the committed migrations to `databaseUrl`. A SQLite `file:` URL is emptied
 * first when `fresh` (the default); a PostgreSQL database is used as it is, so hand in
 * one you created for the run.
 */
export async function prepareDatabase({ databaseUrl = "file:prisma/data/instances.db", fresh = true } = {}) {
  if (databaseUrl.startsWith("file:") && fresh) {
    const file = path.resolve(ROOT, databaseUrl.slice("file:".length).replace(/^\/\//, ""));
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${file}${suffix}`, { force: true });
  }
  execFileSync("npx", ["tsx", "scripts/db-migrate.ts"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ["ignore", "ignore", "inherit"],
  });
  return { databaseUrl };
}

/** Refuses a taken port up front: otherwise whatever listens there would answer for us. */
function assertPortFree(port) {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", () => reject(new Error(`port ${port} is already in use`)));
    probe.listen(port, () => probe.close(() => resolve()));
  });
}

async function waitUntilUp(instance, readyTimeoutMs) {
  const deadline = Date.now() + readyTimeoutMs;
  while (Date.now() < deadline) {
    if (instance.exited) throw new Error(`instance on port ${instance.port} exited during start-up:\n${instance.log()}`);
    try {
      // Any HTTP answer means Next is serving; /login is public and renders the app's shell.
      const response = await fetch(`${instance.url}/login`, { redirect: "manual", signal: AbortSignal.timeout(5_000) });
      await response.arrayBuffer();
      return;
    } catch {
      await sleep(100);
    }
  }
  throw new Error(`instance on port ${instance.port} did not answer within ${readyTimeoutMs} ms:\n${instance.log()}`);
}

function launch({ port, databaseUrl, distDir, env, nodeFlags }) {
  const child = spawn(process.execPath, [...nodeFlags, "server/index.mjs"], {
    cwd: ROOT,
    env: instanceEnv({ port, databaseUrl, env: { ...env, ...(distDir ? { NEXT_DIST_DIR: distDir } : {}) } }),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const keep = (chunk) => {
    output = (output + chunk.toString()).slice(-LOG_LIMIT);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const exitedPromise = new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  const instance = {
    port,
    url: `http://localhost:${port}`,
    pid: child.pid,
    exited: false,
    log: () => output,
    /** SIGTERM (the server finishes what is in flight), SIGKILL if it has not gone by the timeout. */
    async stop({ timeoutMs = 10_000 } = {}) {
      if (instance.exited) return exitedPromise;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
      const result = await exitedPromise;
      clearTimeout(timer);
      return result;
    },
  };
  exitedPromise.then(() => {
    instance.exited = true;
  });
  return instance;
}

/**
 * Starts one instance per port on the built app and resolves once each answers HTTP.
 * `nodeFlags` go before the script (e.g. ["--cpu-prof", "--cpu-prof-dir=/tmp/p"]);
 * `env` adds to or overrides the production environment above.
 */
export async function startInstances({
  ports,
  databaseUrl,
  distDir = process.env.NEXT_DIST_DIR,
  env = {},
  nodeFlags = [],
  readyTimeoutMs = 60_000,
}) {
  if (!databaseUrl) throw new Error("startInstances needs a databaseUrl (see prepareDatabase)");
  if (!buildExists(distDir || ".next")) {
    throw new Error(`No build in ${distDir || ".next"}: run \`${distDir ? `NEXT_DIST_DIR=${distDir} ` : ""}npm run build\` first.`);
  }
  for (const port of ports) await assertPortFree(port);
  const instances = ports.map((port) => launch({ port, databaseUrl, distDir, env, nodeFlags }));
  const stop = (options) => Promise.all(instances.map((instance) => instance.stop(options)));
  try {
    await Promise.all(instances.map((instance) => waitUntilUp(instance, readyTimeoutMs)));
  } catch (error) {
    await stop();
    throw error;
  }
  return { instances, stop };
}
