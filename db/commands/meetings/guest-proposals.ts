import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Services } from "../../../app/context";
import { appendAudit } from "../../audit";
import { DomainError } from "../../../app/lib/errors";
import { textField } from "../../../app/lib/forms";
import type { Actor } from "../../../app/lib/policy";
import { writeTransaction, type Db } from "../../client";
import { guestProposals, organisations, type User } from "../../schema";
import { chairActOn } from "./acting";
import { addGuest, guestSchema, refuseIfMemberOrGuest } from "./guests";
import { authorize, loadMeeting } from "../../access";

// R12 (3.11): experts and observers attend by a co-chair's invitation, on members' proposals.

// The same length and character rules as every other free text (text-rules.ts).
const reasonField = textField("shortText", { required: true });

export const guestProposalSchema = guestSchema.extend({ reason: reasonField });
export type GuestProposalInput = z.output<typeof guestProposalSchema>;

export const declineProposalSchema = z.object({ reason: reasonField });

/** A member proposes someone to invite; nothing reaches that person until a co-chair invites them. */
export function proposeGuest(
  services: Services,
  actor: Actor,
  meetingId: number,
  input: GuestProposalInput,
  now = new Date(),
): number {
  const id = writeTransaction(services.db, (tx) => {
    const ctx = loadMeeting(tx, actor, meetingId);
    authorize(actor, "guest.propose", ctx.scope, "guestProposal.closed");
    refuseIfMemberOrGuest(tx, ctx, input.email);
    const pendingAlready = tx
      .select({ id: guestProposals.id })
      .from(guestProposals)
      .where(
        and(
          eq(guestProposals.meetingId, meetingId),
          eq(guestProposals.email, input.email),
          eq(guestProposals.status, "pending"),
        ),
      )
      .get();
    if (pendingAlready) throw new DomainError("guestProposal.duplicate", 409, {}, "email");
    if (
      input.organisationId &&
      !tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, input.organisationId)).get()
    )
      throw new DomainError("field.invalid", 422, {}, "organisationId");
    const { id } = tx
      .insert(guestProposals)
      .values({
        meetingId,
        proposedById: actor.id,
        name: input.name,
        email: input.email,
        organisationId: input.organisationId ?? null,
        kind: input.kind,
        reason: input.reason,
        createdAt: now,
      })
      .returning({ id: guestProposals.id })
      .get();
    appendAudit(
      tx,
      actor.id,
      {
        action: "guest.proposed",
        subjectType: "meeting",
        subjectId: meetingId,
        details: { proposalId: id, kind: input.kind, name: input.name },
      },
      now,
    );
    return id;
  });
  services.live.publish(meetingId, "guests");
  return id;
}

/** The proposal, still awaiting a decision, of this meeting; checked inside the deciding transaction. */
function pendingProposal(tx: Db, meetingId: number, proposalId: number) {
  const proposal = tx
    .select()
    .from(guestProposals)
    .where(and(eq(guestProposals.id, proposalId), eq(guestProposals.meetingId, meetingId)))
    .get();
  if (!proposal) throw new DomainError("guestProposal.notFound", 404);
  if (proposal.status !== "pending") throw new DomainError("guestProposal.decided", 409);
  return proposal;
}

/** A co-chair (or acting deputy) invites the proposed person: the same invitation as a direct one. */
export function inviteProposedGuest(
  services: Services,
  actor: Actor & Pick<User, "name">,
  meetingId: number,
  proposalId: number,
  now = new Date(),
): number {
  const guestId = writeTransaction(services.db, (tx) => {
    const ctx = loadMeeting(tx, actor, meetingId);
    authorize(actor, "guest.invite", ctx.scope, "meeting.notEditable");
    const act = chairActOn(tx, actor, ctx, now); // R5: a deputy only while acting for the co-chair
    const proposal = pendingProposal(tx, meetingId, proposalId);
    const userId = addGuest(
      services,
      tx,
      actor,
      ctx,
      { email: proposal.email, name: proposal.name, organisationId: proposal.organisationId, kind: proposal.kind },
      now,
      act,
      proposal.id,
    );
    tx.update(guestProposals)
      .set({ status: "invited", decidedById: actor.id, decidedAt: now, guestUserId: userId })
      .where(eq(guestProposals.id, proposal.id))
      .run();
    return userId;
  });
  services.mail.kick();
  services.live.publish(meetingId, "guests");
  return guestId;
}

/** A co-chair (or acting deputy) declines, with a reason the proposer (and every member) sees. */
export function declineGuestProposal(
  services: Services,
  actor: Actor,
  meetingId: number,
  proposalId: number,
  reason: string,
  now = new Date(),
): void {
  writeTransaction(services.db, (tx) => {
    const ctx = loadMeeting(tx, actor, meetingId);
    authorize(actor, "guest.invite", ctx.scope, "meeting.notEditable");
    const act = chairActOn(tx, actor, ctx, now); // R5: a deputy only while acting for the co-chair
    const proposal = pendingProposal(tx, meetingId, proposalId);
    tx.update(guestProposals)
      .set({ status: "declined", decidedById: actor.id, decidedAt: now, declineReason: reason })
      .where(eq(guestProposals.id, proposal.id))
      .run();
    appendAudit(
      tx,
      actor.id,
      {
        action: "guest.proposal_declined",
        subjectType: "meeting",
        subjectId: meetingId,
        details: { proposalId: proposal.id, reason, ...act },
      },
      now,
    );
  });
  services.live.publish(meetingId, "guests");
}
