// The words of execution control (R4): who an assignment is for, where it stands, what its history records.
export const assigneeKinds = ["member", "side", "organisation"] as const;
export type AssigneeKind = (typeof assigneeKinds)[number];

/** Stored: open (given, or returned), done (marked by the assignee, awaiting a co-chair), accepted. */
export const assignmentStatuses = ["open", "done", "accepted"] as const;
export type AssignmentStatus = (typeof assignmentStatuses)[number];

export const assignmentReportKinds = ["progress", "done", "accepted", "returned"] as const;
export type AssignmentReportKind = (typeof assignmentReportKinds)[number];
