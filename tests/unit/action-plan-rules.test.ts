import { describe, expect, it } from "vitest";
import {
  actionPlanState,
  compareItemNumbers,
  isItemNumber,
  progressByParty,
  statusAfter,
} from "~/lib/action-plan-rules";
import { assignmentState } from "~/lib/assignment-rules";
import type { ActionPlanStatus } from "~/lib/action-plan-kinds";

// Issue 12: a partnership's action plan, reported and accepted like assignments (R4, 3.2 г; 3.4 в).
const today = "2026-11-30";

describe("R4 (3.4 в): where an item stands on a day in the partnership's timezone", () => {
  it("an unfinished item is overdue from the day after its due day, not on it", () => {
    expect(actionPlanState({ status: "planned", dueOn: "2026-11-30" }, today)).toBe("planned");
    expect(actionPlanState({ status: "planned", dueOn: "2026-11-29" }, today)).toBe("overdue");
    expect(actionPlanState({ status: "in_progress", dueOn: "2026-11-29" }, today)).toBe("overdue");
  });

  it("an item marked done or accepted is never overdue, however late", () => {
    expect(actionPlanState({ status: "done", dueOn: "2020-01-01" }, today)).toBe("done");
    expect(actionPlanState({ status: "accepted", dueOn: "2020-01-01" }, today)).toBe("accepted");
  });

  it("counts overdue exactly as assignments do (one shared rule)", () => {
    for (const dueOn of ["2026-11-28", "2026-11-29", "2026-11-30", "2026-12-01"])
      expect(actionPlanState({ status: "planned", dueOn }, today) === "overdue").toBe(
        assignmentState({ status: "open", dueOn }, today) === "overdue",
      );
  });
});

describe("R4 (3.2 г; 3.4 в): the steps each status allows", () => {
  const all: ActionPlanStatus[] = ["planned", "in_progress", "done", "accepted"];
  const allowed = (step: Parameters<typeof statusAfter>[1]) =>
    Object.fromEntries(all.map((s) => [s, statusAfter(s, step)]));

  it("the responsible party reports while unfinished; a first report starts a planned item", () => {
    expect(allowed("progress")).toEqual({
      planned: "in_progress",
      in_progress: "in_progress",
      done: null,
      accepted: null,
    });
  });

  it("the responsible party marks an unfinished item done", () => {
    expect(allowed("done")).toEqual({ planned: "done", in_progress: "done", done: null, accepted: null });
  });

  it("the heads accept or return only an item marked done; a returned item is in progress again", () => {
    expect(allowed("accepted")).toEqual({ planned: null, in_progress: null, done: "accepted", accepted: null });
    expect(allowed("returned")).toEqual({ planned: null, in_progress: null, done: "in_progress", accepted: null });
  });
});

describe("the progress picture", () => {
  it("counts each party's items by state, parties in their order, a party without items at zero", () => {
    const items = [
      { responsibleSideId: 1, status: "accepted" as const, dueOn: "2026-01-01" },
      { responsibleSideId: 1, status: "planned" as const, dueOn: "2026-11-01" },
      { responsibleSideId: 1, status: "in_progress" as const, dueOn: "2027-01-01" },
      { responsibleSideId: 2, status: "done" as const, dueOn: "2026-12-20" },
    ];
    const [first, second, third] = progressByParty([{ id: 1 }, { id: 2 }, { id: 3 }], items, today);
    expect(first).toEqual({
      sideId: 1,
      total: 3,
      counts: { planned: 0, in_progress: 1, overdue: 1, done: 0, accepted: 1 },
    });
    expect(second!.counts.done).toBe(1);
    expect(third!.total).toBe(0);
  });
});

describe("item numbers", () => {
  it("are digits separated by dots, as a plan numbers them", () => {
    for (const ok of ["1", "2.3", "4.1.2", "10"]) expect(isItemNumber(ok)).toBe(true);
    for (const bad of ["", "a", "1.", ".1", "1..2", "1 2", "1.2.3.4.5"]) expect(isItemNumber(bad)).toBe(false);
  });

  it("sort in the plan's order: 2 before 10, 2.3 before 2.10, 2 before 2.1", () => {
    expect(["10", "2.10", "2", "2.3", "1"].sort(compareItemNumbers)).toEqual(["1", "2", "2.3", "2.10", "10"]);
  });
});
