import { describe, expect, it } from "vitest";
import {
  assignmentState,
  assignmentStateAt,
  dueDateProblem,
  isAssignee,
  reminderDue,
  weeklyProgress,
  weekOf,
} from "~/lib/assignment-rules";
import { zonedDateTimeToInstant } from "~/lib/zoned-time";

// R4 (3.2 а, г; 3.4 в): who an assignment names, where it stands, when its reminders go.
const RU = 1;
const KZ = 2;
const member = (userId: number, sideId: number, organisationId: number | null) => ({
  userId,
  organisationId,
  seats: [{ sideId }],
});

describe("R4: who an assignment names", () => {
  it("a member: that member only", () => {
    const a = { kind: "member" as const, userId: 10, sideId: null, organisationId: null };
    expect(isAssignee(a, member(10, RU, 100))).toBe(true);
    expect(isAssignee(a, member(11, RU, 100))).toBe(false);
  });
  it("a side: every current member of that side, and nobody of the other", () => {
    const a = { kind: "side" as const, userId: null, sideId: KZ, organisationId: null };
    expect(isAssignee(a, member(20, KZ, 200))).toBe(true);
    expect(isAssignee(a, member(10, RU, 200))).toBe(false);
  });
  it("an organisation: every member of the body from it, whatever their side", () => {
    const a = { kind: "organisation" as const, userId: null, sideId: null, organisationId: 300 };
    expect(isAssignee(a, member(20, KZ, 300))).toBe(true);
    expect(isAssignee(a, member(10, RU, 300))).toBe(true);
    expect(isAssignee(a, member(11, RU, 301))).toBe(false);
  });
  it("someone no longer seated in the body is named by nothing", () => {
    const former = { userId: 10, organisationId: 300, seats: [] };
    expect(isAssignee({ kind: "member", userId: 10, sideId: null, organisationId: null }, former)).toBe(false);
    expect(isAssignee({ kind: "organisation", userId: null, sideId: null, organisationId: 300 }, former)).toBe(false);
  });
});

describe("R4 (3.4 в): states in the body's timezone", () => {
  it("open, due soon within 7 days (the due day included), overdue the day after", () => {
    const open = (dueOn: string) => assignmentState({ status: "open", dueOn }, "2026-11-30");
    expect(open("2026-12-08")).toBe("open");
    expect(open("2026-12-07")).toBe("dueSoon");
    expect(open("2026-11-30")).toBe("dueSoon");
    expect(open("2026-11-29")).toBe("overdue");
  });
  it("done and accepted stay so, whatever the date", () => {
    expect(assignmentState({ status: "done", dueOn: "2020-01-01" }, "2026-11-30")).toBe("done");
    expect(assignmentState({ status: "accepted", dueOn: "2020-01-01" }, "2026-11-30")).toBe("accepted");
  });
  it("the day is the body's: at 20:00 UTC on the due day it is already overdue in Almaty, not yet in Moscow", () => {
    const now = new Date("2026-11-30T20:00:00Z"); // 01:00 on 1 December in Almaty (UTC+5), 23:00 on 30 November in Moscow
    const a = { status: "open" as const, dueOn: "2026-11-30" };
    expect(assignmentStateAt(a, now, "Asia/Almaty")).toBe("overdue");
    expect(assignmentStateAt(a, now, "Europe/Moscow")).toBe("dueSoon");
  });
});

describe("R4: reminders, each once", () => {
  const base = { status: "open" as const, remindedDueSoonAt: null, remindedOverdueAt: null };
  const at = (day: string) => zonedDateTimeToInstant(day, "09:00", "Europe/Moscow");
  it("before the due day: from 3 days ahead, once", () => {
    expect(reminderDue({ ...base, dueOn: "2026-12-05" }, at("2026-12-01"), "Europe/Moscow")).toBeNull();
    expect(reminderDue({ ...base, dueOn: "2026-12-05" }, at("2026-12-02"), "Europe/Moscow")).toBe("dueSoon");
    expect(
      reminderDue(
        { ...base, dueOn: "2026-12-05", remindedDueSoonAt: at("2026-12-02") },
        at("2026-12-03"),
        "Europe/Moscow",
      ),
    ).toBeNull();
  });
  it("overdue: the day after the due day, once; never for a done assignment", () => {
    expect(reminderDue({ ...base, dueOn: "2026-12-05" }, at("2026-12-06"), "Europe/Moscow")).toBe("overdue");
    expect(
      reminderDue(
        { ...base, dueOn: "2026-12-05", remindedOverdueAt: at("2026-12-06") },
        at("2026-12-07"),
        "Europe/Moscow",
      ),
    ).toBeNull();
    expect(reminderDue({ ...base, status: "done", dueOn: "2026-12-05" }, at("2026-12-06"), "Europe/Moscow")).toBeNull();
  });
});

describe("the due date a form sends", () => {
  it("is required, a real day, and not in the past (today is fine)", () => {
    expect(dueDateProblem("", "2026-11-30")).toBe("assignments.error.dueRequired");
    expect(dueDateProblem("2026-02-30", "2026-11-30")).toBe("assignments.error.dueInvalid");
    expect(dueDateProblem("30.12.2026", "2026-11-30")).toBe("assignments.error.dueInvalid");
    expect(dueDateProblem("2026-11-29", "2026-11-30")).toBe("assignments.error.duePast");
    expect(dueDateProblem("2026-11-30", "2026-11-30")).toBeNull();
  });
});

describe("progress over time", () => {
  it("weeks start on Monday", () => {
    expect(weekOf("2026-11-30")).toBe("2026-11-30");
    expect(weekOf("2026-12-06")).toBe("2026-11-30");
    expect(weekOf("2026-11-29")).toBe("2026-11-23");
  });
  it("counts given and accepted cumulatively, week by week, up to now", () => {
    const d = (s: string) => new Date(`${s}T09:00:00Z`);
    const points = weeklyProgress(
      [
        { createdAt: d("2026-11-10"), acceptedAt: d("2026-11-18") },
        { createdAt: d("2026-11-11"), acceptedAt: null },
        { createdAt: d("2026-11-24"), acceptedAt: null },
      ],
      d("2026-12-01"),
      "Europe/Moscow",
    );
    expect(points).toEqual([
      { week: "2026-11-09", given: 2, accepted: 0 },
      { week: "2026-11-16", given: 2, accepted: 1 },
      { week: "2026-11-23", given: 3, accepted: 1 },
      { week: "2026-11-30", given: 3, accepted: 1 },
    ]);
  });
});
