import { eq } from "drizzle-orm";
import { isAssignee } from "../../../app/lib/assignment-rules";
import { DomainError } from "../../../app/lib/errors";
import { can, type Actor, type BodyScope } from "../../../app/lib/policy";
import type { Db } from "../../client";
import { users } from "../../schema/accounts";
import { bodies, type Body } from "../../schema/bodies";
import type { Assignment } from "../../schema/assignments";
import { assigneeOfRow, findAssignment } from "../../queries/assignments";
import { bodyScope } from "../../queries/bodies";

export interface AssignmentContext {
  assignment: Assignment;
  body: Body;
  scope: BodyScope;
  /** Whether the actor is named by it (R4): the policy's `named` for `assignment.report`. */
  named: boolean;
}

/**
 * The one way in to an assignment: R14 (1.3), everyone who reads its body reads it; anyone else gets 404 and
 * never learns it exists.
 */
export function loadAssignment(tx: Db, actor: Actor, assignmentId: number): AssignmentContext {
  const assignment = findAssignment(tx, assignmentId);
  if (!assignment) throw new DomainError("error.notFound.title", 404);
  const scope = bodyScope(tx, actor.id, assignment.bodyId);
  if (!can(actor, "body.read", scope)) throw new DomainError("error.notFound.title", 404);
  const body = tx.select().from(bodies).where(eq(bodies.id, assignment.bodyId)).get()!;
  const me = tx.select({ organisationId: users.organisationId }).from(users).where(eq(users.id, actor.id)).get();
  const named = isAssignee(assigneeOfRow(assignment), {
    userId: actor.id,
    organisationId: me?.organisationId ?? null,
    seats: scope.seats,
  });
  return { assignment, body, scope, named };
}
