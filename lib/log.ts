import { log as write, type LogFields } from "@/server/log.mjs";

/**
 * The app's logger (format and redaction: server/log.mjs, shared with the HTTP entry).
 * `event` is a fixed dotted name ("mailer.outbox", "login.unknownAddress"); fields are plain
 * values, and any whose name looks like a secret (password, code, token, email…) is
 * replaced before it is written. Every line carries the request's id (x-request-id).
 */
export type { LogFields };

export const logger = {
  debug: (event: string, fields?: LogFields) => write("debug", event, fields),
  info: (event: string, fields?: LogFields) => write("info", event, fields),
  warn: (event: string, fields?: LogFields) => write("warn", event, fields),
  error: (event: string, fields?: LogFields) => write("error", event, fields),
};

/** The name of an error, never its message: messages can carry what a user typed. */
export function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}
