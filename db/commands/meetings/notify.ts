import { eq, inArray } from "drizzle-orm";
import type { Services } from "../../../app/context";
import { icsMessage } from "../../../app/lib/ics";
import { answerLink, meetingEvent, meetingLink } from "../../calendar/event";
import { enqueueMail } from "../../outbox";
import { calendarDescription, meetingMail, type MeetingMailKind } from "../../../app/lib/meeting-mail";
import type { Db } from "../../client";
import { users } from "../../schema";
import { agendaOf, guestsOf } from "../../queries/meetings";
import { compositionAt } from "../../queries/bodies";
import type { MeetingContext } from "../../access";

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
