import fs from "node:fs";
import { env } from "@/lib/env";

/**
 * The time the product decides deadlines by (mandatory MFA's deadline, its reminders,
 * remembered devices). Real time, except in browser tests of the running app, where
 * TEST_CLOCK_FILE holds an offset in milliseconds that the test moves forward: the
 * server then sees days pass without anyone sleeping. lib/env.ts refuses it on https.
 */
let cachedOffset: { file: string; mtimeMs: number; offsetMs: number } | undefined;

function offsetMs(): number {
  const file = env().TEST_CLOCK_FILE;
  if (!file) return 0;
  let mtimeMs: number;
  try {
    mtimeMs = fs.statSync(file).mtimeMs;
  } catch {
    return 0; // no file yet: no offset
  }
  if (cachedOffset?.file === file && cachedOffset.mtimeMs === mtimeMs) return cachedOffset.offsetMs;
  const value = Number(fs.readFileSync(file, "utf8").trim());
  cachedOffset = { file, mtimeMs, offsetMs: Number.isFinite(value) ? value : 0 };
  return cachedOffset.offsetMs;
}

export function now(): Date {
  return new Date(Date.now() + offsetMs());
}
