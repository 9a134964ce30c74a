import type { Services } from "../../../app/context";
import { dueDateProblem } from "../../../app/lib/assignment-rules";
import type { AssigneeKind } from "../../../app/lib/assignment-kinds";
import { DomainError } from "../../../app/lib/errors";
import type { Actor } from "../../../app/lib/policy";
import { findDecision } from "../../../app/lib/protocol-decisions";
import { textProblem } from "../../../app/lib/text-rules";
import { localDateOf } from "../../../app/lib/zoned-time";
import { loadMeeting } from "../../access";
import { appendAudit } from "../../audit";
import { writeTransaction, type Db } from "../../client";
import { assignments } from "../../schema/assignments";
import { bodyPeople, decisionsFinalOf, finalDecisions } from "../../queries/assignments";
import { sidesOf } from "../../queries/bodies";
import { notifyAssignees } from "./notify";

export interface GiveInput {
  decisionKey: string;
  /** «member:12», «side:3» or «organisation:5», as the form's choice is spelled. */
  assignee: string;
  dueOn: string;
  text: string;
}

const ASSIGNEE = /^(member|side|organisation):([1-9][0-9]{0,14})$/;

/** R4: the assignee must be of the body now: one of its members, one of its sides, an organisation of its members. */
function parseAssignee(tx: Db, bodyId: number, value: string, now: Date) {
  const match = ASSIGNEE.exec(value);
  const invalid = () => new DomainError("assignments.error.assigneeNotInBody", 422, {}, "assignee");
  if (!value) throw new DomainError("assignments.error.assigneeRequired", 422, {}, "assignee");
  if (!match) throw invalid();
  const kind = match[1] as AssigneeKind;
  const id = Number(match[2]);
  const people = bodyPeople(tx, bodyId, now);
  const known =
    kind === "member"
      ? people.some((p) => p.userId === id)
      : kind === "side"
        ? sidesOf(tx, bodyId).some((s) => s.id === id)
        : people.some((p) => p.organisationId === id);
  if (!known) throw invalid();
  return {
    assigneeKind: kind,
    assigneeUserId: kind === "member" ? id : null,
    assigneeSideId: kind === "side" ? id : null,
    assigneeOrganisationId: kind === "organisation" ? id : null,
    id,
  };
}

/**
 * R4 (3.2 а, г): a secretary or co-chair turns a decision of the meeting's final protocol into an assignment.
 * Guard, change, audit row and the letters to the assignees in one IMMEDIATE transaction; delivery after commit.
 */
export function giveAssignment(
  services: Services,
  actor: Actor,
  meetingId: number,
  input: GiveInput,
  now = new Date(),
): number {
  const id = writeTransaction(services.db, (tx) => {
    const ctx = loadMeeting(tx, actor, meetingId, "assignment.give", "assignments.error.notCompleted");
    const text = input.text.trim();
    if (!text) throw new DomainError("assignments.error.textRequired", 422, {}, "text");
    const problem = textProblem(text, "longText");
    if (problem) throw new DomainError(problem, 422, {}, "text");
    const final = decisionsFinalOf(tx, meetingId);
    if (!final) throw new DomainError("assignments.error.noFinal", 409);
    const decision = findDecision(finalDecisions(final), input.decisionKey);
    if (!decision) throw new DomainError("assignments.error.unknownDecision", 422, {}, "decisionKey");
    const due = dueDateProblem(input.dueOn, localDateOf(now, ctx.body.timezone));
    if (due) throw new DomainError(due, 422, {}, "dueOn");
    const { id: assigneeId, ...assignee } = parseAssignee(tx, ctx.body.id, input.assignee, now);
    const row = tx
      .insert(assignments)
      .values({
        bodyId: ctx.body.id,
        meetingId,
        finalId: final.id,
        decisionKey: decision.key,
        decisionText: decision.text,
        text,
        ...assignee,
        dueOn: input.dueOn,
        createdById: actor.id,
        createdAt: now,
      })
      .returning()
      .get();
    appendAudit(
      tx,
      actor.id,
      {
        action: "assignment.given",
        subjectType: "assignment",
        subjectId: row.id,
        details: {
          meetingId,
          decisionKey: decision.key,
          assigneeKind: assignee.assigneeKind,
          assigneeId,
          dueOn: input.dueOn,
        },
      },
      now,
    );
    notifyAssignees(services, tx, row, ctx.body, "given", now);
    return row.id;
  });
  services.mail.kick();
  return id;
}
