// The words of a partnership's action plan (issue 12), reported and accepted like assignments (R4).

/**
 * Stored: planned (not begun), in_progress (a party has reported progress), done (the responsible party says so,
 * awaiting acceptance), accepted. Returned items go back to in_progress; "overdue" is computed from the due date.
 */
export const actionPlanStatuses = ["planned", "in_progress", "done", "accepted"] as const;
export type ActionPlanStatus = (typeof actionPlanStatuses)[number];

export const actionPlanReportKinds = ["progress", "done", "accepted", "returned"] as const;
export type ActionPlanReportKind = (typeof actionPlanReportKinds)[number];
