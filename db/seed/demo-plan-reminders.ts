import { and, eq, inArray } from "drizzle-orm";
import { reminderOwed, reminderStamps } from "../../app/lib/due-rules";
import type { Db } from "../client";
import { actionPlanItems, type Body } from "../schema";

/**
 * The demo's action plan starts with its reminders already sent, as they would have been (like its assignments'):
 * whatever is owed on the demo's day (the overdue item's letter) is marked as gone, so loading the demo and
 * starting the platform sends no plan reminders. Later days remind as usual.
 */
export function seedDemoPlanReminders(tx: Db, partnership: Body, now: Date): void {
  const unfinished = tx
    .select()
    .from(actionPlanItems)
    .where(and(eq(actionPlanItems.bodyId, partnership.id), inArray(actionPlanItems.status, ["planned", "in_progress"])))
    .all();
  for (const item of unfinished) {
    const kind = reminderOwed({ ...item, unfinished: true }, now, partnership.timezone);
    if (kind)
      tx.update(actionPlanItems)
        .set(reminderStamps(kind, item, now))
        .where(eq(actionPlanItems.id, item.id))
        .run();
  }
}
