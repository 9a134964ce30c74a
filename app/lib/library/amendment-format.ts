// How an amendment deadline reads: in the body's timezone and the reader's language, the zone named.
import { formatDateTime } from "../format";
import type { Locale } from "../i18n-core";
import { localDateOf, startOfLocalDay } from "../zoned-time";

/** A deadline at a day's end (the next day's first instant) reads as that day, 23:59; one closed early, as it was. */
export function deadlineText(until: Date | string | number, locale: Locale, timeZone: string): string {
  const at = new Date(until);
  const dayEnd = startOfLocalDay(localDateOf(at, timeZone), timeZone).getTime() === at.getTime();
  return formatDateTime(dayEnd ? at.getTime() - 60_000 : at, locale, timeZone);
}
