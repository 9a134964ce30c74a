// The execution-control page of a body (issue 10, R4): every assignment by state and by side, and week by week.
import {
  assignmentStateAt,
  assignmentStates,
  weeklyProgress,
  type AssignmentState,
} from "../../app/lib/assignment-rules";
import { localDateOf } from "../../app/lib/zoned-time";
import type { Db } from "../client";
import type { Body } from "../schema/bodies";
import { assignmentsOfBody, bodyPeople, describeAssignments, type DescribedAssignment } from "./assignments";
import { sidesOf } from "./bodies";

const zero = (): Record<AssignmentState, number> =>
  Object.fromEntries(assignmentStates.map((s) => [s, 0])) as Record<AssignmentState, number>;

export function executionControlOf(db: Db, body: Body, now = new Date()) {
  const stored = assignmentsOfBody(db, body.id);
  const rows = describeAssignments(db, stored, now);
  const people = bodyPeople(db, body.id, now);
  const sides = sidesOf(db, body.id);
  // The side an assignment counts for: the side named; the member's side; the organisation's side (the side it
  // represents, else the side of its first member); else none.
  const sideOf = (a: DescribedAssignment, s: (typeof stored)[number]): number | null => {
    if (a.assigneeKind === "side") return s.assigneeSideId;
    if (a.assigneeKind === "member") return people.find((p) => p.userId === s.assigneeUserId)?.sideId ?? null;
    return (
      sides.find((side) => side.organisationId === s.assigneeOrganisationId)?.id ??
      people.find((p) => p.organisationId === s.assigneeOrganisationId)?.sideId ??
      null
    );
  };
  const byState = zero();
  const bySide = new Map<number | null, Record<AssignmentState, number>>();
  rows.forEach((a, i) => {
    byState[a.state]++;
    const side = sideOf(a, stored[i]!);
    if (!bySide.has(side)) bySide.set(side, zero());
    bySide.get(side)![a.state]++;
  });
  return {
    today: localDateOf(now, body.timezone),
    rows,
    byState,
    bySide: [
      ...sides.filter((s) => bySide.has(s.id)).map((s) => ({ name: s.name, counts: bySide.get(s.id)! })),
      ...(bySide.has(null) ? [{ name: null, counts: bySide.get(null)! }] : []),
    ],
    progress: weeklyProgress(stored, now, body.timezone),
  };
}

/** The body page's summary: how many assignments stand in each state today. */
export function assignmentCountsOf(db: Db, body: Body, now = new Date()): Record<AssignmentState, number> {
  const counts = zero();
  for (const a of assignmentsOfBody(db, body.id)) counts[assignmentStateAt(a, now, body.timezone)]++;
  return counts;
}
