import { spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { instanceEnv, prepareDatabase, startInstances, type Instance } from "../../scripts/instances.mjs";
import { E2E_PORT } from "../support/e2e-env.mjs";

/*
 * The production server as an operator meets it (server/index.mjs), no browser: health
 * endpoints, request ids and JSON log lines, one process per SQLite file, and SIGTERM.
 * Each test starts its own server on its own SQLite file.
 */
const BASE_PORT = Number(process.env.OPS_E2E_PORT || E2E_PORT + 1100);
test.setTimeout(120_000);

const started: Instance[] = [];
test.afterEach(async () => {
  await Promise.all(started.splice(0).map((instance) => instance.stop()));
});

async function freshDatabase(name: string): Promise<{ databaseUrl: string; file: string }> {
  const { databaseUrl } = await prepareDatabase({ databaseUrl: `file:prisma/data/ops-${name}-${BASE_PORT}.db` });
  return { databaseUrl, file: path.resolve(databaseUrl.slice("file:".length)) };
}

async function startOne(port: number, databaseUrl: string): Promise<Instance> {
  const [instance] = (await startInstances({ ports: [port], databaseUrl })).instances;
  if (!instance) throw new Error("no instance started");
  started.push(instance);
  return instance;
}

/** `node server/index.mjs` to the end: its exit code and everything it printed. */
function runToExit(port: number, databaseUrl: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["server/index.mjs"], { env: instanceEnv({ port, databaseUrl }), stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const killer = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.on("exit", (code) => {
      clearTimeout(killer);
      resolve({ code, output });
    });
  });
}

function exitOf(pid: number): Promise<void> {
  return new Promise((resolve) => {
    const poll = setInterval(() => {
      try {
        process.kill(pid, 0);
      } catch {
        clearInterval(poll);
        resolve();
      }
    }, 50);
  });
}

test("health, readiness, request ids and JSON log lines", async () => {
  const { databaseUrl } = await freshDatabase("health");
  const server = await startOne(BASE_PORT, databaseUrl);

  const live = await fetch(`${server.url}/api/health`, { headers: { "x-request-id": "client-chosen-id" } });
  expect(live.status).toBe(200);
  expect(live.headers.get("cache-control")).toBe("no-store");
  expect(await live.json()).toEqual({ status: "ok" });
  // The id is always the server's own, never what the client sent.
  expect(live.headers.get("x-request-id")).toMatch(/^[0-9a-f]{8}-[0-9a-f-]{27}$/);

  const ready = await fetch(`${server.url}/api/health/ready`);
  expect(ready.status).toBe(200);
  expect(await ready.json()).toEqual({ status: "ready", database: "ok" });

  // A failed sign-in for an unknown address: logged with the IP and the request's id, not the address.
  const typed = "nobody-ops-log@example.test";
  const login = await fetch(`${server.url}/api/login`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Origin: server.url, "X-Forwarded-For": "192.0.2.44" },
    body: JSON.stringify({ email: typed, password: "not the password at all" }),
  });
  expect(login.status).toBe(200);
  const requestId = login.headers.get("x-request-id");

  await expect.poll(() => server.log().includes("login.unknownAddress")).toBe(true);
  const lines = server.log().split("\n").filter((line) => line.startsWith("{"));
  const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  for (const entry of entries) {
    expect(Object.keys(entry)).toEqual(expect.arrayContaining(["time", "level", "requestId", "event"]));
  }
  expect(entries).toContainEqual(expect.objectContaining({ event: "login.unknownAddress", level: "warn", ip: "192.0.2.44", requestId }));
  expect(server.log()).not.toContain(typed);
  expect(server.log()).not.toContain("not the password at all");
});

test("a second process on the same SQLite file is refused with a pointer to PostgreSQL; a crash leaves no block", async () => {
  const { databaseUrl, file } = await freshDatabase("lock");
  const first = await startOne(BASE_PORT + 1, databaseUrl);
  expect(fs.readFileSync(`${file}.lock`, "utf8")).toBe(String(first.pid));

  const second = await runToExit(BASE_PORT + 2, databaseUrl);
  expect(second.code).toBe(1);
  expect(second.output).toContain("already in use by another Tweestap process");
  expect(second.output).toContain("PostgreSQL");
  // The refused process did not take the lock away from the running one.
  expect(fs.readFileSync(`${file}.lock`, "utf8")).toBe(String(first.pid));
  expect((await fetch(`${first.url}/api/health/ready`)).status).toBe(200);

  // A crash: the lock file stays behind with a dead pid, and a new start takes it over.
  process.kill(first.pid ?? 0, "SIGKILL");
  await exitOf(first.pid ?? 0);
  expect(fs.existsSync(`${file}.lock`)).toBe(true);
  const restarted = await startOne(BASE_PORT + 1, databaseUrl);
  expect(fs.readFileSync(`${file}.lock`, "utf8")).toBe(String(restarted.pid));

  // A clean stop removes the lock.
  expect(await restarted.stop()).toEqual({ code: 0, signal: null });
  expect(fs.existsSync(`${file}.lock`)).toBe(false);
});

test("SIGTERM: the request in flight completes, new connections are refused, the process exits 0", async () => {
  const { databaseUrl } = await freshDatabase("sigterm");
  const server = await startOne(BASE_PORT + 3, databaseUrl);
  const body = JSON.stringify({ email: "in-flight@example.test", password: "a password that is wrong" });
  const half = Math.floor(body.length / 2);

  // A slow client: the headers and half the body now, the rest after the SIGTERM.
  const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
    const request = http.request(
      {
        host: "127.0.0.1",
        port: server.port,
        path: "/api/login",
        method: "POST",
        headers: {
          Host: `localhost:${server.port}`,
          Origin: server.url,
          "Content-Type": "application/json",
          "Content-Length": String(Buffer.byteLength(body)),
        },
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (text += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
        res.on("error", reject);
      },
    );
    request.on("error", reject);
    request.write(body.slice(0, half));
    setTimeout(() => request.end(body.slice(half)), 1_500);
  });
  await new Promise((resolve) => setTimeout(resolve, 300));
  process.kill(server.pid ?? 0, "SIGTERM");

  // Once the handler has run (a busy machine may take a moment), new connections are refused.
  await expect.poll(() => server.log().includes('"event":"server.stopping"'), { timeout: 15_000 }).toBe(true);
  await expect.poll(() => fetch(`${server.url}/api/health`).then(() => "answered", () => "refused"), { timeout: 15_000 }).toBe("refused");
  const { status, text } = await response;
  const answeredAt = Date.now();
  expect(status).toBe(200);
  expect(text).toContain("auth.login.invalidCredentials");
  const exit = await server.stop({ timeoutMs: 15_000 });
  expect(exit).toEqual({ code: 0, signal: null });
  // Soon after the answer, well before the 10-second fallback: it exited because the work was done.
  expect(Date.now() - answeredAt).toBeLessThan(5_000);
});
