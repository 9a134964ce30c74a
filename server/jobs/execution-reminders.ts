import type { Services } from "../../app/context";
import { sendAssignmentReminders } from "../../db/commands/assignments/reminders";
import { sendActionPlanReminders } from "../../db/commands/partnerships/reminders";

/**
 * Execution control's reminders (R4): assignments and action-plan items due soon or overdue, looked for every hour
 * (and once at start). One failing kind does not keep the other from going.
 */
export function startExecutionReminderJob(services: Services, everyMs = 60 * 60_000): NodeJS.Timeout {
  const run = () => {
    for (const [what, send] of [
      ["assignment", sendAssignmentReminders],
      ["action-plan", sendActionPlanReminders],
    ] as const) {
      try {
        send(services);
      } catch (error) {
        console.error(`${what} reminders failed`, error);
      }
    }
  };
  run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return timer;
}
