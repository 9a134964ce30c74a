import type { Services } from "../../app/context";
import { bodyTitle } from "../../app/lib/body-rules";
import type { IcsEvent } from "../../app/lib/ics";
import type { Body, Meeting } from "../schema";

export function meetingLink(services: Services, meetingId: number): string {
  return new URL(`/meetings/${meetingId}`, services.config.appUrl).toString();
}

export function mailbox(from: string): { name: string; email: string } {
  const m = from.match(/^\s*(.*?)\s*<([^>]+)>\s*$/);
  return m ? { name: m[1]!.replace(/^"|"$/g, ""), email: m[2]! } : { name: "", email: from.trim() };
}

/** Where a member answers the invitation: the meeting's participants page. */
export function answerLink(services: Services, meetingId: number): string {
  return new URL(`/meetings/${meetingId}/participants`, services.config.appUrl).toString();
}

/**
 * The meeting as a calendar event; the same UID for its whole life, so updates and cancellation replace it.
 * The ORGANIZER is the platform's sending address (MAIL_FROM, a no-reply mailbox); `description` says where
 * to answer instead (see calendarDescription).
 */
export function meetingEvent(
  services: Services,
  ctx: { meeting: Meeting; body: Body },
  agenda: string[],
  attendees: { name: string; email: string }[],
  now: Date,
  description?: string,
): IcsEvent {
  const { meeting, body } = ctx;
  const host = new URL(services.config.appUrl).hostname;
  return {
    uid: `meeting-${meeting.id}@${host}`,
    sequence: meeting.icsSequence,
    start: meeting.startsAt,
    end: new Date(meeting.startsAt.getTime() + meeting.durationMinutes * 60_000),
    summary: `${bodyTitle(body, "ru")}: заседание № ${meeting.number}`,
    description:
      description ??
      [agenda.map((a, i) => `${i + 1}. ${a}`).join("\n"), meetingLink(services, meeting.id)]
        .filter(Boolean)
        .join("\n\n"),
    location: [meeting.place, meeting.videoLink].filter(Boolean).join(" · "),
    url: meetingLink(services, meeting.id),
    organizer: mailbox(services.config.mailFrom),
    attendees,
    status: meeting.status === "cancelled" ? "CANCELLED" : "CONFIRMED",
    stamp: now,
  };
}
