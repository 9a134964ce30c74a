/**
 * What assignments (R4) and a partnership's action-plan items (issue 12) share: a due day in the body's timezone,
 * the day it is missed, and the two reminders each gets once. Pure.
 */
import { addCalendarDays, localDateOf, type LocalDate } from "./zoned-time";

/** The reminder before the due date goes this many days ahead, in the body's timezone. */
export const REMIND_DAYS_BEFORE = 3;

/** R4 (3.4 в): unfinished work is overdue from the day after its due day, counted in the body's timezone. */
export function isPastDue(dueOn: LocalDate, today: LocalDate): boolean {
  return dueOn < today;
}

export type ReminderKind = "dueSoon" | "overdue";

/** Unfinished work with a due day, and the instants its reminders went (null: not yet). */
export interface RemindedWork {
  unfinished: boolean;
  dueOn: LocalDate;
  remindedDueSoonAt: Date | null;
  remindedOverdueAt: Date | null;
}

/**
 * R4 (3.4 в): which reminder unfinished work is owed now, if any — one 3 days before its due day, one once it is
 * overdue, each once (the stored instants say it went). Days are read in the body's timezone.
 */
export function reminderOwed(work: RemindedWork, now: Date, timeZone: string): ReminderKind | null {
  if (!work.unfinished) return null;
  const today = localDateOf(now, timeZone);
  if (isPastDue(work.dueOn, today)) return work.remindedOverdueAt ? null : "overdue";
  if (work.dueOn <= addCalendarDays(today, REMIND_DAYS_BEFORE) && !work.remindedDueSoonAt) return "dueSoon";
  return null;
}

/** What to store once a reminder went: an overdue item no longer needs its "due soon" letter, so both are marked. */
export function reminderStamps(
  kind: ReminderKind,
  work: Pick<RemindedWork, "remindedDueSoonAt">,
  now: Date,
): { remindedDueSoonAt: Date; remindedOverdueAt?: Date } {
  return kind === "overdue"
    ? { remindedOverdueAt: now, remindedDueSoonAt: work.remindedDueSoonAt ?? now }
    : { remindedDueSoonAt: now };
}
