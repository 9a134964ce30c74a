import { and, eq } from "drizzle-orm";
import { type Services } from "../../../app/context";
import { appendAudit } from "../../audit";
import { DomainError, forbidden } from "../../../app/lib/errors";
import { type Actor, can, type BodyScope } from "../../../app/lib/policy";
import { agendaApprovalState } from "../../../app/lib/agenda-approval";
import { zonedDateTimeToInstant } from "../../../app/lib/zoned-time";
import { writeTransaction, type Db } from "../../client";
import { agendaApprovals, meetings } from "../../schema/meetings";
import { meetingChangeProposals } from "../../schema/meeting-rules";
import { sides, type Body } from "../../schema/bodies";
import { nextMeetingNumber } from "../../queries/meetings";
import { authorize, loadBody, loadMeeting, type MeetingContext } from "../../access";
import { type MeetingDetailsInput } from "../../../app/lib/meeting-input";
import { actAsChair } from "./acting";
import { applyDetails, changedDetails, type MeetingDetails } from "./details";
import { notifyParticipants } from "./notify";

/** The instant a meeting starts, from a date and a time in the body's timezone; never in the past. */
export function startOf(body: Body, input: MeetingDetailsInput, now: Date): Date {
  const startsAt = zonedDateTimeToInstant(input.startsOn, input.startsAtTime, body.timezone);
  if (startsAt.getTime() <= now.getTime()) throw new DomainError("meeting.inPast", 422, {}, "startsOn");
  return startsAt;
}

export const detailsOf = (input: MeetingDetailsInput, startsAt: Date): MeetingDetails => ({
  startsAt,
  durationMinutes: input.durationMinutes,
  place: input.place,
  format: input.format,
  videoLink: input.format === "in_person" ? null : input.videoLink,
});

/** R2 (3.2 б), R5: a co-chair (or the deputy acting for them) drafts a meeting: number, date and time, place, format. */
export function createMeeting(
  services: Services,
  actor: Actor,
  bodyId: number,
  input: MeetingDetailsInput,
  now = new Date(),
): number {
  return writeTransaction(services.db, (tx) => {
    const { body, scope } = loadBody(tx, actor, bodyId, "meeting.create");
    const startsAt = startOf(body, input, now);
    const act = actAsChair(tx, actor, { body, scope }, "before_session", now);
    const number = nextMeetingNumber(tx, body.id);
    const { id } = tx
      .insert(meetings)
      .values({ bodyId: body.id, number, ...detailsOf(input, startsAt), createdById: actor.id })
      .returning({ id: meetings.id })
      .get();
    appendAudit(
      tx,
      actor.id,
      {
        action: "meeting.created",
        subjectType: "meeting",
        subjectId: id,
        details: { bodyId: body.id, number, startsAt: startsAt.toISOString(), ...act },
      },
      now,
    );
    return id;
  });
}

/**
 * Changes the details of a draft. R2 (3.2 б): once convened, the date, time and place are the co-chairs' joint
 * decision: a change is proposed by one side and takes effect when the other agrees (rescheduling.ts).
 */
export function updateMeeting(
  services: Services,
  actor: Actor,
  meetingId: number,
  input: MeetingDetailsInput,
  now = new Date(),
): void {
  writeTransaction(services.db, (tx) => {
    const ctx = loadMeeting(tx, actor, meetingId);
    authorize(actor, "meeting.manage", ctx.scope, "meeting.notEditable");
    const next = detailsOf(input, startOf(ctx.body, input, now));
    if (changedDetails(ctx.meeting, next).length === 0) return;
    if (ctx.meeting.status !== "draft") throw new DomainError("meeting.changeNeedsAgreement", 409);
    actAsChair(tx, actor, ctx, "before_session", now);
    applyDetails(services, tx, actor.id, ctx, next, now);
  });
  services.live.publish(meetingId, "details");
}

/** R2 (3.2 б): the sides that have not yet approved the current version of the agenda, by name. */
export function sidesYetToApprove(tx: Db, ctx: Pick<MeetingContext, "meeting" | "body">): string[] {
  const list = tx.select({ id: sides.id, name: sides.name }).from(sides).where(eq(sides.bodyId, ctx.body.id)).all();
  const approvals = tx.select().from(agendaApprovals).where(eq(agendaApprovals.meetingId, ctx.meeting.id)).all();
  const state = agendaApprovalState(
    list.map((s) => s.id),
    ctx.meeting.agendaVersion,
    approvals,
  );
  if (state.approved) return [];
  return list.length === 0 ? ["—"] : list.filter((s) => state.waitingFor.includes(s.id)).map((s) => s.name);
}

/**
 * Draft → convened, only once every side has approved the current version of the agenda (R2, 3.2 б). Every
 * member of the body at the meeting's date, and every invited guest, gets the letter and its .ics.
 */
export function conveneMeeting(services: Services, actor: Actor, meetingId: number, now = new Date()): number {
  const sent = writeTransaction(services.db, (tx) => {
    const ctx = loadMeeting(tx, actor, meetingId);
    authorize(actor, "meeting.manage", ctx.scope, "meeting.notEditable");
    if (ctx.meeting.status !== "draft") throw new DomainError("meeting.alreadyConvened", 409);
    if (ctx.meeting.startsAt.getTime() <= now.getTime()) throw new DomainError("meeting.inPast", 422);
    const act = actAsChair(tx, actor, ctx, "before_session", now);
    const waiting = sidesYetToApprove(tx, ctx);
    if (waiting.length > 0)
      throw new DomainError("meeting.agendaNotApproved", 409, { sides: waiting.map((s) => `«${s}»`).join(", ") });
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
      {
        action: "meeting.convened",
        subjectType: "meeting",
        subjectId: meetingId,
        details: { recipients, ...act },
      },
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
    const act = actAsChair(tx, actor, ctx, "before_session", now);
    const wasConvened = ctx.meeting.status === "convened";
    const sequence = ctx.meeting.icsSequence + 1;
    tx.update(meetings)
      .set({ status: "cancelled", cancelledAt: now, icsSequence: sequence })
      .where(eq(meetings.id, meetingId))
      .run();
    // A proposal to move a cancelled meeting has nothing left to move.
    tx.update(meetingChangeProposals)
      .set({ status: "withdrawn", decidedAt: now })
      .where(and(eq(meetingChangeProposals.meetingId, meetingId), eq(meetingChangeProposals.status, "pending")))
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
      {
        action: "meeting.cancelled",
        subjectType: "meeting",
        subjectId: meetingId,
        details: { recipients, ...act },
      },
      now,
    );
  });
  services.mail.kick();
  services.live.publish(meetingId, "status");
}
