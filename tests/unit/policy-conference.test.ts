import { describe, expect, it } from "vitest";
import { can, type Actor } from "~/lib/policy";
import { conferenceActions, type ConferenceAction, type ConferenceScope } from "~/lib/policy-conference";
import type { OutcomeState, RegistrationStatus } from "~/lib/conference-kinds";
import { tableBetween } from "../support/permissions-table";

// Issue 12: a conference's visitors, from someone signed out to its organisers (docs/permissions.md, "conference").
const active = (isAdmin = false): Actor => ({ id: 7, isAdmin, status: "active" });
interface Visitor {
  actor: Actor | null;
  organiser: boolean;
  participant: RegistrationStatus | null;
}
const visitors: Record<string, Visitor> = {
  "signed out": { actor: null, organiser: false, participant: null },
  "signed-in stranger": { actor: active(), organiser: false, participant: null },
  "registered, pending": { actor: null, organiser: false, participant: "pending" },
  "registered, declined": { actor: active(), organiser: false, participant: "declined" },
  "confirmed participant": { actor: null, organiser: false, participant: "confirmed" },
  organiser: { actor: active(), organiser: true, participant: null },
  administrator: { actor: active(true), organiser: false, participant: null },
};

/**
 * A row names its action and, in brackets, what it is asked about: the outcome's state, whether the conference is
 * published, whether a material is public. Unnamed: a published conference, its outcome being drafted.
 */
function scopeOf(row: string, visitor: Visitor): ConferenceScope & { isPublic: boolean } {
  const words = (/\((.+)\)/.exec(row)?.[1] ?? "").split(/,\s*/);
  const outcome = words.find((w) => ["drafting", "open_for_proposals", "finalised", "published"].includes(w));
  return {
    bodyId: 1,
    seats: visitor.organiser ? [{ sideId: 1, role: "member" }] : [],
    published: !words.includes("unpublished"),
    participant: visitor.participant,
    outcome: (outcome as OutcomeState | undefined) ?? "drafting",
    isPublic: words.includes("public"),
  };
}

describe("the conference follows its table in docs/permissions.md", () => {
  const { columns, body } = tableBetween("conference");

  it("names every visitor column and every conference action", () => {
    expect(columns).toEqual(Object.keys(visitors));
    expect([...new Set(body.map((r) => r[0]!.split(" ")[0]))].sort()).toEqual([...conferenceActions].sort());
  });

  for (const [row, ...cells] of body) {
    cells.forEach((cell, i) => {
      it(`${row} — ${columns[i]}: ${cell}`, () => {
        const visitor = visitors[columns[i]!]!;
        const action = row!.split(" ")[0] as ConferenceAction;
        expect(can(visitor.actor, action as "conference.read", scopeOf(row!, visitor))).toBe(cell === "yes");
      });
    });
  }

  it("a disabled account may do nothing, not even read a published conference", () => {
    const disabled: Actor = { id: 7, isAdmin: true, status: "disabled" };
    const scope = scopeOf("conference.read", visitors.organiser!);
    expect(can(disabled, "conference.read", scope)).toBe(false);
    expect(can(disabled, "registration.manage", scope)).toBe(false);
  });
});
