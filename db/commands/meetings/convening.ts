import { eq } from "drizzle-orm";
import type { Services } from "../../../app/context";
import { appendAudit } from "../../audit";
import { DomainError } from "../../../app/lib/errors";
import type { Actor } from "../../../app/lib/policy";
import { zonedDateTimeToInstant } from "../../../app/lib/zoned-time";
import { writeTransaction } from "../../client";
import { meetings, type Body } from "../../schema";
import { nextMeetingNumber } from "../../queries/meetings";
import { authorize, loadBody, loadMeeting } from "../../access";
import type { MeetingDetailsInput } from "../../../app/lib/meeting-input";
import { notifyParticipants } from "./notify";

/** The instant a meeting starts, from a date and a time in the body's timezone; never in the past. */
function startOf(body: Body, input: MeetingDetailsInput, now: Date): Date {
  const startsAt = zonedDateTimeToInstant(input.startsOn, input.startsAtTime, body.timezone);
  if (startsAt.getTime() <= now.getTime()) throw new DomainError("meeting.inPast", 422, {}, "startsOn");
  return startsAt;
}

const details = (input: MeetingDetailsInput, startsAt: Date) => ({
  startsAt,
  durationMinutes: input.durationMinutes,
  place: input.place,
  format: input.format,
  videoLink: input.format === "in_person" ? null : input.videoLink,
});

/** R2 (3.2 б): a co-chair (or deputy) drafts a meeting: number, date and time, place, format. */
export function createMeeting(
  services: Services,
  actor: Actor,
  bodyId: number,
  input: MeetingDetailsInput,
  now = new Date(),
): number {
  return writeTransaction(services.db, (tx) => {
    const { body } = loadBody(tx, actor, bodyId, "meeting.create");
    const startsAt = startOf(body, input, now);
    const number = nextMeetingNumber(tx, body.id);
    const { id } = tx
      .insert(meetings)
      .values({ bodyId: body.id, number, ...details(input, startsAt), createdById: actor.id })
      .returning({ id: meetings.id })
      .get();
    appendAudit(
      tx,
      actor.id,
      {
        action: "meeting.created",
        subjectType: "meeting",
        subjectId: id,
        details: { bodyId: body.id, number, startsAt: startsAt.toISOString() },
      },
      now,
    );
    return id;
  });
}

/** Changes the details; once convened, a change of date, time, place, format or link sends everyone an update (same UID, next SEQUENCE). */
export function updateMeeting(
  services: Services,
  actor: Actor,
  meetingId: number,
  input: MeetingDetailsInput,
  now = new Date(),
): void {
  const notified = writeTransaction(services.db, (tx) => {
    const ctx = loadMeeting(tx, actor, meetingId);
    authorize(actor, "meeting.manage", ctx.scope, "meeting.notEditable");
    const next = details(input, startOf(ctx.body, input, now));
    const before = ctx.meeting;
    const changed = (Object.keys(next) as (keyof typeof next)[]).filter(
      (k) =>
        String(next[k] instanceof Date ? (next[k] as Date).getTime() : next[k]) !==
        String(before[k] instanceof Date ? (before[k] as Date).getTime() : before[k]),
    );
    if (changed.length === 0) return false;
    const sequence = before.status === "convened" ? before.icsSequence + 1 : before.icsSequence;
    tx.update(meetings)
      .set({ ...next, icsSequence: sequence })
      .where(eq(meetings.id, meetingId))
      .run();
    appendAudit(
      tx,
      actor.id,
      { action: "meeting.updated", subjectType: "meeting", subjectId: meetingId, details: { changed } },
      now,
    );
    if (before.status !== "convened") return false;
    notifyParticipants(
      services,
      tx,
      { ...ctx, meeting: { ...before, ...next, icsSequence: sequence } },
      "updated",
      now,
    );
    return true;
  });
  if (notified) services.mail.kick();
  services.live.publish(meetingId, "details");
}

/** Draft → convened: every member of the body at the meeting's date, and every invited guest, gets the letter and its .ics. */
export function conveneMeeting(services: Services, actor: Actor, meetingId: number, now = new Date()): number {
  const sent = writeTransaction(services.db, (tx) => {
    const ctx = loadMeeting(tx, actor, meetingId);
    authorize(actor, "meeting.manage", ctx.scope, "meeting.notEditable");
    if (ctx.meeting.status !== "draft") throw new DomainError("meeting.alreadyConvened", 409);
    if (ctx.meeting.startsAt.getTime() <= now.getTime()) throw new DomainError("meeting.inPast", 422);
    tx.update(meetings).set({ status: "convened", convenedAt: now }).where(eq(meetings.id, meetingId)).run();
    const recipients = notifyParticipants(
      services,
      tx,
      { ...ctx, meeting: { ...ctx.meeting, status: "convened" } },
      "convened",
      now,
    );
    appendAudit(
      tx,
      actor.id,
      { action: "meeting.convened", subjectType: "meeting", subjectId: meetingId, details: { recipients } },
      now,
    );
    return recipients;
  });
  services.mail.kick();
  services.live.publish(meetingId, "status");
  return sent;
}

/** Cancels a draft or convened meeting; a convened one's participants get a cancellation that removes it from their calendars. */
export function cancelMeeting(services: Services, actor: Actor, meetingId: number, now = new Date()): void {
  writeTransaction(services.db, (tx) => {
    const ctx = loadMeeting(tx, actor, meetingId);
    authorize(actor, "meeting.manage", ctx.scope, "meeting.notEditable");
    const wasConvened = ctx.meeting.status === "convened";
    const sequence = ctx.meeting.icsSequence + 1;
    tx.update(meetings)
      .set({ status: "cancelled", cancelledAt: now, icsSequence: sequence })
      .where(eq(meetings.id, meetingId))
      .run();
    const recipients = wasConvened
      ? notifyParticipants(
          services,
          tx,
          { ...ctx, meeting: { ...ctx.meeting, status: "cancelled", icsSequence: sequence } },
          "cancelled",
          now,
        )
      : 0;
    appendAudit(
      tx,
      actor.id,
      { action: "meeting.cancelled", subjectType: "meeting", subjectId: meetingId, details: { recipients } },
      now,
    );
  });
  services.mail.kick();
  services.live.publish(meetingId, "status");
}
