/**
 * Execution control (R4, 3.2 а, г; 3.4 в of shared/domain/README.md): who an assignment is for, where it stands
 * on a given day in the body's timezone, when its reminders are due, and its progress week by week. Pure.
 */
import type { AssigneeKind, AssignmentStatus } from "./assignment-kinds";
import { isPastDue, reminderOwed, type ReminderKind } from "./due-rules";
import { addCalendarDays, isLocalDate, localDateOf, type LocalDate } from "./zoned-time";

/** "Due soon": an open assignment due within this many days (today included). */
export const DUE_SOON_DAYS = 7;
export { REMIND_DAYS_BEFORE, type ReminderKind } from "./due-rules";

export interface Assignee {
  kind: AssigneeKind;
  userId: number | null;
  sideId: number | null;
  organisationId: number | null;
}

/** A person as the assignee rule sees them: their current seats in the body and their organisation. */
export interface Person {
  userId: number;
  organisationId: number | null;
  seats: readonly { sideId: number }[];
}

/**
 * R4: who is named by an assignment — the member named; every current member of the side named; every current
 * member of the body from the organisation named. Someone no longer in the body is named by none of them.
 */
export function isAssignee(assignee: Assignee, person: Person): boolean {
  if (person.seats.length === 0) return false;
  switch (assignee.kind) {
    case "member":
      return assignee.userId === person.userId;
    case "side":
      return person.seats.some((s) => s.sideId === assignee.sideId);
    case "organisation":
      return assignee.organisationId !== null && assignee.organisationId === person.organisationId;
  }
}

/** Where an assignment stands for the execution-control page: the stored status, with open split by its date. */
export const assignmentStates = ["open", "dueSoon", "overdue", "done", "accepted"] as const;
export type AssignmentState = (typeof assignmentStates)[number];

/** R4 (3.4 в): an open assignment is overdue the day after its due day, due soon from 7 days before it. */
export function assignmentState(a: { status: AssignmentStatus; dueOn: LocalDate }, today: LocalDate): AssignmentState {
  if (a.status !== "open") return a.status;
  if (isPastDue(a.dueOn, today)) return "overdue";
  return a.dueOn <= addCalendarDays(today, DUE_SOON_DAYS) ? "dueSoon" : "open";
}

/** The state on the instant `now`, the day read in the body's timezone. */
export function assignmentStateAt(
  a: { status: AssignmentStatus; dueOn: LocalDate },
  now: Date,
  timeZone: string,
): AssignmentState {
  return assignmentState(a, localDateOf(now, timeZone));
}

/** Which reminder an open assignment is owed now, if any: each goes once (the stored instants say it went). */
export function reminderDue(
  a: { status: AssignmentStatus; dueOn: LocalDate; remindedDueSoonAt: Date | null; remindedOverdueAt: Date | null },
  now: Date,
  timeZone: string,
): ReminderKind | null {
  return reminderOwed({ ...a, unfinished: a.status === "open" }, now, timeZone);
}

/** The due day a form sent: a real calendar day, not before today in the body's timezone. */
export function dueDateProblem(
  dueOn: string,
  today: LocalDate,
): "assignments.error.dueRequired" | "assignments.error.dueInvalid" | "assignments.error.duePast" | null {
  if (!dueOn) return "assignments.error.dueRequired";
  if (!isLocalDate(dueOn) || dueOn > "2100-12-31") return "assignments.error.dueInvalid";
  return dueOn < today ? "assignments.error.duePast" : null;
}

/** The Monday of a day's week. */
export function weekOf(day: LocalDate): LocalDate {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addCalendarDays(day, -((weekday + 6) % 7));
}

export interface WeekPoint {
  week: LocalDate;
  given: number;
  accepted: number;
}

/**
 * Progress over time: for each week from the first assignment's to now's, how many assignments had been given
 * and how many accepted by its end (cumulative), weeks read in the body's timezone. At most `maxWeeks`, the last.
 */
export function weeklyProgress(
  rows: readonly { createdAt: Date; acceptedAt: Date | null }[],
  now: Date,
  timeZone: string,
  maxWeeks = 26,
): WeekPoint[] {
  if (rows.length === 0) return [];
  const weekOfInstant = (d: Date) => weekOf(localDateOf(d, timeZone));
  const first = rows.map((r) => weekOfInstant(r.createdAt)).sort()[0]!;
  const last = weekOfInstant(now);
  const weeks: LocalDate[] = [];
  for (let w = first; w <= last; w = addCalendarDays(w, 7)) weeks.push(w);
  const points = weeks.map((week) => ({
    week,
    given: rows.filter((r) => weekOfInstant(r.createdAt) <= week).length,
    accepted: rows.filter((r) => r.acceptedAt && weekOfInstant(r.acceptedAt) <= week).length,
  }));
  return points.slice(-maxWeeks);
}
