import type { Services } from "../../app/context";
import { sendAssignmentReminders } from "../../db/commands/assignments/reminders";

/** Looks for assignments due soon or overdue every hour (and once at start). */
export function startAssignmentReminderJob(services: Services, everyMs = 60 * 60_000): NodeJS.Timeout {
  const run = () => {
    try {
      sendAssignmentReminders(services);
    } catch (error) {
      console.error("assignment reminders failed", error);
    }
  };
  run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return timer;
}
