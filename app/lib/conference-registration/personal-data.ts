// What of a registration is personal data, and how long it is kept (152-ФЗ): pure, so the withdrawal, the periodic
// erasure, the form's consent text and the tests agree (decision 0027).
import type { RegistrationStatus } from "../conference-kinds";

/**
 * What identifies a person, erased on withdrawal or once the retention period passes: the name, the address (and its
 * key), the position, the organisation's name, the personal link. A country and a kind of organisation identify
 * nobody among a conference's hundreds: they stay, with the status and whether they came, for the statistics.
 */
export const personalFields = ["name", "email", "position", "organisation"] as const;
export type PersonalField = (typeof personalFields)[number];

/** The columns' values once erased (the columns are NOT NULL: empty, and `erasedAt` says why they are). */
export function erasedPersonalData(now: Date) {
  return {
    name: "",
    email: "",
    emailKey: "",
    position: "",
    organisation: "",
    accessTokenHash: null,
    erasedAt: now,
  } as const;
}

/**
 * The default retention: 90 days after the conference ends. Long enough to send the outcome document and the
 * materials, answer participants' questions and write the quarterly report; the statistics need no names at all.
 */
export const defaultRetentionDays = 90;
/** Organisers may shorten it to the day itself, or keep it up to a year (longer serves no conference's purpose). */
export const retentionDaysLimits = { min: 0, max: 365 } as const;

const dayMs = 24 * 3600_000;

/** When a conference's registrants' personal data is erased: its end plus the retention days. */
export function personalDataErasedAt(conference: { endsAt: Date; personalDataRetentionDays: number }): Date {
  return new Date(conference.endsAt.getTime() + conference.personalDataRetentionDays * dayMs);
}

/** Whether the retention period has passed (the periodic job erases what is still held). */
export function isRetentionOver(conference: { endsAt: Date; personalDataRetentionDays: number }, now: Date): boolean {
  return now.getTime() >= personalDataErasedAt(conference).getTime();
}

/** A registrant may correct their details while their registration stands (waiting or confirmed). */
export function mayCorrect(registration: { status: RegistrationStatus; erasedAt: Date | null }): boolean {
  return registration.erasedAt === null && (registration.status === "pending" || registration.status === "confirmed");
}

/** Consent may be withdrawn at any time (152-ФЗ, art. 9 п. 2), whatever the organisers decided; once only. */
export function mayWithdraw(registration: { status: RegistrationStatus; erasedAt: Date | null }): boolean {
  return registration.erasedAt === null && registration.status !== "withdrawn";
}

/** The fields a correction changed, in the form's order (the audit row names them, never their values). */
export function changedFields<T extends Record<string, unknown>>(before: T, after: Partial<T>): (keyof T & string)[] {
  return (Object.keys(after) as (keyof T & string)[]).filter((k) => after[k] !== before[k]);
}

/** The organisers' retention setting, as typed: a whole number of days within the limits. */
export function parseRetentionDays(typed: unknown): number | null {
  const text = typeof typed === "string" ? typed.trim() : "";
  if (!/^\d{1,3}$/.test(text)) return null;
  const days = Number(text);
  return days >= retentionDaysLimits.min && days <= retentionDaysLimits.max ? days : null;
}
