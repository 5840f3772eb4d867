// Starts the built app for Playwright: fresh SQLite file (unless DATABASE_URL names
// another database), migrations applied, the app's server (server/index.mjs) on the test
// port. The tests play a reverse proxy (TRUSTED_PROXIES=1): each browser context sends its
// own X-Forwarded-For, so one person's throttling never blocks another's.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import { E2E_PORT, e2eEnv } from "../tests/support/e2e-env.mjs";

const env = e2eEnv();
const sqliteFile = env.DATABASE_URL.startsWith("file:prisma/data/e2e-") ? env.DATABASE_URL.slice("file:".length) : null;
if (sqliteFile) {
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${sqliteFile}${suffix}`, { force: true });
}
execFileSync("npx", ["tsx", "scripts/db-migrate.ts"], { env, stdio: "inherit" });
const server = spawn("node", ["server/index.mjs"], {
  env: { TRUSTED_PROXIES: "1", ...env, PORT: String(E2E_PORT) },
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
