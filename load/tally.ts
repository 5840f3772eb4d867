/**
 * What the generator saw, kept per kind of request (for the table) and per account (for
 * the checks against the database afterwards).
 */
export const KINDS = [
  "sign-in",
  "MFA password step",
  "MFA second step",
  "replayed code",
  "wrong password",
  "/dashboard",
  "/account",
  "activity CSV",
] as const;
export type Kind = (typeof KINDS)[number];

export type Tally = {
  latencies: Record<Kind, number[]>;
  /** Answers other than the kind's expected one, by kind and what came instead. */
  unexpected: Map<string, number>;
  serverErrors: number;
  networkErrors: number;
  /** Sign-ins that set a session cookie, per account (with or without MFA). */
  signIns: Map<string, number>;
  /** Wrong passwords sent, per account (each account has its own address). */
  failures: Map<string, number>;
  /** Replayed codes sent, per account. */
  replays: Map<string, number>;
  /** Accepted second steps per `email@step`: more than one is a code accepted twice. */
  acceptedSteps: Map<string, number>;
};

export function newTally(): Tally {
  const latencies = Object.fromEntries(KINDS.map((kind) => [kind, [] as number[]])) as Record<Kind, number[]>;
  return {
    latencies,
    unexpected: new Map(),
    serverErrors: 0,
    networkErrors: 0,
    signIns: new Map(),
    failures: new Map(),
    replays: new Map(),
    acceptedSteps: new Map(),
  };
}

export function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** Records one answer; `expected` says whether it was the answer this kind should get. */
export function record(tally: Tally, kind: Kind, reply: { status: number; ms: number; error: string | null }, expected: boolean): void {
  tally.latencies[kind].push(reply.ms);
  if (reply.status >= 500) tally.serverErrors++;
  if (!expected) bump(tally.unexpected, `${kind}: HTTP ${reply.status}${reply.error ? ` ${reply.error}` : ""}`);
}
