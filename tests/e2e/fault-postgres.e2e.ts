// First: the database client reads DATABASE_URL and the people factory MFA_ENCRYPTION_KEY.
import "./fixtures/env";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { expect, test } from "@playwright/test";
import type { Db } from "@/lib/db/client";
import { isDatabaseUnavailable } from "@/lib/errors/unavailable";
import { PrismaClient as PostgresClient } from "@/lib/db/generated/postgres/client";
import { prepareDatabase, startInstances, type Instance } from "../../scripts/instances.mjs";
import { E2E_PORT } from "../support/e2e-env.mjs";
import { createPerson } from "../support/people";
import { totpAt } from "../support/rfc6238";
import { actionError, postServerAction, type RawResponse } from "./fixtures/app-server";

/*
 * PostgreSQL stopped in the middle of a sign-in (issue 12): a private cluster this test
 * may stop and start, the production server on it. Between the password step and the
 * second step the database goes away: the user gets "probeer het zo opnieuw", never a
 * 500 or a stack trace, readiness says 503 while liveness stays 200, and once the
 * database is back the same sign-in completes, without restarting the app.
 */
const PG_BIN = process.env.PG_BIN || "/usr/lib/postgresql/15/bin";
const PG_PORT = Number(process.env.FAULT_PG_PORT || E2E_PORT + 1160);
const APP_PORT = Number(process.env.FAULT_PG_APP_PORT || E2E_PORT + 1161);
test.skip(!fs.existsSync(path.join(PG_BIN, "initdb")), `needs PostgreSQL's server binaries in ${PG_BIN} (PG_BIN)`);
test.setTimeout(180_000);
// One cluster for the file: its tests run one after another in one worker.
test.describe.configure({ mode: "serial" });

// Made in beforeAll: Playwright loads this file in every worker, also when the test is not run.
let dir = "";
let dataDir = "";
// PostgreSQL refuses to run as root: then its own user runs the cluster.
const asPostgres = process.getuid?.() === 0 ? ["runuser", "-u", "postgres", "--"] : [];

function pg(tool: string, ...args: string[]): void {
  const [command, ...rest] = [...asPostgres, path.join(PG_BIN, tool), ...args];
  execFileSync(command ?? tool, rest, { stdio: "ignore" });
}
const pgCtl = (action: "start" | "stop") =>
  pg("pg_ctl", "-D", dataDir, "-l", path.join(dir, "server.log"), "-w", "-m", "fast", "-o", `-p ${PG_PORT} -k ${dir} -c listen_addresses=127.0.0.1`, action);

const databaseUrl = `postgres://postgres@127.0.0.1:${PG_PORT}/tweestap_fault`;
let client: PostgresClient;
let app: Instance | undefined;

test.beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "tweestap-fault-pg-"));
  dataDir = path.join(dir, "data");
  if (asPostgres.length) execFileSync("chown", ["postgres", dir]);
  pg("initdb", "-D", dataDir, "-A", "trust", "-U", "postgres");
  pgCtl("start");
  pg("createdb", "-h", "127.0.0.1", "-p", String(PG_PORT), "-U", "postgres", "tweestap_fault");
  await prepareDatabase({ databaseUrl });
  client = new PostgresClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  // The people factory encrypts the authenticator key with the tests' key: the app must hold the same.
  const env = { MFA_ENCRYPTION_KEY: process.env.MFA_ENCRYPTION_KEY ?? "", AUTH_SECRET: process.env.AUTH_SECRET ?? "" };
  [app] = (await startInstances({ ports: [APP_PORT], databaseUrl, env })).instances;
});

test.afterAll(async () => {
  await app?.stop();
  await client?.$disconnect();
  try {
    pgCtl("stop");
  } catch {
    // Already stopped by a failed test.
  }
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** A sign-in action posted the way the browser posts it. */
function action(pathName: string, exportedName: string, args: unknown[], cookie?: string): Promise<RawResponse> {
  return postServerAction({ port: APP_PORT, path: pathName, filename: "lib/actions/sign-in.ts", exportedName, args, cookie });
}

test("the database stops between the password step and the second step", async ({ page }) => {
  const person = await createPerson({ label: "fault-pg", mfa: true, client: client as unknown as Db });
  const base = `http://localhost:${APP_PORT}`;

  // The password step, as the browser sends it; its challenge cookie is the browser.
  const login = await fetch(`${base}/api/login`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/json", Origin: base },
    body: JSON.stringify({ email: person.email, password: person.password }),
  });
  expect(login.status).toBeLessThan(400);
  const cookie = login.headers.getSetCookie().map((line) => line.split(";")[0]).join("; ");
  expect(cookie).not.toBe("");

  pgCtl("stop");
  try {
    const during = await action("/login/verify", "secondStepAction", [{ code: totpAt(person.key, Date.now()) }], cookie);
    expect(during.status).toBe(200);
    expect(actionError(during)).toBe("errors.unavailable");
    expect(during.body).not.toMatch(/Prisma|at .*\.js:\d+|ECONNREFUSED/);

    // The second step's page: 503 with Retry-After, no trace of the error in the HTML…
    const verify = await fetch(`${base}/login/verify`, { headers: { cookie } });
    expect(verify.status).toBe(503);
    expect(verify.headers.get("retry-after")).toBe("5");
    expect(await verify.text()).not.toMatch(/Prisma|DriverAdapter|\.js:\d+:\d+|ECONNREFUSED/);
    // …and in the browser it says to try again shortly.
    await page.context().addCookies(cookie.split("; ").map((pair) => {
      const [name = "", ...value] = pair.split("=");
      return { name, value: value.join("="), url: base };
    }));
    await page.goto(`${base}/login/verify`);
    await expect(page.getByText("probeer het zo opnieuw")).toBeVisible();
    expect((await fetch(`${base}/api/health/ready`)).status).toBe(503);
    expect((await fetch(`${base}/api/health`)).status).toBe(200);
  } finally {
    pgCtl("start");
  }

  // Back: the same browser finishes its sign-in, with no restart of the app.
  await expect.poll(async () => (await fetch(`${base}/api/health/ready`)).status).toBe(200);
  const after = await action("/login/verify", "secondStepAction", [{ code: totpAt(person.key, Date.now()) }], cookie);
  expect(actionError(after)).toBeNull();
  expect(after.status).toBeLessThan(400);
  // Nothing half-done: exactly one successful sign-in recorded, the one that completed.
  expect(await client.activityEvent.count({ where: { userId: person.id, type: "LOGIN_SUCCEEDED" } })).toBe(1);
  expect(app?.log() ?? "").not.toMatch(/"level":"error","requestId":"[^"]+","event":"action\.failed"/);
});

test("the database stops in the middle of a write: nothing of it is saved, and the app goes on afterwards", async () => {
  const name = `Half ${Date.now()}`;
  let caught: unknown = null;
  try {
    await client.$transaction(async (tx) => {
      const company = await tx.company.create({ data: { name } });
      pgCtl("stop");
      await tx.user.create({ data: { companyId: company.id, email: `half-${Date.now()}@example.test`, name, passwordHash: "x", role: "OWNER" } });
    });
  } catch (error) {
    caught = error;
  } finally {
    pgCtl("start");
  }

  // The app's wrappers see it as "away", not as a fault of the query (lib/errors/unavailable.ts).
  expect(isDatabaseUnavailable(caught)).toBe(true);
  await expect.poll(async () => (await fetch(`http://localhost:${APP_PORT}/api/health/ready`)).status).toBe(200);
  expect(await client.company.count({ where: { name } })).toBe(0);
  expect(await client.user.count({ where: { name } })).toBe(0);
});
