// R2 (3.2 б): the co-chairs set the time and place jointly. After convening, one side proposes a new date, time
// or place; it takes effect, and the invitations are updated, only when every other side's chair agrees.
import { and, eq } from "drizzle-orm";
import { type Services } from "../../../app/context";
import { appendAudit } from "../../audit";
import { DomainError } from "../../../app/lib/errors";
import { type Actor } from "../../../app/lib/policy";
import { writeTransaction, type Db } from "../../client";
import { meetingChangeConsents, meetingChangeProposals } from "../../schema/meeting-rules";
import { sides } from "../../schema/bodies";
import { actAsChair } from "./acting";
import { detailsOf, startOf } from "./convening";
import { applyDetails, changedDetails } from "./details";
import { authorize, loadMeeting, type MeetingContext } from "../../access";
import { type MeetingDetailsInput } from "../../../app/lib/meeting-input";

function pendingProposal(tx: Db, meetingId: number) {
  return (
    tx
      .select()
      .from(meetingChangeProposals)
      .where(and(eq(meetingChangeProposals.meetingId, meetingId), eq(meetingChangeProposals.status, "pending")))
      .get() ?? null
  );
}

function loadPending(tx: Db, meetingId: number, proposalId: number) {
  const proposal = pendingProposal(tx, meetingId);
  if (!proposal || proposal.id !== proposalId) throw new DomainError("reschedule.notPending", 409);
  return proposal;
}

/** The sides that must still agree: every side of the body but the proposer's, less those that have agreed. */
function sidesStillToAgree(tx: Db, ctx: MeetingContext, proposal: { id: number; sideId: number }): number[] {
  const agreed = tx
    .select({ sideId: meetingChangeConsents.sideId })
    .from(meetingChangeConsents)
    .where(eq(meetingChangeConsents.proposalId, proposal.id))
    .all()
    .map((c) => c.sideId);
  return tx
    .select({ id: sides.id })
    .from(sides)
    .where(eq(sides.bodyId, ctx.body.id))
    .all()
    .map((s) => s.id)
    .filter((id) => id !== proposal.sideId && !agreed.includes(id));
}

/** Applies an agreed proposal: new details, R7 lateness, the update with the next SEQUENCE; returns whether mail went out. */
function takeEffect(
  services: Services,
  tx: Db,
  actor: Actor,
  ctx: MeetingContext,
  proposal: NonNullable<ReturnType<typeof pendingProposal>>,
  now: Date,
): boolean {
  if (proposal.startsAt.getTime() <= now.getTime()) throw new DomainError("reschedule.inPast", 409);
  tx.update(meetingChangeProposals)
    .set({ status: "agreed", decidedById: actor.id, decidedAt: now })
    .where(eq(meetingChangeProposals.id, proposal.id))
    .run();
  const { startsAt, durationMinutes, place, format, videoLink } = proposal;
  return applyDetails(services, tx, actor.id, ctx, { startsAt, durationMinutes, place, format, videoLink }, now);
}

/** One side's chair proposes new details for a convened meeting; a body with one side has nobody else to ask. */
export function proposeChange(
  services: Services,
  actor: Actor,
  meetingId: number,
  input: MeetingDetailsInput,
  now = new Date(),
): { proposalId: number; inEffect: boolean } {
  let mailed = false;
  const result = writeTransaction(services.db, (tx) => {
    const ctx = loadMeeting(tx, actor, meetingId);
    authorize(actor, "meeting.manage", ctx.scope, "meeting.notEditable");
    if (ctx.meeting.status !== "convened") throw new DomainError("reschedule.notConvened", 409);
    const next = detailsOf(input, startOf(ctx.body, input, now));
    if (changedDetails(ctx.meeting, next).length === 0) throw new DomainError("reschedule.nothingChanged", 422);
    const act = actAsChair(tx, actor, ctx, "before_session", now);
    if (pendingProposal(tx, meetingId)) throw new DomainError("reschedule.alreadyPending", 409);
    const proposal = tx
      .insert(meetingChangeProposals)
      .values({ meetingId, sideId: act.sideId, proposedById: actor.id, capacity: act.capacity, ...next })
      .returning()
      .get();
    appendAudit(
      tx,
      actor.id,
      {
        action: "meeting.change_proposed",
        subjectType: "meeting",
        subjectId: meetingId,
        details: { proposalId: proposal.id, ...act, startsAt: next.startsAt.toISOString(), place: next.place },
      },
      now,
    );
    const inEffect = sidesStillToAgree(tx, ctx, proposal).length === 0;
    if (inEffect) mailed = takeEffect(services, tx, actor, ctx, proposal, now);
    return { proposalId: proposal.id, inEffect };
  });
  if (mailed) services.mail.kick();
  services.live.publish(meetingId, "details");
  return result;
}

/** Another side's co-chair (or acting deputy, R5) agrees; when the last side agrees, the change takes effect. */
export function agreeToChange(
  services: Services,
  actor: Actor,
  meetingId: number,
  proposalId: number,
  now = new Date(),
): { inEffect: boolean } {
  let mailed = false;
  const result = writeTransaction(services.db, (tx) => {
    const ctx = loadMeeting(tx, actor, meetingId);
    authorize(actor, "meeting.manage", ctx.scope, "meeting.notEditable");
    const proposal = loadPending(tx, meetingId, proposalId);
    const act = actAsChair(tx, actor, ctx, "before_session", now);
    if (!sidesStillToAgree(tx, ctx, proposal).includes(act.sideId))
      throw new DomainError(act.sideId === proposal.sideId ? "reschedule.ownSide" : "reschedule.alreadyAgreed", 409);
    tx.insert(meetingChangeConsents)
      .values({ proposalId, sideId: act.sideId, userId: actor.id, capacity: act.capacity, at: now })
      .run();
    const inEffect = sidesStillToAgree(tx, ctx, proposal).length === 0;
    appendAudit(
      tx,
      actor.id,
      {
        action: "meeting.change_agreed",
        subjectType: "meeting",
        subjectId: meetingId,
        details: { proposalId, ...act, takesEffect: inEffect },
      },
      now,
    );
    if (inEffect) mailed = takeEffect(services, tx, actor, ctx, proposal, now);
    return { inEffect };
  });
  if (mailed) services.mail.kick();
  services.live.publish(meetingId, "details");
  return result;
}

/** Another side's chair declines: the meeting stays as convened. */
export function declineChange(
  services: Services,
  actor: Actor,
  meetingId: number,
  proposalId: number,
  now = new Date(),
): void {
  writeTransaction(services.db, (tx) => {
    const ctx = loadMeeting(tx, actor, meetingId);
    authorize(actor, "meeting.manage", ctx.scope, "meeting.notEditable");
    const proposal = loadPending(tx, meetingId, proposalId);
    const act = actAsChair(tx, actor, ctx, "before_session", now);
    if (act.sideId === proposal.sideId) throw new DomainError("reschedule.ownSide", 409);
    tx.update(meetingChangeProposals)
      .set({ status: "declined", decidedById: actor.id, decidedAt: now })
      .where(eq(meetingChangeProposals.id, proposalId))
      .run();
    appendAudit(
      tx,
      actor.id,
      {
        action: "meeting.change_declined",
        subjectType: "meeting",
        subjectId: meetingId,
        details: { proposalId, ...act, takesEffect: false },
      },
      now,
    );
  });
  services.live.publish(meetingId, "details");
}

/** The proposer takes their proposal back. */
export function withdrawChange(
  services: Services,
  actor: Actor,
  meetingId: number,
  proposalId: number,
  now = new Date(),
): void {
  writeTransaction(services.db, (tx) => {
    loadMeeting(tx, actor, meetingId);
    const proposal = loadPending(tx, meetingId, proposalId);
    if (proposal.proposedById !== actor.id) throw new DomainError("reschedule.notProposer", 403);
    tx.update(meetingChangeProposals)
      .set({ status: "withdrawn", decidedById: actor.id, decidedAt: now })
      .where(eq(meetingChangeProposals.id, proposalId))
      .run();
    appendAudit(
      tx,
      actor.id,
      { action: "meeting.change_withdrawn", subjectType: "meeting", subjectId: meetingId, details: { proposalId } },
      now,
    );
  });
  services.live.publish(meetingId, "details");
}
