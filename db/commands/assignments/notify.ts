import type { Services } from "../../../app/context";
import { assignmentMail, type AssignmentMailKind } from "../../../app/lib/assignment-mail";
import { bodyTitle } from "../../../app/lib/body-rules";
import type { Db } from "../../client";
import { enqueueMail } from "../../outbox";
import type { Body } from "../../schema/bodies";
import type { Assignment } from "../../schema/assignments";
import { meetings } from "../../schema/meetings";
import { assigneeOfRow, assigneesOf } from "../../queries/assignments";
import { eq } from "drizzle-orm";

/** Queues, in the caller's transaction, a letter to everyone the assignment names now; returns how many. */
export function notifyAssignees(
  services: Services,
  tx: Db,
  assignment: Assignment,
  body: Body,
  kind: AssignmentMailKind,
  now: Date,
  reason?: string,
): number {
  const people = assigneesOf(tx, { ...assigneeOfRow(assignment), bodyId: body.id }, now);
  const meeting = tx.select().from(meetings).where(eq(meetings.id, assignment.meetingId)).get()!;
  const link = new URL(`/assignments/${assignment.id}`, services.config.appUrl).toString();
  for (const person of people) {
    const locale = person.locale ?? "ru";
    const mail = assignmentMail({
      kind,
      locale,
      name: person.name,
      bodyTitle: bodyTitle(body, locale),
      meetingNumber: meeting.number,
      text: assignment.text,
      dueOn: assignment.dueOn,
      link,
      reason,
    });
    enqueueMail(tx, { to: person.email, ...mail }, now);
  }
  return people.length;
}
