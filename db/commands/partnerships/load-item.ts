import { eq } from "drizzle-orm";
import { DomainError } from "../../../app/lib/errors";
import { can, type Actor } from "../../../app/lib/policy";
import type { PartnershipAction } from "../../../app/lib/policy-partnership";
import { loadPartnership, type PartnershipContext } from "../../area-access";
import type { Db } from "../../client";
import { actionPlanItems, type ActionPlanItem } from "../../schema";

export type ActionPlanItemContext = PartnershipContext & { item: ActionPlanItem };

/**
 * The one way in to an action-plan item: the plan is the parties' own (R14), so whoever may not read it gets 404
 * and never learns the item exists; then the action is asked about the item's responsible party (403).
 */
export function loadActionPlanItem(
  tx: Db,
  actor: Actor | null,
  partnershipId: number,
  itemId: number,
  action: PartnershipAction = "actionPlan.read",
): ActionPlanItemContext {
  const ctx = loadPartnership(tx, actor, partnershipId);
  const item = tx.select().from(actionPlanItems).where(eq(actionPlanItems.id, itemId)).get();
  if (!item || item.bodyId !== partnershipId || !can(actor, "actionPlan.read", ctx.scope))
    throw new DomainError("error.notFound.title", 404);
  if (!can(actor, action as "actionPlan.report", { ...ctx.scope, responsibleSideId: item.responsibleSideId }))
    throw new DomainError("error.forbidden.title", 403);
  return { ...ctx, item };
}
