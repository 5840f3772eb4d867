/**
 * `npx tsx --conditions=react-server bench/profile.ts`: where a sign-in's time goes. Starts
 * one instance under `node --cpu-prof`, drives sign-ins through the password step (4
 * connections, BENCH_SECONDS, default 15), stops it so the profile is written, and prints
 * the main thread's self time per module and per function for the sign-in window only
 * (also written to BENCH_PROFILE_OUT, default /tmp/bench-profile.txt). With
 * BENCH_PROFILE_PAGE=/dashboard (any path) it profiles that page, signed in, instead.
 * BENCH_PROFILE_TOP sets how many rows each list shows (default 25).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { instanceEnv, startInstances } from "../scripts/instances.mjs";
import { benchDatabase } from "./database";

const seconds = Number(process.env.BENCH_SECONDS || 15);
const distDir = process.env.NEXT_DIST_DIR || ".next";
const port = Number(process.env.BENCH_PORT || 4210);
const out = process.env.BENCH_PROFILE_OUT || "/tmp/bench-profile.txt";
const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-cpu-prof-"));

const database = await benchDatabase("profile");
Object.assign(process.env, instanceEnv({ port, databaseUrl: database.url }));
const { seedBase, growUsers, benchEmail, BENCH_PASSWORD } = await import("./seed");
const { pageLoad, signIns } = await import("./load");
const { signInOnce } = await import("./app-http");
const page = process.env.BENCH_PROFILE_PAGE;
const { formatSummary, summarise } = await import("./cpu-profile");
const seeded = await seedBase();
await growUsers(seeded, 1_000);

const app = await startInstances({
  ports: [port],
  databaseUrl: database.url,
  distDir,
  nodeFlags: ["--cpu-prof", `--cpu-prof-dir=${profileDir}`],
});
const target = { baseUrl: app.instances[0]!.url, emails: benchEmail, userCount: 1_000, password: BENCH_PASSWORD };
// /login is profiled signed out, as the bench measures it; every other page signed in.
const cookie = page && page !== "/login" ? await signInOnce(target.baseUrl, benchEmail(0), BENCH_PASSWORD) : null;
const work = (span: number, prefix: number) => (page ? pageLoad(target.baseUrl, page, cookie, 4, span) : signIns(target, 4, span, prefix));
await work(3, 1); // warm-up, left out of the window
// V8 stamps samples with CLOCK_MONOTONIC in µs, the clock process.hrtime reads.
const from = Number(process.hrtime.bigint() / 1000n);
const result = await work(seconds, 2);
const to = Number(process.hrtime.bigint() / 1000n);
await app.stop({ timeoutMs: 30_000 });
const { db } = await import("../lib/db/client");
await db.$disconnect();
await database.drop();

const [file] = fs.readdirSync(profileDir).filter((name) => name.endsWith(".cpuprofile"));
if (!file) throw new Error(`no profile written to ${profileDir}`);
const what = page ? `signed-in ${page}` : "sign-ins through the password step (POST /api/login)";
const heading = `CPU profile of server/index.mjs (${distDir}, ${database.label}), ${what}, 4 connections: ` +
  `${result.ok} requests (${result.perSecond.toFixed(1)}/s), ${result.bad} unsuccessful, p50 ${result.p50} ms`;
const text = `${heading}\n${formatSummary(summarise(path.join(profileDir, file), from, to), result.ok, Number(process.env.BENCH_PROFILE_TOP || 25))}\n\nprofile: ${path.join(profileDir, file)}\n`;
fs.writeFileSync(out, text);
console.log(text);
