import { eq, inArray } from "drizzle-orm";
import type { Services } from "../../../app/context";
import { bodyTitle } from "../../../app/lib/body-rules";
import { icsMessage, type IcsEvent } from "../../../app/lib/ics";
import { enqueueMail } from "../../../app/lib/mail.server";
import { calendarDescription, meetingMail, type MeetingMailKind } from "../../../app/lib/meeting-mail";
import type { Db } from "../../client";
import { users } from "../../schema";
import { agendaOf, guestsOf } from "../../queries/meetings";
import { compositionAt } from "../../queries/bodies";
import type { MeetingContext } from "./load";

export function meetingLink(services: Services, meetingId: number): string {
  return new URL(`/meetings/${meetingId}`, services.config.appUrl).toString();
}

function mailbox(from: string): { name: string; email: string } {
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
  ctx: Pick<MeetingContext, "meeting" | "body">,
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

/**
 * Queues, inside the caller's transaction, one letter with its .ics to every member in the composition at
 * the meeting's date and every invited guest (or to `only` those user ids).
 */
export function notifyParticipants(
  services: Services,
  tx: Db,
  ctx: MeetingContext,
  kind: MeetingMailKind,
  now: Date,
  only?: number[],
): number {
  const memberIds = compositionAt(tx, ctx.meeting.bodyId, ctx.meeting.startsAt).flatMap((c) =>
    c.seats.map((s) => s.userId),
  );
  const guestIds = guestsOf(tx, ctx.meeting.id).map((g) => g.userId);
  const ids = [...new Set([...memberIds, ...guestIds])].filter((id) => !only || only.includes(id));
  if (ids.length === 0) return 0;
  const people = tx
    .select()
    .from(users)
    .where(inArray(users.id, ids))
    .all()
    .filter((u) => u.status !== "disabled");
  const agenda = agendaOf(tx, ctx.meeting.id)
    .filter((i) => i.status === "accepted")
    .map((i) => i.title);
  const attendees = people.map((p) => ({ name: p.name, email: p.email }));
  const link = meetingLink(services, ctx.meeting.id);
  const members = new Set(memberIds);
  for (const person of people) {
    const locale = person.locale ?? "ru";
    // Only members answer the invitation (rsvp.answer), and not a cancelled one; others are told that replies reach nobody.
    const answer = members.has(person.id) && kind !== "cancelled" ? answerLink(services, ctx.meeting.id) : null;
    const description = calendarDescription({ locale, agenda, link, answerLink: answer });
    const event = meetingEvent(services, ctx, agenda, attendees, now, description);
    const ics = icsMessage(kind === "cancelled" ? "CANCEL" : "REQUEST", event);
    const mail = meetingMail({
      kind,
      locale,
      name: person.name,
      timeZone: person.timezone,
      body: ctx.body,
      meeting: ctx.meeting,
      agenda,
      link,
      answerLink: answer,
    });
    enqueueMail(
      tx,
      {
        to: person.email,
        ...mail,
        attachments: [
          {
            filename: kind === "cancelled" ? "cancel.ics" : "invite.ics",
            contentType: `text/calendar; charset=utf-8; method=${kind === "cancelled" ? "CANCEL" : "REQUEST"}`,
            content: ics,
          },
        ],
      },
      now,
    );
  }
  return people.length;
}

export const userById = (tx: Db, id: number) => tx.select().from(users).where(eq(users.id, id)).get();
