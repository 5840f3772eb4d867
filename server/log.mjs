// One log format for the whole process, shared by the HTTP entry (plain Node) and the app
// (lib/log.ts): JSON lines in production, for log collectors; short readable lines in
// development. A line carries the request's id, so every line of one request can be found.
// Field names that hold secrets are never written, whatever a caller passes: codes,
// passwords, tokens and typed addresses must not reach a log (docs/SECURITY.md).
import { randomUUID } from "node:crypto";
import { AsyncLocalStorage } from "node:async_hooks";

// Next bundles lib/ into its own chunks, so this module may be loaded twice in one
// process; the request context must be one store, whichever copy asks.
const STORE_KEY = Symbol.for("tweestap.requestContext");
/** @type {AsyncLocalStorage<{ requestId: string; databaseUnavailable: boolean }>} */
const store = (globalThis[STORE_KEY] ??= new AsyncLocalStorage());

const LEVELS = new Set(["debug", "info", "warn", "error"]);
// Matched against a field's name, in lower case: such a value is replaced, never written.
const SECRET_NAME = /pass|secret|token|cookie|authori|apikey|api_key|otp|hash|code|^e?mail$|^email|^html$|^text$|^body$/;
// …except these, which only look like it.
const SAFE_NAMES = new Set(["statuscode"]);
const MAX_VALUE_LENGTH = 300;

/** A fresh id for one request: random, so a client can neither guess nor collide with another's. */
export function newRequestId() {
  return randomUUID();
}

/** Runs `work` with `requestId` as the id every log line inside it carries. */
export function withRequestId(requestId, work) {
  return store.run({ requestId, databaseUnavailable: false }, work);
}

/**
 * The request failed because the database is away (instrumentation.ts): its error answer
 * becomes 503, which tells a load balancer and a client to try again, instead of 500.
 */
export function markDatabaseUnavailable() {
  const context = store.getStore();
  if (context) context.databaseUnavailable = true;
}

export function databaseUnavailable() {
  return store.getStore()?.databaseUnavailable ?? false;
}

export function currentRequestId() {
  return store.getStore()?.requestId ?? null;
}

/** A link's path may carry a token (?token=…, /reset-password/…): only its origin stays. */
function scrub(value) {
  if (typeof value !== "string") return value;
  return value.replace(/(https?:\/\/[^/\s?#]+)[/?#]\S*/g, "$1/[…]").replace(/[\r\n\t]+/g, " ").slice(0, MAX_VALUE_LENGTH);
}

/** Only plain values, and none under a secret-looking name. */
export function safeFields(fields) {
  const safe = {};
  for (const [name, value] of Object.entries(fields ?? {})) {
    if (value === undefined) continue;
    if (SECRET_NAME.test(name.toLowerCase()) && !SAFE_NAMES.has(name.toLowerCase())) safe[name] = "[redacted]";
    else if (value === null || ["string", "number", "boolean"].includes(typeof value)) safe[name] = scrub(value);
    else safe[name] = `[${typeof value}]`;
  }
  return safe;
}

/** The line as it is written, without the newline. */
export function formatLogLine({ level, event, fields, requestId, time, production }) {
  const safe = safeFields(fields);
  if (production) {
    // The fixed keys come last, so no field can overwrite them.
    return JSON.stringify({ ...safe, time: time.toISOString(), level, requestId, event });
  }
  const details = Object.entries(safe).map(([name, value]) => `${name}=${typeof value === "string" && /\s/.test(value) ? JSON.stringify(value) : value}`);
  const id = requestId ? ` [${requestId.slice(0, 8)}]` : "";
  return `${time.toISOString().slice(11, 19)} ${level.padEnd(5)}${id} ${event}${details.length ? ` ${details.join(" ")}` : ""}`;
}

/** Writes one line: errors and warnings to stderr, the rest to stdout. */
export function log(level, event, fields) {
  const safeLevel = LEVELS.has(level) ? level : "info";
  const line = formatLogLine({
    level: safeLevel,
    event,
    fields,
    requestId: currentRequestId(),
    time: new Date(),
    production: process.env.NODE_ENV === "production",
  });
  (safeLevel === "error" || safeLevel === "warn" ? process.stderr : process.stdout).write(`${line}\n`);
}
