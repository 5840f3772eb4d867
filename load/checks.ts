/**
 * The checks after the run: what the generator saw against what the database holds and
 * what the instances logged. Each returns a line for the table; any `ok: false` fails the run.
 */
import { db } from "../lib/db/client";
import type { Accounts } from "./accounts";
import type { Tally } from "./tally";

export type Check = { name: string; ok: boolean; detail: string };

/** Counts per email of one activity type, for the given accounts. */
async function activityPerEmail(type: string, emails: string[]): Promise<Map<string, number>> {
  const users = await db.user.findMany({ where: { email: { in: emails } }, select: { id: true, email: true } });
  const emailOf = new Map(users.map((user) => [user.id, user.email]));
  const rows = await db.activityEvent.groupBy({ by: ["userId"], where: { type, userId: { in: [...emailOf.keys()] } }, _count: { _all: true } });
  return new Map(rows.map((row) => [emailOf.get(row.userId!)!, row._count._all]));
}

/** Accounts where the database's count differs from the generator's, as "email: db vs sent". */
function differences(emails: string[], expected: Map<string, number>, actual: Map<string, number>): string[] {
  return emails
    .filter((email) => (expected.get(email) ?? 0) !== (actual.get(email) ?? 0))
    .map((email) => `${email}: ${actual.get(email) ?? 0} vs ${expected.get(email) ?? 0}`);
}

function compared(name: string, total: number, wrong: string[]): Check {
  return { name, ok: wrong.length === 0, detail: wrong.length ? `${wrong.length} accounts differ (db vs sent), e.g. ${wrong.slice(0, 3).join("; ")}` : `${total} matched` };
}

const sum = (map: Map<string, number>) => [...map.values()].reduce((a, b) => a + b, 0);

export async function databaseChecks(accounts: Accounts, tally: Tally): Promise<Check[]> {
  const signingIn = [...accounts.plain, ...accounts.mfa.map((account) => account.email)];
  const failing = accounts.failing.map((account) => account.email);
  const succeeded = await activityPerEmail("LOGIN_SUCCEEDED", [...signingIn, ...failing]);
  const failedRows = await activityPerEmail("LOGIN_FAILED", [...signingIn, ...failing]);
  const secondFactorFailed = await activityPerEmail("SECOND_FACTOR_FAILED", signingIn);
  const counters = new Map((await db.rateLimit.findMany({ where: { key: { startsWith: "login:" } } })).map((row) => [row.key, row.count]));
  const accountCounters = new Map(accounts.failing.map((account) => [account.email, counters.get(`login:account:${account.email}`) ?? 0]));
  const ipCounters = new Map(accounts.failing.map((account) => [account.email, counters.get(`login:ip:${account.ip}`) ?? 0]));
  // Sign-ins come from fresh 10.1.x / 10.4.x addresses: a success gives its reserved attempt back.
  const leftOnSuccess = [...counters].filter(([key, count]) => /^login:ip:10\.[14]\./.test(key) && count !== 0).length;
  const twice = [...tally.acceptedSteps].filter(([, count]) => count > 1).length;
  const replaysSent = sum(tally.replays);
  return [
    compared("one LOGIN_SUCCEEDED row per sign-in seen", sum(tally.signIns), differences([...signingIn, ...failing], tally.signIns, succeeded)),
    compared("LOGIN_FAILED rows = wrong passwords sent", sum(tally.failures), differences([...signingIn, ...failing], tally.failures, failedRows)),
    compared("login:account counters = failures sent", sum(tally.failures), differences(failing, tally.failures, accountCounters)),
    compared("login:ip counters = failures sent", sum(tally.failures), differences(failing, tally.failures, ipCounters)),
    { name: "sign-in addresses' counters back to 0", ok: leftOnSuccess === 0, detail: leftOnSuccess ? `${leftOnSuccess} addresses still count an attempt` : "all released" },
    { name: "no TOTP step accepted twice", ok: twice === 0, detail: `${tally.acceptedSteps.size} steps accepted, ${twice} twice; ${replaysSent} replays sent` },
    compared("SECOND_FACTOR_FAILED rows = replays sent", replaysSent, differences(signingIn, tally.replays, secondFactorFailed)),
  ];
}

/**
 * JSON lines at level "error", and plain lines that look like an error: Next prints its
 * own (an unhandled rejection, a stack trace) outside our logger. Its start-up lines are fine.
 */
export function logChecks(logs: string[]): Check[] {
  const lines = logs.flatMap((log) => log.split("\n")).filter((line) => line.trim() !== "");
  const errors: string[] = [];
  const stray: string[] = [];
  for (const line of lines) {
    try {
      const entry = JSON.parse(line) as { level?: string; event?: string };
      if (entry.level === "error") errors.push(entry.event ?? "?");
    } catch {
      if (/error|exception|unhandled|^\s+at\s/i.test(line)) stray.push(line);
    }
  }
  const matching = (pattern: RegExp) => lines.filter((line) => pattern.test(line)).length;
  const transactions = matching(/P2028|Transaction already closed|Transaction API error|timed out|timeout/i);
  const poolTimeouts = matching(/P2024/);
  const events = [...new Set(errors)].join(", ");
  return [
    { name: "no error lines in the logs", ok: errors.length === 0, detail: errors.length ? `${errors.length} (${events})` : `${lines.length} lines read` },
    { name: "no unhandled errors (plain lines)", ok: stray.length === 0, detail: stray.length ? `${stray.length}, first: ${stray[0]!.slice(0, 120)}` : "none" },
    { name: "no transaction past its limit", ok: transactions === 0 && poolTimeouts === 0, detail: `${transactions} transaction timeouts, ${poolTimeouts} pool timeouts (P2024)` },
  ];
}

export function responseChecks(tally: Tally): Check[] {
  const unexpected = [...tally.unexpected].map(([what, count]) => `${count}× ${what}`);
  return [
    { name: "zero 5xx responses", ok: tally.serverErrors === 0, detail: `${tally.serverErrors}` },
    { name: "no failed connections or timeouts", ok: tally.networkErrors === 0, detail: `${tally.networkErrors}` },
    { name: "every answer as expected", ok: unexpected.length === 0, detail: unexpected.length ? unexpected.slice(0, 4).join("; ") : "all" },
  ];
}
