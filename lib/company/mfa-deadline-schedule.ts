import { env } from "@/lib/env";
import { errorName, logger } from "@/lib/log";
import { sendDeadlineReminders } from "./mfa-deadline-reminders";

/**
 * Runs the deadline reminders every MFA_REMINDER_INTERVAL_MS in this server process
 * (started by instrumentation.ts). A run never overlaps the previous one, a failure is
 * logged and the next run tries again, and the timer never keeps the process alive.
 */
const started = Symbol.for("tweestap.mfaDeadlineReminders");
type Flagged = typeof globalThis & { [started]?: boolean };

export function startDeadlineReminders(): void {
  const global = globalThis as Flagged;
  // Development reloads modules; one timer per process is enough.
  if (global[started]) return;
  global[started] = true;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const sent = await sendDeadlineReminders();
      if (sent > 0) logger.info("deadlineReminders.sent", { count: sent });
    } catch (error) {
      logger.error("deadlineReminders.runFailed", { error: errorName(error) });
    } finally {
      running = false;
    }
  };
  let interval: number;
  try {
    interval = env().MFA_REMINDER_INTERVAL_MS;
  } catch (error) {
    logger.error("deadlineReminders.notStarted", { error: errorName(error) });
    return;
  }
  setInterval(() => void tick(), interval).unref();
  void tick();
}
