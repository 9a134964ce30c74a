import { eq, inArray } from "drizzle-orm";
import type { Services } from "../../../app/context";
import { isUnfinished } from "../../../app/lib/action-plan-rules";
import { bodies, type Body } from "../../schema/bodies";
import { actionPlanItems, type ActionPlanItem } from "../../schema/partnerships";
import { sendOnceReminders, type OnceReminders } from "../once-reminders";
import { notifyActionPlan } from "./notify";

type OpenItem = { item: ActionPlanItem; body: Body };

/** Issue 12, as for assignments (R4): an unfinished item's reminders go to the responsible party's people. */
const actionPlanReminders: OnceReminders<OpenItem> = {
  candidates: (db) =>
    db
      .select({ item: actionPlanItems, body: bodies })
      .from(actionPlanItems)
      .innerJoin(bodies, eq(bodies.id, actionPlanItems.bodyId))
      .where(inArray(actionPlanItems.status, ["planned", "in_progress"]))
      .all()
      .map((row) => ({ row, timeZone: row.body.timezone })),
  reload: (tx, { item, body }) => ({
    item: tx.select().from(actionPlanItems).where(eq(actionPlanItems.id, item.id)).get()!,
    body,
  }),
  work: ({ item }) => ({ ...item, unfinished: isUnfinished(item.status) }),
  notify: (services, tx, { item, body }, kind, now) => notifyActionPlan(services, tx, body, item, kind, now),
  mark: (tx, { item }, stamps) => tx.update(actionPlanItems).set(stamps).where(eq(actionPlanItems.id, item.id)).run(),
  audit: ({ item, body }, kind, recipients) => ({
    action: "action_plan.reminded",
    subjectType: "action_plan_item",
    subjectId: item.id,
    details: { bodyId: body.id, kind, recipients },
  }),
};

/**
 * A reminder 3 days before an item's due day and one when it is overdue (days in the partnership's timezone), each
 * once. Returns how many letters were queued.
 */
export function sendActionPlanReminders(services: Services, now = new Date()): number {
  return sendOnceReminders(services, actionPlanReminders, now);
}
