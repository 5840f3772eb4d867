/**
 * `npm run load` (issue 12): two production instances on one fresh PostgreSQL database, a
 * bounded mixed workload spread over both, then checks of what the database and the logs
 * hold against what the generator saw. Exits 1 when a check fails.
 *
 * LOAD_SECONDS (60), LOAD_CONCURRENCY (8), LOAD_PORT (5700: uses it and the next),
 * NEXT_DIST_DIR (.next-load, built when missing), LOAD_KEEP_DB=1 keeps the database.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
import { buildExists, instanceEnv, startInstances } from "../scripts/instances.mjs";
import { actionId } from "../bench/app-http";
import { loadDatabase } from "./database";
import { newTally } from "./tally";

const seconds = Number(process.env.LOAD_SECONDS || 60);
const concurrency = Number(process.env.LOAD_CONCURRENCY || 8);
const port = Number(process.env.LOAD_PORT || 5700);
const distDir = process.env.NEXT_DIST_DIR || ".next-load";
const serverUrl = process.env.DATABASE_URL ?? "";

if (!/^postgres(ql)?:/.test(serverUrl)) {
  // Two processes on one SQLite file is not a deployment (README, "Meer dan één instantie").
  console.log("npm run load runs two instances, which need PostgreSQL: set DATABASE_URL to a postgresql:// server. Skipped.");
  process.exit(0);
}

if (!buildExists(distDir)) {
  console.log(`No production build in ${distDir}: building it first.`);
  // Next adds the dist dir to tsconfig.json's include: put the file back as it was.
  const tsconfig = fs.readFileSync("tsconfig.json", "utf8");
  try {
    execFileSync("npx", ["next", "build"], { stdio: "inherit", env: { ...process.env, NEXT_DIST_DIR: distDir } });
  } finally {
    fs.writeFileSync("tsconfig.json", tsconfig);
  }
}

const database = await loadDatabase(serverUrl);
// The generator seeds and checks in-process, with the secrets the instances run with.
Object.assign(process.env, instanceEnv({ port, databaseUrl: database.url }));
const { seedAccounts } = await import("./accounts");
const { databaseChecks, logChecks, responseChecks } = await import("./checks");
const { runWorkload } = await import("./workload");
const { printReport } = await import("./report");
const { db } = await import("../lib/db/client");

let failed = true;
try {
  const accounts = await seedAccounts({ plain: 160, failing: 80, mfa: 100 });
  const app = await startInstances({ ports: [port, port + 1], databaseUrl: database.url, distDir });
  const tally = newTally();
  const loadBefore = os.loadavg()[0]!;
  let elapsed = 0;
  try {
    const ids = { secondStep: actionId(distDir, "secondStepAction") };
    console.log(`  ${seconds} s, ${concurrency} in flight, against ${app.instances.map((i) => i.url).join(" and ")}`);
    elapsed = await runWorkload({ urls: app.instances.map((i) => i.url), ids, accounts }, tally, seconds, concurrency);
    // Lines written as the last responses went out are still in the pipes.
    await sleep(500);
  } finally {
    await app.stop();
  }
  const loadAfter = os.loadavg()[0]!;
  const checks = [
    ...responseChecks(tally),
    ...logChecks(app.instances.map((instance) => instance.log())),
    ...(await databaseChecks(accounts, tally)),
  ];
  const cpu = `${os.cpus().length} × ${os.cpus()[0]?.model ?? "unknown CPU"}`;
  const title = `Tweestap load — 2 instances, PostgreSQL, ${cpu}, Node ${process.version}, ${elapsed.toFixed(0)} s, ${concurrency} in flight, load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after`;
  printReport(title, tally, elapsed, checks);
  failed = checks.some((check) => !check.ok);
  if (failed) {
    for (const instance of app.instances) {
      const errors = instance.log().split("\n").filter((line) => !line.startsWith("{") || line.includes('"level":"error"'));
      if (errors.length) console.error(`\n${instance.url}, lines to look at:\n${errors.slice(0, 20).join("\n")}`);
    }
  }
} finally {
  await db.$disconnect();
  await database.drop();
}
process.exit(failed ? 1 : 0);
