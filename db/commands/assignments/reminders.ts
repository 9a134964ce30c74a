import { eq } from "drizzle-orm";
import type { Services } from "../../../app/context";
import { reminderDue } from "../../../app/lib/assignment-rules";
import { appendAudit } from "../../audit";
import { writeTransaction } from "../../client";
import { assignments } from "../../schema/assignments";
import { bodies } from "../../schema/bodies";
import { notifyAssignees } from "./notify";

/**
 * R4 (3.4 в): a reminder before the due day (3 days ahead, in the body's timezone) and one when overdue, each
 * once: the instant it went is stored with the letters, in one transaction. Returns how many letters were queued.
 */
export function sendAssignmentReminders(services: Services, now = new Date()): number {
  const open = services.db
    .select({ assignment: assignments, body: bodies })
    .from(assignments)
    .innerJoin(bodies, eq(bodies.id, assignments.bodyId))
    .where(eq(assignments.status, "open"))
    .all();
  let sent = 0;
  for (const { assignment, body } of open) {
    if (!reminderDue(assignment, now, body.timezone)) continue;
    sent += writeTransaction(services.db, (tx) => {
      const fresh = tx.select().from(assignments).where(eq(assignments.id, assignment.id)).get()!;
      const kind = reminderDue(fresh, now, body.timezone);
      if (!kind) return 0;
      const recipients = notifyAssignees(services, tx, fresh, body, kind, now);
      // An overdue assignment no longer needs its "due soon" letter: both are marked as gone.
      tx.update(assignments)
        .set(
          kind === "overdue"
            ? { remindedOverdueAt: now, remindedDueSoonAt: fresh.remindedDueSoonAt ?? now }
            : { remindedDueSoonAt: now },
        )
        .where(eq(assignments.id, assignment.id))
        .run();
      appendAudit(
        tx,
        null,
        {
          action: "assignment.reminded",
          subjectType: "assignment",
          subjectId: assignment.id,
          details: { kind, recipients },
        },
        now,
      );
      return recipients;
    });
  }
  if (sent > 0) services.mail.kick();
  return sent;
}
