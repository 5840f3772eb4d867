/**
 * The mixed workload: `concurrency` workers, each looping until the deadline over a weighted
 * choice of flows. Requests alternate between the instances; an MFA sign-in does its second
 * step on the other instance than its password step, as behind a load balancer.
 */
import { currentTimeStep, generateTotpCode } from "../lib/mfa/totp";
import type { Accounts, MfaAccount } from "./accounts";
import { getPage, passwordStep, secondStep, type ActionIds, type Reply } from "./http";
import { bump, record, type Tally } from "./tally";

export type Target = { urls: string[]; ids: ActionIds; accounts: Accounts };
// Out of 100. Sign-ins cost an argon2 verification each; pages and the CSV are cheap.
const WEIGHTS = { signIn: 25, mfa: 15, wrongPassword: 15, dashboard: 15, account: 15, csv: 15 };
// Below the account lock (10 per 15 minutes): the counters must equal what was sent.
const MAX_FAILURES_PER_ACCOUNT = 8;
// Each replay is a failed code on the account; its lock is at 10.
const MAX_REPLAYS_PER_ACCOUNT = 2;
const REPLAY_SHARE = 0.25;
const SESSIONS_KEPT = 50;

export async function runWorkload({ urls, ids, accounts }: Target, tally: Tally, seconds: number, concurrency: number): Promise<number> {
  // Round-robin positions: over the instances, the fresh addresses and each account pool.
  const next = { url: 0, address: 0, plain: 0, failing: 0, mfa: 0 };
  const sessions: string[] = [];
  const busy = new Set<string>();
  const lastStep = new Map<string, number>();
  const nextUrl = () => urls[next.url++ % urls.length]!;
  // A fresh address per sign-in: its `login:ip:` counter must be back at zero afterwards.
  const freshAddress = (prefix: number) => `10.${prefix}.${Math.floor(next.address / 250) % 250}.${(next.address++ % 250) + 1}`;
  const keepSession = (session: string) => {
    if (sessions.length < SESSIONS_KEPT) sessions.push(session);
    else sessions[Math.floor(Math.random() * SESSIONS_KEPT)] = session;
  };

  async function signIn(): Promise<void> {
    const email = accounts.plain[next.plain++ % accounts.plain.length]!;
    const reply = await passwordStep(nextUrl(), email, accounts.password, freshAddress(1));
    record(tally, "sign-in", reply, reply.session !== null);
    if (!reply.session) return;
    bump(tally.signIns, email);
    keepSession(reply.session);
  }

  async function wrongPassword(): Promise<boolean> {
    for (let i = 0; i < accounts.failing.length; i++) {
      const account = accounts.failing[next.failing++ % accounts.failing.length]!;
      if ((tally.failures.get(account.email) ?? 0) >= MAX_FAILURES_PER_ACCOUNT) continue;
      bump(tally.failures, account.email);
      const reply = await passwordStep(nextUrl(), account.email, `${accounts.password}-fout`, account.ip);
      record(tally, "wrong password", reply, reply.error === "auth.login.invalidCredentials");
      return true;
    }
    return false;
  }

  /** An account whose last code was for an earlier step than now, so a fresh code exists. */
  function freeMfaAccount(): MfaAccount | undefined {
    const step = currentTimeStep();
    for (let i = 0; i < accounts.mfa.length; i++) {
      const account = accounts.mfa[(next.mfa + i) % accounts.mfa.length]!;
      if (!busy.has(account.email) && (lastStep.get(account.email) ?? -1) < step) {
        next.mfa += i + 1;
        return account;
      }
    }
    return undefined;
  }

  /** Password step on one instance, the code on the other; null when the step was refused. */
  async function mfaAttempt(account: MfaAccount, kind: "MFA second step" | "replayed code", code: string): Promise<Reply | null> {
    const ip = freshAddress(4);
    const first = nextUrl();
    const password = await passwordStep(first, account.email, accounts.password, ip);
    const challenged = password.session === null && password.error === null && password.cookies.length > 0;
    record(tally, "MFA password step", password, challenged);
    if (!challenged) return null;
    const second = urls[(urls.indexOf(first) + 1) % urls.length]!;
    const reply = await secondStep(second, ids, password.cookies, code, ip);
    record(tally, kind, reply, kind === "MFA second step" ? reply.session !== null : reply.session === null && reply.error !== null);
    return reply;
  }

  async function mfaSignIn(): Promise<boolean> {
    const account = freeMfaAccount();
    if (!account) return false;
    busy.add(account.email);
    try {
      const now = Date.now();
      const step = currentTimeStep(now);
      lastStep.set(account.email, step);
      const code = await generateTotpCode({ secret: account.secret, now });
      const reply = await mfaAttempt(account, "MFA second step", code);
      if (!reply?.session) return true;
      bump(tally.signIns, account.email);
      bump(tally.acceptedSteps, `${account.email}@${step}`);
      keepSession(reply.session);
      if (Math.random() < REPLAY_SHARE && (tally.replays.get(account.email) ?? 0) < MAX_REPLAYS_PER_ACCOUNT) {
        // The same code again, through a new password step: it must be refused as replayed.
        bump(tally.replays, account.email);
        const replay = await mfaAttempt(account, "replayed code", code);
        if (replay?.session) {
          bump(tally.signIns, account.email);
          bump(tally.acceptedSteps, `${account.email}@${step}`);
        }
      }
      return true;
    } finally {
      busy.delete(account.email);
    }
  }

  async function page(kind: "/dashboard" | "/account" | "activity CSV"): Promise<boolean> {
    const session = sessions[Math.floor(Math.random() * sessions.length)];
    if (!session) return false;
    const path = kind === "activity CSV" ? "/api/account/activity" : kind;
    const reply = await getPage(nextUrl(), path, session, freshAddress(3));
    record(tally, kind, reply, reply.status === 200 && (kind !== "activity CSV" || reply.contentType.startsWith("text/csv")));
    return true;
  }

  /** One weighted choice; a flow that cannot run now (no session yet, no fresh code) becomes a sign-in. */
  async function step(): Promise<void> {
    let pick = Math.random() * 100;
    const choose = (weight: number) => (pick -= weight) < 0;
    const done = choose(WEIGHTS.signIn)
      ? false
      : choose(WEIGHTS.mfa)
        ? await mfaSignIn()
        : choose(WEIGHTS.wrongPassword)
          ? await wrongPassword()
          : await page(choose(WEIGHTS.dashboard) ? "/dashboard" : choose(WEIGHTS.account) ? "/account" : "activity CSV");
    if (!done) await signIn();
  }

  const start = Date.now();
  const deadline = start + seconds * 1000;
  async function worker(): Promise<void> {
    while (Date.now() < deadline) {
      try {
        await step();
      } catch {
        // A refused connection or a timeout: counted, and the check on it fails the run.
        tally.networkErrors++;
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  return (Date.now() - start) / 1000;
}
