/**
 * A partnership's term (issue 12): the agreement runs from its start date for a number of months, or for an
 * indefinite term. Pure; dates are calendar days (YYYY-MM-DD) as the agreement states them.
 */
import { isSaneDate } from "./text-rules";
import { isLocalDate, type LocalDate } from "./zoned-time";

/** Longest term one may type: 100 years. */
export const MAX_TERM_MONTHS = 1200;

/**
 * The day the term expires, as the Civil Code counts a term in months (ГК РФ, ст. 192 п. 3): the corresponding
 * date of the term's last month (7 years from 2019-11-15 expire on 2026-11-15); a month without that date ends on
 * its last day (one month from 31 January expires on the last day of February). Null for an indefinite term.
 */
export function termEndsOn(startsOn: LocalDate, termMonths: number | null): LocalDate | null {
  if (termMonths === null) return null;
  const [y, m, d] = startsOn.split("-").map(Number) as [number, number, number];
  const monthIndex = m - 1 + termMonths;
  const year = y + Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, "0")}-${String(Math.min(d, lastDay)).padStart(2, "0")}`;
}

/** Whether the agreement is in force on `today` (from its start to its last day, inclusive). */
export function inForceOn(p: { startsOn: LocalDate; termMonths: number | null }, today: LocalDate): boolean {
  const ends = termEndsOn(p.startsOn, p.termMonths);
  return p.startsOn <= today && (ends === null || today <= ends);
}

export interface PartnershipDetails {
  startsOn: LocalDate;
  termMonths: number | null;
}

export type PartnershipDetailsProblem =
  | { field: "startsOn"; problem: "partnership.error.startRequired" | "partnership.error.startInvalid" }
  | { field: "termMonths"; problem: "partnership.error.termInvalid" };

/**
 * The start date and term a form sent: `term` is "indefinite" or "months" (then `termMonths`, 1–1200).
 * Either the details or the first problem found, named by its field.
 */
export function parsePartnershipDetails(input: {
  startsOn: string;
  term: string;
  termMonths: string;
}): { ok: true; details: PartnershipDetails } | ({ ok: false } & PartnershipDetailsProblem) {
  const startsOn = input.startsOn.trim();
  if (!startsOn) return { ok: false, field: "startsOn", problem: "partnership.error.startRequired" };
  if (!isLocalDate(startsOn) || !isSaneDate(startsOn))
    return { ok: false, field: "startsOn", problem: "partnership.error.startInvalid" };
  if (input.term === "indefinite") return { ok: true, details: { startsOn, termMonths: null } };
  const months = input.termMonths.trim();
  if (input.term !== "months" || !/^\d{1,4}$/.test(months) || Number(months) < 1 || Number(months) > MAX_TERM_MONTHS)
    return { ok: false, field: "termMonths", problem: "partnership.error.termInvalid" };
  return { ok: true, details: { startsOn, termMonths: Number(months) } };
}
