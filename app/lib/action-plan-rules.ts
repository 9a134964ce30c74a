/**
 * A partnership's action plan (issue 12), reported and accepted like assignments (R4, 3.2 г; 3.4 в): the
 * responsible party reports progress and marks an item done, the parties' heads accept it or return it. Where an
 * item stands on a day in the partnership's timezone, which step each status allows, and the progress picture.
 * Pure.
 */
import type { ActionPlanReportKind, ActionPlanStatus } from "./action-plan-kinds";
import { isPastDue } from "./due-rules";
import type { LocalDate } from "./zoned-time";

/** Where an item stands for the reader: the stored status, with unfinished items past their day shown overdue. */
export const actionPlanStates = ["planned", "in_progress", "overdue", "done", "accepted"] as const;
export type ActionPlanState = (typeof actionPlanStates)[number];

/** Not yet reported done: what still runs against its due day (overdue, reminders). */
export function isUnfinished(status: ActionPlanStatus): boolean {
  return status === "planned" || status === "in_progress";
}

/** R4 (3.4 в), as for assignments: planned or in progress and past its due day is overdue. */
export function actionPlanState(
  item: { status: ActionPlanStatus; dueOn: LocalDate },
  today: LocalDate,
): ActionPlanState {
  if (isUnfinished(item.status) && isPastDue(item.dueOn, today)) return "overdue";
  return item.status;
}

/** The step a report makes, from the status it needs to the status it leaves; null when the status forbids it. */
export function statusAfter(status: ActionPlanStatus, step: ActionPlanReportKind): ActionPlanStatus | null {
  switch (step) {
    // The responsible party reports while the item is unfinished; a first report starts it.
    case "progress":
      return status === "planned" || status === "in_progress" ? "in_progress" : null;
    case "done":
      return status === "planned" || status === "in_progress" ? "done" : null;
    // The heads decide only on an item marked done: accepted, or returned to work.
    case "accepted":
      return status === "done" ? "accepted" : null;
    case "returned":
      return status === "done" ? "in_progress" : null;
  }
}

export interface PartyProgress {
  sideId: number;
  counts: Record<ActionPlanState, number>;
  total: number;
}

/** The progress picture: for each party, in its order, how many of its items stand in each state on `today`. */
export function progressByParty(
  parties: readonly { id: number }[],
  items: readonly { responsibleSideId: number; status: ActionPlanStatus; dueOn: LocalDate }[],
  today: LocalDate,
): PartyProgress[] {
  return parties.map((party) => {
    const counts = Object.fromEntries(actionPlanStates.map((s) => [s, 0])) as Record<ActionPlanState, number>;
    const own = items.filter((i) => i.responsibleSideId === party.id);
    for (const item of own) counts[actionPlanState(item, today)] += 1;
    return { sideId: party.id, counts, total: own.length };
  });
}

/** An item's number as the plan writes it: «1», «2.3», «4.1.2». */
export function isItemNumber(value: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){0,3}$/.test(value);
}

/** Items in the plan's order: 2 before 10, 2.3 before 2.10. */
export function compareItemNumbers(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}
