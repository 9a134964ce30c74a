import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { actions, can, isBodyAction, type Action, type Actor, type BodyScope } from "~/lib/policy";
import type { MemberRole } from "~/lib/roles";

// The matrix in docs/permissions.md is the specification: this test reads it and holds the code to it.
const doc = fs.readFileSync("docs/permissions.md", "utf8");
const table = doc.slice(doc.indexOf("<!-- matrix:start -->"), doc.indexOf("<!-- matrix:end -->"));
const rows = table
  .split("\n")
  .filter((line) => line.startsWith("|") && !line.startsWith("|---"))
  .map((line) => line.split("|").slice(1, -1).map((cell) => cell.trim()));
const [header, ...body] = rows;
const columns = header!.slice(1);

const TARGET_SIDE = 1;
const OTHER_SIDE = 2;
const seat = (role: MemberRole, sideId = TARGET_SIDE) => [{ sideId, role }];
const who: Record<string, { actor: Actor; seats: BodyScope["seats"] }> = {
  outsider: { actor: { id: 7, isAdmin: false, status: "active" }, seats: [] },
  member: { actor: { id: 7, isAdmin: false, status: "active" }, seats: seat("member") },
  secretary: { actor: { id: 7, isAdmin: false, status: "active" }, seats: seat("secretary") },
  deputy: { actor: { id: 7, isAdmin: false, status: "active" }, seats: seat("deputy") },
  "co-chair of the side": { actor: { id: 7, isAdmin: false, status: "active" }, seats: seat("co_chair") },
  "co-chair of another side": { actor: { id: 7, isAdmin: false, status: "active" }, seats: seat("co_chair", OTHER_SIDE) },
  administrator: { actor: { id: 7, isAdmin: true, status: "active" }, seats: [] },
};

function ask(action: Action, actor: Actor, seats: BodyScope["seats"]): boolean {
  if (isBodyAction(action)) return can(actor, action as "composition.change", { bodyId: 1, seats, sideId: TARGET_SIDE });
  return can(actor, action as "users.manage");
}

describe("the policy follows the matrix in docs/permissions.md", () => {
  it("the matrix names every role column and every action exactly once", () => {
    expect(columns).toEqual(Object.keys(who));
    expect(body.map((r) => r[0]).sort()).toEqual([...actions].sort());
  });

  for (const [action, ...cells] of body) {
    cells.forEach((cell, i) => {
      const column = columns[i]!;
      it(`${action} — ${column}: ${cell}`, () => {
        const { actor, seats } = who[column]!;
        expect(ask(action as Action, actor, seats)).toBe(cell === "yes");
      });
    });
  }

  it("a disabled or not-yet-accepted account may do nothing, whatever its seats or rights", () => {
    for (const status of ["disabled", "invited"] as const) {
      for (const action of actions) {
        expect(ask(action, { id: 7, isAdmin: true, status }, seat("co_chair")), `${status} ${action}`).toBe(false);
      }
    }
  });

  it("nobody signed in may do nothing", () => {
    for (const action of actions) expect(isBodyAction(action) ? can(null, action as "body.read", { bodyId: 1, seats: [] }) : can(null, action as "users.manage")).toBe(false);
  });
});
