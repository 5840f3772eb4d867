/**
 * `npm run bench`: the speed figures of issue 11, measured in one run against a production
 * build served by server/index.mjs, each printed beside its target. Exits 1 when a target
 * is missed (BENCH_NO_FAIL=1: print only, for a CI smoke run). BENCH_SECONDS sets the
 * length of each load phase (default 10). SQLite by default; fresh PostgreSQL databases
 * beside DATABASE_URL's when that names a PostgreSQL server.
 *
 * Two instances run: one on a database of 1,000 users, where everything is measured, and
 * one on a database of 100,000, which only serves the latency rounds that alternate with
 * the first's, so the machine's load of the moment weighs on both alike.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import { buildExists, instanceEnv, startInstances } from "../scripts/instances.mjs";
import { benchDatabase, type BenchDatabase } from "./database";
import { printTable, type Figure } from "./report";

const seconds = Number(process.env.BENCH_SECONDS || 10);
const distDir = process.env.NEXT_DIST_DIR || ".next";
const port = Number(process.env.BENCH_PORT || 4200);
// Fewer for a quick smoke run: seeding 100,000 users takes a minute or more.
const largeUsers = Number(process.env.BENCH_LARGE_USERS || 100_000);

if (!buildExists(distDir)) {
  console.log(`No production build in ${distDir}: building it (npm run build) first.`);
  // Next adds a custom dist dir to tsconfig.json's include: put the file back as it was.
  const tsconfig = fs.readFileSync("tsconfig.json", "utf8");
  try {
    execFileSync("npx", ["next", "build"], { stdio: "inherit", env: { ...process.env, NEXT_DIST_DIR: distDir } });
  } finally {
    fs.writeFileSync("tsconfig.json", tsconfig);
  }
}

const loadBefore = os.loadavg()[0]!;
const databases: BenchDatabase[] = [];
const main = await benchDatabase("1k");
databases.push(main);
const large = await benchDatabase("100k");
databases.push(large);
// The bench seeds and measures in-process with the same secrets the servers run with.
Object.assign(process.env, instanceEnv({ port, databaseUrl: main.url }));
console.log(`  seeding ${largeUsers.toLocaleString("en")} users (a separate process)`);
execFileSync("npx", ["tsx", "--conditions=react-server", "bench/seed-users.ts", String(largeUsers)], {
  stdio: "inherit",
  env: { ...process.env, DATABASE_URL: large.url },
});

const [mainApp, largeApp] = await Promise.all([
  startInstances({ ports: [port], databaseUrl: main.url, distDir }),
  startInstances({ ports: [port + 1], databaseUrl: large.url, distDir }),
]);
let figures: Figure[] = [];
try {
  const { measureAll } = await import("./measure");
  figures = await measureAll({ baseUrl: mainApp.instances[0]!.url, largeUrl: largeApp.instances[0]!.url, largeUsers, seconds });
} catch (error) {
  for (const app of [mainApp, largeApp]) console.error(app.instances[0]!.log().slice(-3000));
  throw error;
} finally {
  await Promise.all([mainApp.stop(), largeApp.stop()]);
  const { db } = await import("../lib/db/client");
  await db.$disconnect();
  for (const database of databases) await database.drop();
}

const cpu = os.cpus()[0]?.model ?? "unknown CPU";
// Other work on the machine skews the rates (the ratios less so): the load average says how much.
const load = `load average ${loadBefore.toFixed(1)} before, ${os.loadavg()[0]!.toFixed(1)} after`;
printTable(figures, `Tweestap bench — ${main.label}, ${os.cpus().length} × ${cpu}, Node ${process.version}, ${seconds} s per load phase, ${load}`);
const missed = figures.filter((f) => !f.ok);
if (missed.length) console.log(`\n${missed.length} target(s) missed${process.env.BENCH_NO_FAIL === "1" ? " (BENCH_NO_FAIL=1: not failing)" : ""}.`);
process.exit(missed.length && process.env.BENCH_NO_FAIL !== "1" ? 1 : 0);
