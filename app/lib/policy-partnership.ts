/**
 * The partnership area of the one policy (issue 12), asked through `can()` in ./policy.ts. A partnership's sides are
 * its parties; their people report on their own party's items of the action plan, as assignees do (R4).
 * The table is docs/permissions.md ("partnership"), checked cell by cell by tests/unit/policy-partnership.test.ts.
 */
import type { Actor, BodyScope } from "./policy-subjects";

export interface PartnershipScope extends BodyScope {
  /** Whether the parties have published its public page. */
  published: boolean;
}

/** An item of the action plan: the party that answers for it. */
export type ActionPlanItemScope = PartnershipScope & { responsibleSideId: number };

export interface PartnershipResources {
  "partnership.read": PartnershipScope;
  "partnership.manage": PartnershipScope;
  "partnership.setUpGroup": PartnershipScope;
  "actionPlan.read": PartnershipScope;
  "actionPlan.plan": PartnershipScope;
  "actionPlan.report": ActionPlanItemScope;
  "actionPlan.decide": ActionPlanItemScope;
}
export type PartnershipAction = keyof PartnershipResources;

export const partnershipActions = [
  "partnership.read",
  "partnership.manage",
  "partnership.setUpGroup",
  "actionPlan.read",
  "actionPlan.plan",
  "actionPlan.report",
  "actionPlan.decide",
] as const satisfies readonly PartnershipAction[];

const partnershipActionSet = new Set<string>(partnershipActions);
export const isPartnershipAction = (action: string): action is PartnershipAction => partnershipActionSet.has(action);

const seated = (scope: BodyScope) => scope.seats.length > 0;
const chairs = (scope: BodyScope) => scope.seats.some((s) => s.role === "co_chair" || s.role === "deputy");
const officer = (scope: BodyScope) => scope.seats.some((s) => s.role !== "member");

/** `actor` is null for someone signed out. Called by `can()` only after it has refused a disabled account. */
export function canPartnership(actor: Actor | null, action: PartnershipAction, scope: PartnershipScope): boolean {
  const admin = actor?.isAdmin ?? false;
  switch (action) {
    case "partnership.read":
      // Issue 12: /partnerships/<id> and its Atom feed show what the parties have published, to anyone once the
      // partnership is published; before that it is as private as any body (R14).
      return scope.published || seated(scope) || admin;
    case "partnership.manage":
    case "partnership.setUpGroup":
      // The parties' heads (co-chairs, or deputies acting for them, R5) keep the agreement, its term and page, and set
      // up working groups to carry it out (sources/002, 6); administrators correct mistakes.
      return !!actor && (chairs(scope) || admin);
    case "actionPlan.read":
      // R14 (1.3): the plan and its reports are the parties' own.
      return !!actor && (seated(scope) || admin);
    case "actionPlan.plan":
      // The parties' officers write the plan, as secretaries write assignments down (R4, R6).
      return !!actor && officer(scope);
    case "actionPlan.report": {
      // Issue 12: a party's people report on their own party's items only.
      const item = scope as ActionPlanItemScope;
      return !!actor && scope.seats.some((s) => s.sideId === item.responsibleSideId);
    }
    case "actionPlan.decide":
      // R4 (3.2 г) as for assignments: the co-chairs (or deputies) accept an item's execution or return it.
      return !!actor && chairs(scope);
  }
}
