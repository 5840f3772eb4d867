import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { env, resetEnvCache } from "@/lib/env";
import { now } from "@/lib/clock";

/*
 * lib/clock.ts, the time mandatory MFA's deadline and its reminders go by (issue 14): real
 * time, plus the offset in TEST_CLOCK_FILE for browser tests, which an https site refuses.
 * MFA_REMINDER_INTERVAL_MS, the reminder job's period, has a floor and a default.
 */
const saved = { ...process.env };

afterEach(() => {
  process.env = { ...saved };
  resetEnvCache();
});

function configure(values: Record<string, string | undefined>) {
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  resetEnvCache();
}

describe("lib/clock.ts", () => {
  it("adds the offset written in TEST_CLOCK_FILE, and none without the file", () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "clock-")), "offset.txt");
    configure({ TEST_CLOCK_FILE: file });
    expect(Math.abs(now().getTime() - Date.now())).toBeLessThan(1000);
    fs.writeFileSync(file, String(8 * 24 * 60 * 60_000));
    expect(now().getTime() - Date.now()).toBeGreaterThan(8 * 24 * 60 * 60_000 - 1000);
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });

  it("refuses TEST_CLOCK_FILE on an https site, naming the variable", () => {
    configure({ TEST_CLOCK_FILE: "/tmp/clock.txt", APP_URL: "https://tweestap.example" });
    expect(() => env()).toThrow(/TEST_CLOCK_FILE: is for local browser tests only/);
  });

  it("runs the reminder job hourly unless told otherwise, and never more often than every 200 ms", () => {
    configure({ MFA_REMINDER_INTERVAL_MS: undefined });
    expect(env().MFA_REMINDER_INTERVAL_MS).toBe(3_600_000);
    configure({ MFA_REMINDER_INTERVAL_MS: "300" });
    expect(env().MFA_REMINDER_INTERVAL_MS).toBe(300);
    configure({ MFA_REMINDER_INTERVAL_MS: "50" });
    expect(() => env()).toThrow(/MFA_REMINDER_INTERVAL_MS/);
  });
});
