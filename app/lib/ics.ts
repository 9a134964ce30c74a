// iCalendar (RFC 5545) text for session invitations (iTIP, RFC 5546) and subscription feeds, written by hand:
// the few properties we use do not justify a library in the server bundle.

export interface IcsPerson {
  name: string;
  email: string;
}

export interface IcsEvent {
  uid: string;
  sequence: number;
  start: Date;
  end: Date;
  summary: string;
  description: string;
  location: string;
  url?: string;
  organizer: IcsPerson;
  attendees: IcsPerson[];
  status: "CONFIRMED" | "CANCELLED";
  stamp: Date;
}

const PRODID = "-//Cooperation Platform//RU";
const CRLF = "\r\n";
const MAX_OCTETS = 75; // 3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break

// Control characters other than HTAB are not allowed in TEXT or parameter values (3.3.11, 3.1).
const CONTROLS = /[\u0000-\u0008\u000a-\u001f\u007f]/g;

/** TEXT (3.3.11): backslash, semicolon and comma are escaped, a line break becomes \n. */
function text(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n")
    .replace(CONTROLS, "");
}

/** A quoted parameter value (3.2): it cannot hold a double quote at all, so a name loses its quotes. */
function quotedParam(value: string): string {
  return `"${value.replace(/"/g, "").replace(CONTROLS, " ")}"`;
}

/** A URI value is not escaped; anything that could break the line or the URI is dropped. */
function uri(value: string): string {
  return value.replace(CONTROLS, "").replace(/\s/g, "");
}

function utc(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError("invalid date in calendar event");
  // 2026-12-11T07:00:00.000Z → 20261211T070000Z (3.3.5, form #2: UTC time)
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z")
    .replace(/[-:]/g, "");
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** 3.1: fold at 75 octets of UTF-8, never inside a character; each continuation starts with a space, which counts. */
function fold(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0)!);
    if (octets + size > MAX_OCTETS) {
      parts.push(current);
      current = " ";
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF);
}

/**
 * Nobody reads replies sent to the organiser's address (a no-reply mailbox): attendees are told not to reply
 * (RSVP=FALSE, 3.2.17) and the description sends them to the platform, where answers are recorded.
 */
function person(property: "ORGANIZER" | "ATTENDEE", who: IcsPerson): string {
  const params = property === "ATTENDEE" ? ";ROLE=REQ-PARTICIPANT;RSVP=FALSE" : "";
  return `${property};CN=${quotedParam(who.name)}${params}:mailto:${uri(who.email)}`;
}

function vevent(event: IcsEvent, status: IcsEvent["status"]): string[] {
  if (!Number.isInteger(event.sequence) || event.sequence < 0)
    throw new RangeError(`SEQUENCE must be a non-negative integer, got ${event.sequence}`);
  if (event.end.getTime() < event.start.getTime()) throw new RangeError("a calendar event cannot end before it starts");
  return [
    "BEGIN:VEVENT",
    `UID:${text(event.uid)}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTAMP:${utc(event.stamp)}`,
    `DTSTART:${utc(event.start)}`,
    `DTEND:${utc(event.end)}`,
    `SUMMARY:${text(event.summary)}`,
    `DESCRIPTION:${text(event.description)}`,
    `LOCATION:${text(event.location)}`,
    ...(event.url ? [`URL:${uri(event.url)}`] : []),
    person("ORGANIZER", event.organizer),
    ...event.attendees.map((a) => person("ATTENDEE", a)),
    `STATUS:${status}`,
    "END:VEVENT",
  ];
}

function calendar(head: string[], events: string[][]): string {
  const lines = [
    "BEGIN:VCALENDAR",
    `PRODID:${PRODID}`,
    "VERSION:2.0",
    "CALSCALE:GREGORIAN",
    ...head,
    ...events.flat(),
    "END:VCALENDAR",
  ];
  return lines.map(fold).join(CRLF) + CRLF;
}

/** A single-event calendar to attach to an e-mail: METHOD:REQUEST for an invitation or an update (same UID, higher
 * SEQUENCE), METHOD:CANCEL for a cancellation. */
export function icsMessage(method: "REQUEST" | "CANCEL", event: IcsEvent): string {
  // RFC 5546 3.2.5: a CANCEL carries STATUS:CANCELLED whatever the event says, or calendar apps keep the meeting.
  const status = method === "CANCEL" ? "CANCELLED" : event.status;
  return calendar([`METHOD:${method}`], [vevent(event, status)]);
}

/** A subscription feed (METHOD:PUBLISH) with many events, named for calendar apps (X-WR-CALNAME). A feed URL is
 * easily shared further, so callers may prefer to pass events without attendees. */
export function icsFeed(calendarName: string, events: readonly IcsEvent[]): string {
  return calendar(
    ["METHOD:PUBLISH", `X-WR-CALNAME:${text(calendarName)}`],
    events.map((e) => vevent(e, e.status)),
  );
}
