import { describe, expect, it } from "vitest";
import { can, type Actor, type BodyScope } from "~/lib/policy";
import { partnershipActions, type ActionPlanItemScope, type PartnershipAction } from "~/lib/policy-partnership";
import type { MemberRole } from "~/lib/roles";
import { tableBetween } from "../support/permissions-table";

// Issue 12: a partnership's readers, relative to the party that answers for the action-plan item asked about.
const RESPONSIBLE = 1;
const OTHER = 2;
const active = (isAdmin = false): Actor => ({ id: 7, isAdmin, status: "active" });
const seat = (role: MemberRole, sideId: number): BodyScope["seats"] => [{ sideId, role }];
const readers: Record<string, { actor: Actor | null; seats: BodyScope["seats"] }> = {
  "signed out": { actor: null, seats: [] },
  outsider: { actor: active(), seats: [] },
  "member of the responsible party": { actor: active(), seats: seat("member", RESPONSIBLE) },
  "secretary of the responsible party": { actor: active(), seats: seat("secretary", RESPONSIBLE) },
  "co-chair of the responsible party": { actor: active(), seats: seat("co_chair", RESPONSIBLE) },
  "member of another party": { actor: active(), seats: seat("member", OTHER) },
  "co-chair of another party": { actor: active(), seats: seat("co_chair", OTHER) },
  administrator: { actor: active(true), seats: [] },
};

/** A row names its action and, in brackets, whether the partnership is published (unnamed: it is). */
const scopeOf = (row: string, seats: BodyScope["seats"]): ActionPlanItemScope => ({
  bodyId: 1,
  seats,
  published: !row.includes("(unpublished)"),
  responsibleSideId: RESPONSIBLE,
});

describe("the partnership follows its table in docs/permissions.md", () => {
  const { columns, body } = tableBetween("partnership");

  it("names every reader column and every partnership action", () => {
    expect(columns).toEqual(Object.keys(readers));
    expect([...new Set(body.map((r) => r[0]!.split(" ")[0]))].sort()).toEqual([...partnershipActions].sort());
  });

  for (const [row, ...cells] of body) {
    cells.forEach((cell, i) => {
      it(`${row} — ${columns[i]}: ${cell}`, () => {
        const { actor, seats } = readers[columns[i]!]!;
        const action = row!.split(" ")[0] as PartnershipAction;
        expect(can(actor, action as "actionPlan.report", scopeOf(row!, seats))).toBe(cell === "yes");
      });
    });
  }
});
