// Calendar dates and wall-clock times in a named IANA timezone, computed with Intl only (no libraries).
// Offsets are read from the runtime's tz database, so DST and historical changes
// (Moscow 2011/2014, Almaty 2024) follow it.

/** A calendar date, "YYYY-MM-DD" (years 0001–9999). */
export type LocalDate = string;

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

const localDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const timePattern = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Milliseconds for a UTC wall-clock reading; unlike Date.UTC, years 0–99 are not shifted to the 1900s. */
function utcMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, second, 0);
  return d.getTime();
}

function parseLocalDate(date: string): { year: number; month: number; day: number } | null {
  const m = localDatePattern.exec(date);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1) return null;
  // Round-trip through a UTC date: 2026-02-30 comes back as March.
  const check = new Date(utcMs(year, month, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return { year, month, day };
}

function requireLocalDate(date: string): { year: number; month: number; day: number } {
  const parsed = parseLocalDate(date);
  if (!parsed) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  return parsed;
}

function requireInstant(instant: Date): number {
  const t = instant.getTime();
  if (Number.isNaN(t)) throw new RangeError("Invalid Date");
  return t;
}

function formatLocalDate(year: number, month: number, day: number): LocalDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function isLocalDate(s: string): boolean {
  return parseLocalDate(s) !== null;
}

// One formatter per zone: constructing them is the slow part. An unknown zone throws RangeError here.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      era: "short",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall-clock reading in the zone at an instant (whole seconds). */
function wallClock(t: number, timeZone: string) {
  const parts: Record<string, string> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(t))) parts[p.type] = p.value;
  const yearOfEra = Number(parts.year);
  const year = parts.era === "BC" || parts.era === "B" ? 1 - yearOfEra : yearOfEra;
  return {
    year,
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour) % 24, // some engines say "24" for midnight
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** The zone's offset from UTC at an instant, in ms (LMT offsets keep their seconds). */
function offsetAt(t: number, timeZone: string): number {
  const w = wallClock(t, timeZone);
  return utcMs(w.year, w.month, w.day, w.hour, w.minute, w.second) - Math.floor(t / 1000) * 1000;
}

/**
 * The instants whose wall clock in the zone reads `wall` (a UTC-encoded reading), earliest first:
 * one normally, two in a fall-back overlap, none in a spring-forward gap.
 * Candidate offsets are sampled a day either side, which is enough for any real change of offset.
 */
function instantsForWall(wall: number, timeZone: string): { matches: number[]; offsets: number[] } {
  const offsets = [...new Set([wall - DAY_MS, wall, wall + DAY_MS].map((t) => offsetAt(t, timeZone)))];
  const matches = offsets
    .map((o) => wall - o)
    .filter((t) => offsetAt(t, timeZone) === wall - t)
    .sort((a, b) => a - b);
  return { matches, offsets };
}

export function localDateOf(instant: Date, timeZone: string): LocalDate {
  const w = wallClock(requireInstant(instant), timeZone);
  return formatLocalDate(w.year, w.month, w.day);
}

/** The wall-clock time ("HH:MM") in the zone at an instant: what a form shows for a stored hour. */
export function localTimeOf(instant: Date, timeZone: string): string {
  const w = wallClock(requireInstant(instant), timeZone);
  return `${String(w.hour).padStart(2, "0")}:${String(w.minute).padStart(2, "0")}`;
}

/**
 * Wall-clock time in the zone to an instant. A time skipped by a spring-forward gap moves forward by the gap
 * (02:30 → 03:30); a time repeated by a fall-back overlap means its earlier occurrence.
 */
export function zonedDateTimeToInstant(date: LocalDate, time: string, timeZone: string): Date {
  const { year, month, day } = requireLocalDate(date);
  const m = timePattern.exec(time);
  if (!m) throw new RangeError(`Not a time (HH:MM): ${JSON.stringify(time)}`);
  const wall = utcMs(year, month, day, Number(m[1]), Number(m[2]));
  const { matches, offsets } = instantsForWall(wall, timeZone);
  if (matches.length > 0) return new Date(matches[0]);
  // In a gap the offset before it is the smaller one; reading the wall time with it lands past the gap.
  return new Date(wall - Math.min(...offsets));
}

/** The instant the calendar day begins in the zone: local midnight, or the first instant after a gap that swallowed it. */
export function startOfLocalDay(date: LocalDate, timeZone: string): Date {
  const { year, month, day } = requireLocalDate(date);
  const wall = utcMs(year, month, day);
  const { matches, offsets } = instantsForWall(wall, timeZone);
  if (matches.length > 0) return new Date(matches[0]);
  // Midnight fell in a gap: the day begins at the transition itself, which lies between the two readings.
  let lo = wall - Math.max(...offsets); // still before the transition
  let hi = wall - Math.min(...offsets); // already after it
  const before = offsetAt(lo, timeZone);
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (offsetAt(mid, timeZone) === before) lo = mid;
    else hi = mid;
  }
  return new Date(hi);
}

/** The first instant of the next day: the exclusive end of this one. */
export function endOfLocalDay(date: LocalDate, timeZone: string): Date {
  return startOfLocalDay(addCalendarDays(date, 1), timeZone);
}

/** Pure calendar arithmetic; no timezone is involved. */
export function addCalendarDays(date: LocalDate, days: number): LocalDate {
  const { year, month, day } = requireLocalDate(date);
  if (!Number.isInteger(days)) throw new RangeError(`Not a whole number of days: ${days}`);
  const d = new Date(utcMs(year, month, day) + days * DAY_MS);
  const result = formatLocalDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  if (!isLocalDate(result)) throw new RangeError(`Date out of range: ${date} + ${days} days`);
  return result;
}

export interface MaterialsDeadline {
  /** the last calendar day, in the body's timezone, on which materials are on time */
  lastDay: LocalDate;
  /** exclusive: a submission at this instant or later is late */
  endsAt: Date;
}

/** Materials for a session are due no later than `daysBefore` calendar days before it, counted in the body's timezone. */
export function materialsDeadline(sessionStartsAt: Date, timeZone: string, daysBefore: number): MaterialsDeadline {
  // R7 (3.9)
  const lastDay = addCalendarDays(localDateOf(sessionStartsAt, timeZone), -daysBefore);
  return { lastDay, endsAt: endOfLocalDay(lastDay, timeZone) };
}

export function isOnTime(submittedAt: Date, deadline: { endsAt: Date }): boolean {
  return requireInstant(submittedAt) < requireInstant(deadline.endsAt);
}
