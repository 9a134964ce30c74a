import { and, eq, isNull } from "drizzle-orm";
import { type Services } from "../../../app/context";
import { appendAudit } from "../../audit";
import { DomainError } from "../../../app/lib/errors";
import { type Actor } from "../../../app/lib/policy";
import { localDateOf } from "../../../app/lib/zoned-time";
import { writeTransaction } from "../../client";
import { agendaItems, meetings } from "../../schema/meetings";
import { quorumOfRoll, rollOf } from "../../queries/meetings";
import { authorize, loadMeeting, type MeetingContext } from "../../access";
import { actAsChair } from "./acting";
import { recordRoll } from "./roll-snapshot";

/**
 * The presiding co-chair (or, R5, the deputy when the co-chair is not marked present) opens the meeting, on its own
 * day in the body's timezone. R9: the roll and whether it was quorate then are stored.
 */
export function startMeeting(services: Services, actor: Actor, meetingId: number, now = new Date()): void {
  writeTransaction(services.db, (tx) => {
    const ctx = loadMeeting(tx, actor, meetingId);
    authorize(actor, "meeting.preside", ctx.scope, "meeting.notStartable");
    if (ctx.meeting.status !== "convened") throw new DomainError("meeting.notStartable", 409);
    const day = localDateOf(ctx.meeting.startsAt, ctx.body.timezone);
    if (localDateOf(now, ctx.body.timezone) !== day) throw new DomainError("meeting.notItsDay", 409, { date: day });
    const act = actAsChair(tx, actor, ctx, "at_session", now);
    const first = tx
      .select({ id: agendaItems.id })
      .from(agendaItems)
      .where(
        and(eq(agendaItems.meetingId, meetingId), eq(agendaItems.status, "accepted"), isNull(agendaItems.removedAt)),
      )
      .orderBy(agendaItems.position)
      .get();
    tx.update(meetings)
      .set({ status: "in_progress", startedAt: now, currentItemId: first?.id ?? null })
      .where(eq(meetings.id, meetingId))
      .run();
    const quorum = recordRoll(tx, ctx, "opened", now);
    appendAudit(
      tx,
      actor.id,
      {
        action: "meeting.started",
        subjectType: "meeting",
        subjectId: meetingId,
        details: { quorate: quorum.quorate, ...act },
      },
      now,
    );
  });
  services.live.publish(meetingId, "status");
}

/** The item under discussion, shown to everyone watching the live page. */
export function setCurrentItem(
  services: Services,
  actor: Actor,
  meetingId: number,
  itemId: number | null,
  now = new Date(),
): void {
  writeTransaction(services.db, (tx) => {
    const ctx = loadMeeting(tx, actor, meetingId);
    authorize(actor, "meeting.preside", ctx.scope, "meeting.notInProgress");
    if (ctx.meeting.status !== "in_progress") throw new DomainError("meeting.notInProgress", 409);
    const act = actAsChair(tx, actor, ctx, "at_session", now);
    if (itemId !== null) {
      const item = tx
        .select()
        .from(agendaItems)
        .where(
          and(
            eq(agendaItems.id, itemId),
            eq(agendaItems.meetingId, meetingId),
            eq(agendaItems.status, "accepted"),
            isNull(agendaItems.removedAt),
          ),
        )
        .get();
      if (!item) throw new DomainError("error.notFound.title", 404);
    }
    tx.update(meetings).set({ currentItemId: itemId }).where(eq(meetings.id, meetingId)).run();
    appendAudit(
      tx,
      actor.id,
      {
        action: "meeting.current_item_set",
        subjectType: "meeting",
        subjectId: meetingId,
        details: { itemId, ...act },
      },
      now,
    );
  });
  services.live.publish(meetingId, "current");
}

/**
 * The next accepted item after `fromItemId`, the item the chair was looking at. Read and moved in one
 * transaction: a second press of the same button, or two chairs pressing at once, moves on only once.
 */
export function moveToNextItem(
  services: Services,
  actor: Actor,
  meetingId: number,
  fromItemId: number | null,
  now = new Date(),
): void {
  const moved = writeTransaction(services.db, (tx) => {
    const ctx = loadMeeting(tx, actor, meetingId);
    authorize(actor, "meeting.preside", ctx.scope, "meeting.notInProgress");
    if (ctx.meeting.status !== "in_progress") throw new DomainError("meeting.notInProgress", 409);
    if (fromItemId !== ctx.meeting.currentItemId) return false;
    const act = actAsChair(tx, actor, ctx, "at_session", now);
    const accepted = tx
      .select({ id: agendaItems.id })
      .from(agendaItems)
      .where(
        and(eq(agendaItems.meetingId, meetingId), eq(agendaItems.status, "accepted"), isNull(agendaItems.removedAt)),
      )
      .orderBy(agendaItems.position)
      .all();
    const next = accepted[accepted.findIndex((i) => i.id === ctx.meeting.currentItemId) + 1];
    if (!next) throw new DomainError("meetingsLive.error.noNext", 409);
    tx.update(meetings).set({ currentItemId: next.id }).where(eq(meetings.id, meetingId)).run();
    appendAudit(
      tx,
      actor.id,
      {
        action: "meeting.current_item_set",
        subjectType: "meeting",
        subjectId: meetingId,
        details: { itemId: next.id, ...act },
      },
      now,
    );
    return true;
  });
  if (moved) services.live.publish(meetingId, "current");
}

/** R9 (3.7): the roll and the quorum are stored as they stand at completion; they never change afterwards. */
export function completeMeeting(services: Services, actor: Actor, meetingId: number, now = new Date()): void {
  writeTransaction(services.db, (tx) => {
    const ctx = loadMeeting(tx, actor, meetingId);
    authorize(actor, "meeting.preside", ctx.scope, "meeting.notInProgress");
    if (ctx.meeting.status !== "in_progress") throw new DomainError("meeting.notInProgress", 409);
    const act = actAsChair(tx, actor, ctx, "at_session", now);
    tx.update(meetings)
      .set({ status: "completed", completedAt: now, currentItemId: null })
      .where(eq(meetings.id, meetingId))
      .run();
    const quorum = recordRoll(tx, ctx, "completed", now);
    appendAudit(
      tx,
      actor.id,
      {
        action: "meeting.completed",
        subjectType: "meeting",
        subjectId: meetingId,
        details: { quorate: quorum.quorate, ...act },
      },
      now,
    );
  });
  services.live.publish(meetingId, "status");
}
