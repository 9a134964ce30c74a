// The rules of a conference's registration (issue 12), pure: whether the form is open, how an e-mail address is
// compared, what an organiser may do with a registration, and how fast one address may submit the form.
import type { RegistrationStatus } from "../conference-kinds";
import type { ThrottleRule } from "../throttle";

export type RegistrationWindow = "notOpened" | "open" | "closed";

/**
 * Registration is open from the moment the organisers opened it until the moment they closed it (either may be set
 * ahead). Re-opening clears the closing time, so a closing time before the opening one belongs to an earlier round.
 */
export function registrationWindow(
  conference: { registrationOpenedAt: Date | null; registrationClosedAt: Date | null },
  now: Date,
): RegistrationWindow {
  const opened = conference.registrationOpenedAt?.getTime() ?? null;
  const closed = conference.registrationClosedAt?.getTime() ?? null;
  const at = now.getTime();
  if (closed !== null && closed <= at && (opened === null || closed >= opened)) return "closed";
  if (opened !== null && opened <= at) return "open";
  return "notOpened";
}

export const isRegistrationOpen = (conference: Parameters<typeof registrationWindow>[0], now: Date) =>
  registrationWindow(conference, now) === "open";

/**
 * The key one registration per address is kept by: trimmed, NFC, lower-case. «Ivan.Petrov@Example.org » and
 * «ivan.petrov@example.org» are one person for a conference (nobody runs two mailboxes differing by case).
 */
export function emailKey(email: string): string {
  return email.normalize("NFC").trim().toLowerCase();
}

/** Organisers confirm a waiting registration, or one they had declined and reconsider; they decline only a waiting one. */
export function mayConfirm(status: RegistrationStatus): boolean {
  return status === "pending" || status === "declined";
}
export function mayDecline(status: RegistrationStatus): boolean {
  return status === "pending";
}

/**
 * Who may be checked in at the door: a confirmed participant. A pending one is confirmed and checked in in one step
 * by the organiser at the door (they are standing there); a declined one is not let in from the check-in list.
 */
export type DoorAction = "checkIn" | "undo" | "confirmAndCheckIn" | null;
export function doorAction(registration: { status: RegistrationStatus; checkedInAt: Date | null }): DoorAction {
  if (registration.status === "confirmed") return registration.checkedInAt ? "undo" : "checkIn";
  if (registration.status === "pending") return "confirmAndCheckIn";
  return null;
}

/**
 * The public form's throttle, per client address: every submission counts (accepted, refused or malformed), so
 * neither a flood of fake registrations nor a run of guesses at who registered gets far. Thirty in ten minutes
 * lets a secretary register a whole delegation from one office (one address behind its NAT).
 */
export const registrationAddressRule: ThrottleRule = { maxFailures: 30, windowMs: 10 * 60_000, lockMs: 10 * 60_000 };
export const registrationThrottleKey = (address: string) => `registration:ip:${address}`;
