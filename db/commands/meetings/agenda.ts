import { and, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { type Services } from "../../../app/context";
import { agendaApprovalState, approvalRefusal } from "../../../app/lib/agenda-approval";
import { appendAudit } from "../../audit";
import { DomainError } from "../../../app/lib/errors";
import { lineField, optionalLine, textField } from "../../../app/lib/forms";
import { type Actor } from "../../../app/lib/policy";
import { textProblem } from "../../../app/lib/text-rules";
import { writeTransaction, type Db } from "../../client";
import { agendaApprovals, agendaItems, meetings } from "../../schema/meetings";
import { sides } from "../../schema/bodies";
import { authorize, loadMeeting, type MeetingContext } from "../../access";
import { actAsChair, chairActOn } from "./acting";

const msg = (message: string) => ({ message });
export const agendaItemSchema = z.object({
  title: lineField("title", { required: true }),
  description: textField("longText").default(""),
  speakers: optionalLine("title"),
  durationMinutes: z.coerce
    .number({ invalid_type_error: "agenda.durationRange" })
    .int(msg("agenda.durationRange"))
    .min(1, msg("agenda.durationRange"))
    .max(480, msg("agenda.durationRange")),
});
export type AgendaItemInput = z.output<typeof agendaItemSchema>;

/** Any change to the accepted items is a new version of the agenda: earlier approvals no longer count (R2). */
function bumpVersion(tx: Db, ctx: MeetingContext): number {
  const version = ctx.meeting.agendaVersion + 1;
  tx.update(meetings).set({ agendaVersion: version }).where(eq(meetings.id, ctx.meeting.id)).run();
  return version;
}

function nextPosition(tx: Db, meetingId: number): number {
  return (
    (tx
      .select({ p: sql<number>`coalesce(max(${agendaItems.position}), 0)` })
      .from(agendaItems)
      .where(eq(agendaItems.meetingId, meetingId))
      .get()?.p ?? 0) + 1
  );
}

function loadItem(tx: Db, meetingId: number, itemId: number) {
  const item = tx
    .select()
    .from(agendaItems)
    .where(and(eq(agendaItems.id, itemId), eq(agendaItems.meetingId, meetingId), isNull(agendaItems.removedAt)))
    .get();
  if (!item) throw new DomainError("error.notFound.title", 404);
  return item;
}

function afterCommit(services: Services, meetingId: number) {
  services.live.publish(meetingId, "agenda");
}

/** A co-chair (or deputy) puts an item straight on the agenda. */
export function addAgendaItem(
  services: Services,
  actor: Actor,
  meetingId: number,
  input: AgendaItemInput,
  now = new Date(),
): number {
  const id = writeTransaction(services.db, (tx) => {
    const ctx = loadMeeting(tx, actor, meetingId);
    authorize(actor, "meeting.manage", ctx.scope, "agenda.tooLate");
    const act = chairActOn(tx, actor, ctx, now);
    const { id } = tx
      .insert(agendaItems)
      .values({
        meetingId,
        position: nextPosition(tx, meetingId),
        ...input,
        status: "accepted",
        proposedById: actor.id,
        decidedById: actor.id,
      })
      .returning({ id: agendaItems.id })
      .get();
    const version = bumpVersion(tx, ctx);
    appendAudit(
      tx,
      actor.id,
      {
        action: "agenda.item_added",
        subjectType: "meeting",
        subjectId: meetingId,
        details: { ...act, itemId: id, title: input.title, version },
      },
      now,
    );
    return id;
  });
  afterCommit(services, meetingId);
  return id;
}

/** R3 (3.5 г): any member proposes an item; it waits for a co-chair's decision. Not once the meeting has begun. */
export function proposeAgendaItem(
  services: Services,
  actor: Actor,
  meetingId: number,
  input: AgendaItemInput,
  now = new Date(),
): number {
  const id = writeTransaction(services.db, (tx) => {
    const ctx = loadMeeting(tx, actor, meetingId);
    authorize(actor, "agenda.propose", ctx.scope, "agenda.tooLate");
    const { id } = tx
      .insert(agendaItems)
      .values({
        meetingId,
        position: nextPosition(tx, meetingId),
        ...input,
        status: "proposed",
        proposedById: actor.id,
      })
      .returning({ id: agendaItems.id })
      .get();
    appendAudit(
      tx,
      actor.id,
      {
        action: "agenda.item_proposed",
        subjectType: "meeting",
        subjectId: meetingId,
        details: { itemId: id, title: input.title, version: ctx.meeting.agendaVersion },
      },
      now,
    );
    return id;
  });
  afterCommit(services, meetingId);
  return id;
}

/** R3: a co-chair accepts a proposal (it joins the agenda) … */
export function acceptProposal(
  services: Services,
  actor: Actor,
  meetingId: number,
  itemId: number,
  now = new Date(),
): void {
  writeTransaction(services.db, (tx) => {
    const ctx = loadMeeting(tx, actor, meetingId);
    authorize(actor, "meeting.manage", ctx.scope, "agenda.tooLate");
    const act = chairActOn(tx, actor, ctx, now);
    const item = loadItem(tx, meetingId, itemId);
    if (item.status !== "proposed") throw new DomainError("agenda.alreadyDecided", 409);
    tx.update(agendaItems).set({ status: "accepted", decidedById: actor.id }).where(eq(agendaItems.id, itemId)).run();
    const version = bumpVersion(tx, ctx);
    appendAudit(
      tx,
      actor.id,
      {
        action: "agenda.item_accepted",
        subjectType: "meeting",
        subjectId: meetingId,
        details: { ...act, itemId, title: item.title, version },
      },
      now,
    );
  });
  afterCommit(services, meetingId);
}

/** … or declines it, with a reason the proposer sees. */
export function declineProposal(
  services: Services,
  actor: Actor,
  meetingId: number,
  itemId: number,
  reason: string,
  now = new Date(),
): void {
  const why = reason.trim();
  if (!why) throw new DomainError("agenda.reasonRequired", 422, {}, "reason");
  const problem = textProblem(why, "shortText");
  if (problem) throw new DomainError(problem, 422, {}, "reason");
  writeTransaction(services.db, (tx) => {
    const ctx = loadMeeting(tx, actor, meetingId);
    authorize(actor, "meeting.manage", ctx.scope, "agenda.tooLate");
    const act = chairActOn(tx, actor, ctx, now);
    const item = loadItem(tx, meetingId, itemId);
    if (item.status !== "proposed") throw new DomainError("agenda.alreadyDecided", 409);
    tx.update(agendaItems)
      .set({ status: "declined", decidedById: actor.id, declineReason: why })
      .where(eq(agendaItems.id, itemId))
      .run();
    appendAudit(
      tx,
      actor.id,
      {
        action: "agenda.item_declined",
        subjectType: "meeting",
        subjectId: meetingId,
        details: { ...act, itemId, title: item.title, reason: why },
      },
      now,
    );
  });
  afterCommit(services, meetingId);
}

export function updateAgendaItem(
  services: Services,
  actor: Actor,
  meetingId: number,
  itemId: number,
  input: AgendaItemInput,
  now = new Date(),
): void {
  writeTransaction(services.db, (tx) => {
    const ctx = loadMeeting(tx, actor, meetingId);
    authorize(actor, "meeting.manage", ctx.scope, "agenda.tooLate");
    const act = chairActOn(tx, actor, ctx, now);
    const item = loadItem(tx, meetingId, itemId);
    tx.update(agendaItems).set(input).where(eq(agendaItems.id, itemId)).run();
    const version = item.status === "accepted" ? bumpVersion(tx, ctx) : ctx.meeting.agendaVersion;
    appendAudit(
      tx,
      actor.id,
      {
        action: "agenda.item_updated",
        subjectType: "meeting",
        subjectId: meetingId,
        details: { ...act, itemId, title: input.title, version },
      },
      now,
    );
  });
  afterCommit(services, meetingId);
}

export function removeAgendaItem(
  services: Services,
  actor: Actor,
  meetingId: number,
  itemId: number,
  now = new Date(),
): void {
  writeTransaction(services.db, (tx) => {
    const ctx = loadMeeting(tx, actor, meetingId);
    authorize(actor, "meeting.manage", ctx.scope, "agenda.tooLate");
    const act = chairActOn(tx, actor, ctx, now);
    const item = loadItem(tx, meetingId, itemId);
    tx.update(agendaItems).set({ removedAt: now }).where(eq(agendaItems.id, itemId)).run();
    const version = item.status === "accepted" ? bumpVersion(tx, ctx) : ctx.meeting.agendaVersion;
    appendAudit(
      tx,
      actor.id,
      {
        action: "agenda.item_removed",
        subjectType: "meeting",
        subjectId: meetingId,
        details: { ...act, itemId, title: item.title, version },
      },
      now,
    );
  });
  afterCommit(services, meetingId);
}

/** Swaps an accepted item with its neighbour above or below. */
export function moveAgendaItem(
  services: Services,
  actor: Actor,
  meetingId: number,
  itemId: number,
  direction: "up" | "down",
  now = new Date(),
): void {
  writeTransaction(services.db, (tx) => {
    const ctx = loadMeeting(tx, actor, meetingId);
    authorize(actor, "meeting.manage", ctx.scope, "agenda.tooLate");
    const act = chairActOn(tx, actor, ctx, now);
    const accepted = tx
      .select()
      .from(agendaItems)
      .where(
        and(eq(agendaItems.meetingId, meetingId), eq(agendaItems.status, "accepted"), isNull(agendaItems.removedAt)),
      )
      .orderBy(agendaItems.position)
      .all();
    const at = accepted.findIndex((i) => i.id === itemId);
    if (at < 0) throw new DomainError("error.notFound.title", 404);
    const other = accepted[direction === "up" ? at - 1 : at + 1];
    if (!other) return;
    const item = accepted[at]!;
    tx.update(agendaItems).set({ position: other.position }).where(eq(agendaItems.id, item.id)).run();
    tx.update(agendaItems).set({ position: item.position }).where(eq(agendaItems.id, other.id)).run();
    const version = bumpVersion(tx, ctx);
    appendAudit(
      tx,
      actor.id,
      {
        action: "agenda.item_moved",
        subjectType: "meeting",
        subjectId: meetingId,
        details: { ...act, itemId, direction, version },
      },
      now,
    );
  });
  afterCommit(services, meetingId);
}

/** R2 (3.2 б), R5: the co-chair of a side, or the deputy acting for them, approves the current version of the agenda for
 * that side; the approval records the capacity. */
export function approveAgenda(
  services: Services,
  actor: Actor,
  meetingId: number,
  sideId: number,
  now = new Date(),
): { fullyApproved: boolean } {
  const result = writeTransaction(services.db, (tx) => {
    const ctx = loadMeeting(tx, actor, meetingId);
    authorize(actor, "agenda.approve", { ...ctx.scope, sideId }, "agenda.tooLate");
    // R5 (3.3, 3.6): the deputy approves only while the side's co-chair is away or the seat is vacant.
    const { capacity } = actAsChair(tx, actor, ctx, "before_session", now, sideId);
    const approvals = tx.select().from(agendaApprovals).where(eq(agendaApprovals.meetingId, meetingId)).all();
    const acceptedItems = tx
      .select({ n: sql<number>`count(*)` })
      .from(agendaItems)
      .where(
        and(eq(agendaItems.meetingId, meetingId), eq(agendaItems.status, "accepted"), isNull(agendaItems.removedAt)),
      )
      .get()!.n;
    const refusal = approvalRefusal({
      sideId,
      approverSideIds: ctx.scope.seats.map((s) => s.sideId),
      currentVersion: ctx.meeting.agendaVersion,
      acceptedItems,
      approvals,
    });
    if (refusal) throw new DomainError(refusal, refusal === "agenda.notYourSide" ? 403 : 409);
    tx.insert(agendaApprovals)
      .values({
        meetingId,
        sideId,
        version: ctx.meeting.agendaVersion,
        approvedById: actor.id,
        capacity,
        approvedAt: now,
      })
      .run();
    const sideIds = tx
      .select({ id: sides.id })
      .from(sides)
      .where(eq(sides.bodyId, ctx.body.id))
      .all()
      .map((s) => s.id);
    const all = [
      ...approvals,
      { sideId, version: ctx.meeting.agendaVersion, approvedById: actor.id, capacity, approvedAt: now },
    ];
    const fullyApproved = agendaApprovalState(sideIds, ctx.meeting.agendaVersion, all).approved;
    appendAudit(
      tx,
      actor.id,
      {
        action: "agenda.approved",
        subjectType: "meeting",
        subjectId: meetingId,
        details: { sideId, version: ctx.meeting.agendaVersion, capacity, fullyApproved },
      },
      now,
    );
    return { fullyApproved };
  });
  afterCommit(services, meetingId);
  return result;
}
