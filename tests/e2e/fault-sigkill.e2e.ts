// First: the suite's database client reads DATABASE_URL and the people factory MFA_ENCRYPTION_KEY.
import "./fixtures/env";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { expect, test } from "@playwright/test";
import { db, type Db } from "@/lib/db/client";
import { PrismaClient as PostgresClient } from "@/lib/db/generated/postgres/client";
import { PrismaClient as SqliteClient } from "@/lib/db/generated/sqlite/client";
import { limits } from "@/lib/limits";
import { prepareDatabase, startInstances, type Instance } from "../../scripts/instances.mjs";
import { E2E_PORT } from "../support/e2e-env.mjs";
import { createPerson, type Person } from "../support/people";
import { stepAt, totpAt } from "../support/rfc6238";
import { serverActionId } from "./fixtures/server-actions";

/*
 * A server SIGKILLed while sign-ins are in flight (issue 12, faults): a burst of password
 * steps (with and without MFA), wrong passwords and password-reset requests, and the
 * process is killed once the first answers come back, so some requests are done, some
 * half-done and some not started. A new process on the same database (and, on SQLite,
 * taking over the dead process's lock file) must then let every one of those people sign
 * in fully, with no counter, challenge, lock or token left over that blocks them, and no
 * counter above what was actually sent. Its own database: a fresh SQLite file, or a fresh
 * PostgreSQL database beside the suite's when DATABASE_URL names PostgreSQL.
 */
const PORT = Number(process.env.FAULT_KILL_PORT || E2E_PORT + 1180);
const onPostgres = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? "");
test.setTimeout(90_000);

type Kind = "plain" | "mfa" | "verify" | "wrong" | "reset";
type Sent = { kind: Kind; person: Person; ip: string; status: number | null; error: string | null };

let client: Db;
let databaseUrl = "";
let sqliteFile: string | null = null;
let dropDatabase: (() => Promise<void>) | null = null;
const started: Instance[] = [];

test.beforeAll(async () => {
  if (onPostgres) {
    const url = new URL(process.env.DATABASE_URL ?? "");
    const base = url.pathname.slice(1).replace(/[^a-z0-9_]/gi, "_").slice(0, 40) || "tweestap";
    const name = `${base}_kill_${randomBytes(4).toString("hex")}`.toLowerCase();
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    await db.$executeRawUnsafe(`CREATE DATABASE "${name}"`);
    // FORCE: the killed server's connections may not be gone yet.
    dropDatabase = () => db.$executeRawUnsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).then(() => undefined);
    await prepareDatabase({ databaseUrl });
    client = new PostgresClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) }) as unknown as Db;
  } else {
    databaseUrl = `file:prisma/data/fault-kill-${PORT}.db`;
    await prepareDatabase({ databaseUrl });
    sqliteFile = path.resolve(databaseUrl.slice("file:".length));
    fs.rmSync(`${sqliteFile}.lock`, { force: true });
    client = new SqliteClient({ adapter: new PrismaBetterSqlite3({ url: sqliteFile, timeout: 15_000 }) });
  }
});

test.afterAll(async () => {
  await Promise.all(started.map((instance) => instance.stop()));
  await client?.$disconnect();
  await dropDatabase?.();
  if (sqliteFile) for (const suffix of ["", "-wal", "-shm", ".lock"]) fs.rmSync(`${sqliteFile}${suffix}`, { force: true });
});

async function startOne(): Promise<Instance> {
  // The people factory encrypts the authenticator keys with the tests' key: the server must hold it.
  const env = { MFA_ENCRYPTION_KEY: process.env.MFA_ENCRYPTION_KEY ?? "" };
  const [instance] = (await startInstances({ ports: [PORT], databaseUrl, env })).instances;
  if (!instance) throw new Error("no instance started");
  started.push(instance);
  return instance;
}

/** A server action posted the way the browser posts it, from `ip` (the harness trusts one proxy). */
function post(pathName: string, file: string, name: string, args: unknown[], ip: string, cookie?: string): Promise<Response> {
  const base = `http://localhost:${PORT}`;
  const headers: Record<string, string> = {
    "Next-Action": serverActionId(file, name),
    "Content-Type": "text/plain;charset=UTF-8",
    Accept: "text/x-component",
    Origin: base,
    "X-Forwarded-For": ip,
  };
  if (cookie) headers.Cookie = cookie;
  return fetch(`${base}${pathName}`, { method: "POST", redirect: "manual", headers, body: JSON.stringify(args), signal: AbortSignal.timeout(30_000) });
}

/** The password step, as the login form posts it (app/api/login/route.ts). */
function login(email: string, password: string, ip: string): Promise<Response> {
  const base = `http://localhost:${PORT}`;
  const headers = { "Content-Type": "application/json", Origin: base, "X-Forwarded-For": ip };
  return fetch(`${base}/api/login`, { method: "POST", redirect: "manual", headers, body: JSON.stringify({ email, password }), signal: AbortSignal.timeout(30_000) });
}
const forgot = (email: string, ip: string) => post("/forgot-password", "lib/actions/password-reset.ts", "forgotPasswordAction", [{ email }], ip);

/**
 * The authenticator's code for the first time step the account has not used yet. The server
 * takes one step either side of its own; a later one than that, the user (and this test)
 * waits for, as they would for the next code on the phone.
 */
async function freshCode(person: Person): Promise<string> {
  const { totpLastUsedStep } = await client.user.findUniqueOrThrow({ where: { id: person.id }, select: { totpLastUsedStep: true } });
  const step = Math.max(stepAt(Date.now()), (totpLastUsedStep ?? -1) + 1);
  const wait = (step - 1) * 30_000 - Date.now();
  if (wait > 0) await sleep(wait + 100);
  return totpAt(person.key ?? "", step * 30_000);
}
async function secondStep(person: Person, ip: string, cookie: string): Promise<Response> {
  return post("/login/verify", "lib/actions/sign-in.ts", "secondStepAction", [{ code: await freshCode(person) }], ip, cookie);
}

const cookiesOf = (response: Response) => response.headers.getSetCookie().map((line) => line.split(";")[0] ?? "").filter(Boolean).join("; ");
const errorOf = (body: string) => /"error":"([A-Za-z.]+)"/.exec(body)?.[1] ?? null;
const hasSession = (cookie: string) => /session-token(\.\d+)?=./.test(cookie);

test("SIGKILL during a burst of sign-ins leaves nothing behind that blocks anyone", async () => {
  // Each person signs in from an address of their own: the per-IP counters are theirs too.
  let n = 0;
  const ipFor = () => `10.77.${Math.floor(++n / 250)}.${(n % 250) + 1}`;
  const people = async (kind: Kind, count: number, mfa: boolean) =>
    Promise.all(Array.from({ length: count }, async () => ({ kind, person: await createPerson({ label: `kill-${kind}`, mfa, client }), ip: ipFor() })));
  const groups = [
    ...(await people("plain", 6, false)),
    ...(await people("mfa", 6, true)),
    ...(await people("verify", 4, true)),
    ...(await people("wrong", 3, true)),
    ...(await people("reset", 3, false)),
  ];
  const WRONG_PER_PERSON = 3;

  const first = await startOne();
  const firstPid = first.pid ?? 0;
  expect(firstPid).toBeGreaterThan(0);
  if (sqliteFile) expect(fs.readFileSync(`${sqliteFile}.lock`, "utf8")).toBe(String(firstPid));

  // "verify": people who passed the password step already and send their second step in the burst.
  const challengeCookies = new Map<Person, string>();
  for (const { person, ip } of groups.filter((group) => group.kind === "verify")) {
    const step = await login(person.email, person.password, ip);
    expect(errorOf(await step.text())).toBeNull();
    challengeCookies.set(person, cookiesOf(step));
  }

  // The burst, all at once; the process dies as soon as the first answer is back.
  const sent: Sent[] = [];
  let killedAt = 0;
  const kill = () => {
    if (killedAt) return;
    killedAt = Date.now();
    process.kill(firstPid, "SIGKILL");
  };
  const requests = groups.flatMap(({ kind, person, ip }) => {
    const one = (make: () => Promise<Response>) => {
      const entry: Sent = { kind, person, ip, status: null, error: null };
      sent.push(entry);
      return (async () => {
        try {
          const response = await make();
          // The body is the answer: the headers may come before the server has finished.
          const body = await response.text();
          entry.status = response.status;
          entry.error = errorOf(body);
          kill();
        } catch {
          // Cut off by the kill (before the headers or in the middle of the body): the status stays null.
        }
      })();
    };
    if (kind === "wrong") return Array.from({ length: WRONG_PER_PERSON }, (_, i) => one(() => login(person.email, `niet het wachtwoord ${i}`, ip)));
    if (kind === "reset") return [one(() => forgot(person.email, ip))];
    if (kind === "verify") return [one(() => secondStep(person, ip, challengeCookies.get(person) ?? ""))];
    return [one(() => login(person.email, person.password, ip))];
  });
  const safety = setTimeout(kill, 15_000);
  await Promise.all(requests);
  clearTimeout(safety);
  expect(await first.stop()).toEqual({ code: null, signal: "SIGKILL" });

  const answered = sent.filter((entry) => entry.status !== null);
  const cutOff = sent.filter((entry) => entry.status === null);
  // Not vacuous: the kill fell in the middle of the burst.
  expect(answered.length).toBeGreaterThan(0);
  expect(cutOff.length).toBeGreaterThan(0);
  // What did come back was a proper answer, never a 5xx.
  for (const entry of answered) {
    expect(entry.status).toBe(200);
    expect(entry.error, entry.kind).toBe(entry.kind === "wrong" ? "auth.login.invalidCredentials" : null);
  }
  console.log(`fault-sigkill: ${sent.length} requests, ${answered.length} answered, ${cutOff.length} cut off by the SIGKILL`);

  // The dead process's rows, before anything else touches them.
  const failuresTo = (person: Person) => sent.filter((entry) => entry.person === person && entry.kind === "wrong");
  const passwordKinds: Kind[] = ["plain", "mfa", "wrong"];
  const attemptsTo = (person: Person) => sent.filter((entry) => entry.person === person && passwordKinds.includes(entry.kind));
  for (const { kind, person, ip } of groups) {
    const account = await client.rateLimit.findUnique({ where: { key: `login:account:${person.email}` } });
    const perIp = await client.rateLimit.findUnique({ where: { key: `login:ip:${ip}` } });
    // Never more than what was sent, never at a limit.
    expect(account?.count ?? 0).toBeLessThanOrEqual(attemptsTo(person).length);
    expect(perIp?.count ?? 0).toBeLessThanOrEqual(attemptsTo(person).length);
    expect(account?.count ?? 0).toBeLessThan(limits.passwordPerAccount.limit);
    expect(perIp?.count ?? 0).toBeLessThan(limits.passwordPerIp.limit);
    expect(account?.lockedUntil ?? null).toBeNull();
    // A failure that was answered as one was counted: the counters did see the burst.
    if (kind === "wrong") {
      const answeredFailures = failuresTo(person).filter((entry) => entry.status !== null).length;
      expect(perIp?.count ?? 0).toBeGreaterThanOrEqual(answeredFailures);
      expect(account?.count ?? 0).toBeGreaterThanOrEqual(answeredFailures);
    }
    // A second step cut off between counting its attempt and clearing it leaves one behind, no more.
    const user = await client.user.findUniqueOrThrow({ where: { id: person.id } });
    expect(user.secondFactorFailures).toBeLessThanOrEqual(kind === "verify" ? 1 : 0);
    expect(user.secondFactorLockedUntil).toBeNull();
    const challenges = await client.loginChallenge.findMany({ where: { userId: person.id } });
    expect(challenges.length).toBeLessThanOrEqual(1);
    for (const challenge of challenges) expect(challenge.failedAttempts).toBeLessThanOrEqual(kind === "verify" ? 1 : 0);
  }
  expect(await client.rateLimit.count({ where: { key: { startsWith: "login:device:" } } })).toBe(0);
  const left = await client.rateLimit.findMany({ select: { key: true, count: true } });
  const challenges = await client.loginChallenge.findMany({ select: { completedAt: true, secondFactorAt: true } });
  console.log(
    `fault-sigkill: after the kill, counters ${left.map((row) => `${row.key.replace(/@.*|\d+\.\d+$/, "…")}=${row.count}`).join(" ")}; ` +
      `challenges ${challenges.length} (${challenges.filter((c) => c.secondFactorAt).length} passed, ${challenges.filter((c) => c.completedAt).length} completed); ` +
      `second-factor failures left ${(await client.user.findMany({ where: { id: { in: groups.map((g) => g.person.id) } }, select: { secondFactorFailures: true } })).map((u) => u.secondFactorFailures).join("")}; ` +
      `authenticator steps claimed ${await client.user.count({ where: { id: { in: groups.map((g) => g.person.id) }, totpLastUsedStep: { not: null } } })}`,
  );

  // A new process on the same database, on the same port; on SQLite it takes over the dead one's lock.
  if (sqliteFile) expect(fs.readFileSync(`${sqliteFile}.lock`, "utf8")).toBe(String(firstPid));
  const second = await startOne();
  if (sqliteFile) expect(fs.readFileSync(`${sqliteFile}.lock`, "utf8")).toBe(String(second.pid));

  // The browsers whose second step was cut off send it again on the same challenge: it goes
  // through, unless the killed request had already passed it (then: back to the password step).
  for (const { person, ip } of groups.filter((group) => group.kind === "verify")) {
    const before = await client.loginChallenge.findFirstOrThrow({ where: { userId: person.id }, orderBy: { createdAt: "desc" } });
    const again = await secondStep(person, ip, challengeCookies.get(person) ?? "");
    const error = errorOf(await again.text());
    if (before.secondFactorAt === null) {
      expect(error, `${person.email} retries its second step`).toBeNull();
      expect(hasSession(cookiesOf(again))).toBe(true);
    } else {
      expect(error, `${person.email}: its challenge was passed before the kill`).toBe("auth.verify.expired");
    }
  }

  // Everyone signs in fully, each from the same address as in the burst.
  for (const { kind, person, ip } of groups) {
    const step = await login(person.email, person.password, ip);
    const stepBody = await step.text();
    expect(step.status, `${kind} ${person.email}: ${stepBody.slice(0, 300)}`).toBe(200);
    expect(errorOf(stepBody), `${kind} ${person.email}`).toBeNull();
    let cookie = cookiesOf(step);
    if (person.key) {
      expect(stepBody).toContain("/login/verify");
      expect(hasSession(cookie)).toBe(false);
      const verify = await secondStep(person, ip, cookie);
      const verifyBody = await verify.text();
      expect(errorOf(verifyBody), `${kind} ${person.email}: ${verifyBody.slice(0, 300)}`).toBeNull();
      cookie = cookiesOf(verify);
    }
    expect(hasSession(cookie), `${kind} ${person.email} has a session`).toBe(true);
    const home = await fetch(`${second.url}/dashboard`, { headers: { Cookie: cookie }, redirect: "manual" });
    expect(home.status, `${kind} ${person.email} is signed in`).toBe(200);

    // After the success: the account's failures are cleared; the address keeps only failures
    // sent, plus at most the correct attempts the kill cut off (reserved, never given back).
    const account = await client.rateLimit.findUnique({ where: { key: `login:account:${person.email}` } });
    expect(account).toBeNull();
    const perIp = await client.rateLimit.findUnique({ where: { key: `login:ip:${ip}` } });
    const leakedReservations = sent.filter((entry) => entry.person === person && (entry.kind === "plain" || entry.kind === "mfa") && entry.status === null).length;
    expect(perIp?.count ?? 0).toBeLessThanOrEqual(failuresTo(person).length + leakedReservations);
    expect(await client.activityEvent.count({ where: { userId: person.id, type: "LOGIN_SUCCEEDED" } })).toBeGreaterThanOrEqual(1);
    const user = await client.user.findUniqueOrThrow({ where: { id: person.id } });
    expect(user.secondFactorFailures).toBe(0);
  }

  // A password reset asked for again works: one unused token, and its mail in the outbox.
  for (const { person, ip } of groups.filter((group) => group.kind === "reset")) {
    const response = await forgot(person.email, ip);
    const body = await response.text();
    expect(response.status).toBe(200);
    expect(errorOf(body), body.slice(0, 300)).toBeNull();
    await expect.poll(() => client.emailToken.count({ where: { userId: person.id, purpose: "PASSWORD_RESET", usedAt: null } })).toBe(1);
    await expect.poll(() => client.outboxMail.count({ where: { to: person.email } })).toBeGreaterThanOrEqual(1);
  }

  expect(second.log()).not.toMatch(/"level":"error"/);
});
