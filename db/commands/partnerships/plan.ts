/**
 * The parties' officers write the action plan (issue 12): an item's number, what is to be done, the party that
 * answers for it and its due day in the partnership's timezone. Checked first; the item and its audit row in one
 * transaction, the policy asked inside it.
 */
import { and, eq } from "drizzle-orm";
import type { Services } from "../../../app/context";
import { isItemNumber } from "../../../app/lib/action-plan-rules";
import { dueDateProblem } from "../../../app/lib/assignment-rules";
import { DomainError } from "../../../app/lib/errors";
import type { Actor } from "../../../app/lib/policy";
import { normaliseLine, textProblem } from "../../../app/lib/text-rules";
import { localDateOf } from "../../../app/lib/zoned-time";
import { loadPartnership } from "../../area-access";
import { appendAudit } from "../../audit";
import { writeTransaction } from "../../client";
import { actionPlanItems, sides } from "../../schema";

export interface ActionPlanItemInput {
  number: string;
  text: string;
  responsibleSideId: number | null;
  dueOn: string;
}

export function addActionPlanItem(
  services: Services,
  actor: Actor,
  partnershipId: number,
  input: ActionPlanItemInput,
  now = new Date(),
): number {
  const number = normaliseLine(input.number);
  if (!isItemNumber(number)) throw new DomainError("partnership.error.numberInvalid", 422, {}, "number");
  const text = input.text.trim();
  const problem = textProblem(text, "shortText", { required: true });
  if (problem)
    throw new DomainError(problem === "field.required" ? "partnership.error.textRequired" : problem, 422, {}, "text");
  if (input.responsibleSideId === null)
    throw new DomainError("partnership.error.partyRequired", 422, {}, "responsibleSideId");
  return writeTransaction(services.db, (tx) => {
    const { body } = loadPartnership(tx, actor, partnershipId, "actionPlan.plan");
    const party = tx.select().from(sides).where(eq(sides.id, input.responsibleSideId!)).get();
    if (party?.bodyId !== partnershipId)
      throw new DomainError("partnership.error.partyRequired", 422, {}, "responsibleSideId");
    const dueProblem = dueDateProblem(input.dueOn.trim(), localDateOf(now, body.timezone));
    if (dueProblem) throw new DomainError(dueProblem, 422, {}, "dueOn");
    const taken = tx
      .select({ id: actionPlanItems.id })
      .from(actionPlanItems)
      .where(and(eq(actionPlanItems.bodyId, partnershipId), eq(actionPlanItems.number, number)))
      .get();
    if (taken) throw new DomainError("partnership.error.numberTaken", 409, { number }, "number");
    const { id } = tx
      .insert(actionPlanItems)
      .values({
        bodyId: partnershipId,
        number,
        text,
        responsibleSideId: party.id,
        dueOn: input.dueOn.trim(),
        createdById: actor.id,
        createdAt: now,
      })
      .returning({ id: actionPlanItems.id })
      .get();
    appendAudit(
      tx,
      actor.id,
      {
        action: "action_plan.item_added",
        subjectType: "action_plan_item",
        subjectId: id,
        details: { bodyId: partnershipId, number, responsibleSideId: party.id, dueOn: input.dueOn.trim() },
      },
      now,
    );
    return id;
  });
}
