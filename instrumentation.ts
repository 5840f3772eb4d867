import type { reportRequestError } from "@/lib/errors/request-error";

/*
 * Next loads this file for the Node.js and the edge runtime. Everything it uses is imported
 * inside a `NEXT_RUNTIME === "nodejs"` branch, which the edge build drops: the logger and
 * the database client use Node.js APIs (process.stdout, node:crypto) that the edge runtime
 * lacks, and a top-level import made every build and `npm run dev` warn about them.
 */

// Loaded by register(), so that onRequestError can run synchronously: the 503 decision in
// server/index.mjs is taken when the error page's status is written.
let report: typeof reportRequestError | undefined;

/** Next calls this for every error a page, route handler or action did not handle. */
export function onRequestError(error: unknown, request: { path: string; method: string }): void {
  report?.(error, request);
}

/**
 * Once per server process. Mandatory MFA's reminder mails (issue 14) are sent by a timer
 * in every Node.js instance; the job claims each mail, so several instances send it once.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    ({ reportRequestError: report } = await import("@/lib/errors/request-error"));
    const { startDeadlineReminders } = await import("@/lib/company/mfa-deadline-schedule");
    startDeadlineReminders();
  }
}
