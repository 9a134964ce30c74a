import { eq } from "drizzle-orm";
import type { Services } from "../../../app/context";
import { assignments, type Assignment } from "../../schema/assignments";
import { bodies, type Body } from "../../schema/bodies";
import { sendOnceReminders, type OnceReminders } from "../once-reminders";
import { notifyAssignees } from "./notify";

type OpenAssignment = { assignment: Assignment; body: Body };

/** R4 (3.4 в): an open assignment's reminders go to everyone it names now. */
const assignmentReminders: OnceReminders<OpenAssignment> = {
  candidates: (db) =>
    db
      .select({ assignment: assignments, body: bodies })
      .from(assignments)
      .innerJoin(bodies, eq(bodies.id, assignments.bodyId))
      .where(eq(assignments.status, "open"))
      .all()
      .map((row) => ({ row, timeZone: row.body.timezone })),
  reload: (tx, { assignment, body }) => ({
    assignment: tx.select().from(assignments).where(eq(assignments.id, assignment.id)).get()!,
    body,
  }),
  work: ({ assignment }) => ({ ...assignment, unfinished: assignment.status === "open" }),
  notify: (services, tx, { assignment, body }, kind, now) => notifyAssignees(services, tx, assignment, body, kind, now),
  mark: (tx, { assignment }, stamps) =>
    tx.update(assignments).set(stamps).where(eq(assignments.id, assignment.id)).run(),
  audit: ({ assignment }, kind, recipients) => ({
    action: "assignment.reminded",
    subjectType: "assignment",
    subjectId: assignment.id,
    details: { kind, recipients },
  }),
};

/**
 * R4 (3.4 в): a reminder before the due day (3 days ahead, in the body's timezone) and one when overdue, each
 * once (db/commands/once-reminders.ts). Returns how many letters were queued.
 */
export function sendAssignmentReminders(services: Services, now = new Date()): number {
  return sendOnceReminders(services, assignmentReminders, now);
}
