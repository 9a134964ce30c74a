/**
 * What assignments (R4) and a partnership's action-plan items (issue 12) share: a due day in the body's timezone
 * and the day it is missed. Pure.
 */
import type { LocalDate } from "./zoned-time";

/** R4 (3.4 в): unfinished work is overdue from the day after its due day, counted in the body's timezone. */
export function isPastDue(dueOn: LocalDate, today: LocalDate): boolean {
  return dueOn < today;
}
