import type { Services } from "../../app/context";
import { sendMaterialReminders } from "../../db/commands/meetings/reminders";

/** Looks for materials deadlines two days ahead every ten minutes (and once at start). */
export function startReminderJob(services: Services, everyMs = 10 * 60_000): NodeJS.Timeout {
  const run = () => {
    try {
      sendMaterialReminders(services);
    } catch (error) {
      console.error("materials reminders failed", error);
    }
  };
  run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return timer;
}
