import { and, eq, isNull } from "drizzle-orm";
import type { Services } from "../../../app/context";
import { appendAudit } from "../../audit";
import { DomainError } from "../../../app/lib/errors";
import type { Actor } from "../../../app/lib/policy";
import { writeTransaction, type Db } from "../../client";
import { agendaItems, meetings } from "../../schema";
import { quorumOfRoll, rollOf } from "../../queries/meetings";
import { authorize, loadMeeting, type MeetingContext } from "../../access";

export function quorumOf(tx: Db, ctx: Pick<MeetingContext, "meeting" | "body">) {
  return quorumOfRoll(ctx.body, rollOf(tx, ctx.meeting));
}

/** The presiding co-chair opens the meeting; whether it was quorate then is recorded. */
export function startMeeting(services: Services, actor: Actor, meetingId: number, now = new Date()): void {
  writeTransaction(services.db, (tx) => {
    const ctx = loadMeeting(tx, actor, meetingId);
    authorize(actor, "meeting.preside", ctx.scope, "meeting.notStartable");
    if (ctx.meeting.status !== "convened") throw new DomainError("meeting.notStartable", 409);
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
    appendAudit(
      tx,
      actor.id,
      {
        action: "meeting.started",
        subjectType: "meeting",
        subjectId: meetingId,
        details: { quorate: quorumOf(tx, ctx).quorate },
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
      { action: "meeting.current_item_set", subjectType: "meeting", subjectId: meetingId, details: { itemId } },
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
        details: { itemId: next.id },
      },
      now,
    );
    return true;
  });
  if (moved) services.live.publish(meetingId, "current");
}

export function completeMeeting(services: Services, actor: Actor, meetingId: number, now = new Date()): void {
  writeTransaction(services.db, (tx) => {
    const ctx = loadMeeting(tx, actor, meetingId);
    authorize(actor, "meeting.preside", ctx.scope, "meeting.notInProgress");
    if (ctx.meeting.status !== "in_progress") throw new DomainError("meeting.notInProgress", 409);
    tx.update(meetings)
      .set({ status: "completed", completedAt: now, currentItemId: null })
      .where(eq(meetings.id, meetingId))
      .run();
    appendAudit(
      tx,
      actor.id,
      {
        action: "meeting.completed",
        subjectType: "meeting",
        subjectId: meetingId,
        details: { quorate: quorumOf(tx, ctx).quorate },
      },
      now,
    );
  });
  services.live.publish(meetingId, "status");
}
