/**
 * Opening the outcome to the confirmed participants for proposals until a deadline, closing it, a participant's
 * proposal, and the organisers' decision on it (issue 12). Each asks the policy and the rules inside its IMMEDIATE
 * transaction and writes its audit entry with the change; a refusal writes nothing.
 */
import { and, eq, sql } from "drizzle-orm";
import { DomainError } from "../../app/lib/errors";
import {
  deadlineDayProblem,
  isProposalDecision,
  nextOutcomeState,
  proposalsDeadline,
  proposalsOpen,
  proposalText,
  type OutcomeStep,
} from "../../app/lib/outcome-rules";
import type { MessageKey } from "../../app/lib/i18n-core";
import { can, type Actor } from "../../app/lib/policy";
import { loadConference, type Visitor } from "../area-access";
import { appendAudit } from "../audit";
import { writeTransaction, type Db } from "../client";
import { outcomeProposals, outcomes, type Outcome } from "../schema";

/** The outcome of a conference the actor may act on, in a state that allows `step` (409 otherwise). */
export function outcomeFor(tx: Db, conferenceId: number, step: OutcomeStep): Outcome {
  const outcome = tx.select().from(outcomes).where(eq(outcomes.bodyId, conferenceId)).get();
  if (!outcome) throw new DomainError("outcome.error.notBegun", 409);
  if (!nextOutcomeState(outcome.state, step)) throw new DomainError(`outcome.error.cannot.${step}`, 409);
  return outcome;
}

/** Opens for proposals until the end of `day` where the conference is (or moves the deadline of an open one). */
export function openForProposals(db: Db, actor: Actor, conferenceId: number, day: string, now = new Date()): Date {
  return writeTransaction(db, (tx) => {
    const { body } = loadConference(tx, { actor }, conferenceId, "outcome.edit");
    const outcome = outcomeFor(tx, conferenceId, "open");
    const problem = deadlineDayProblem(day, now, body.timezone);
    if (problem) throw new DomainError(problem, 422, {}, "until");
    const until = proposalsDeadline(day, body.timezone);
    tx.update(outcomes)
      .set({ state: "open_for_proposals", proposalsUntil: until })
      .where(eq(outcomes.bodyId, conferenceId))
      .run();
    appendAudit(
      tx,
      actor.id,
      {
        action: "outcome.proposals_opened",
        subjectType: "body",
        subjectId: conferenceId,
        details: { until: until.toISOString(), previous: outcome.proposalsUntil?.toISOString() ?? null },
      },
      now,
    );
    return until;
  });
}

/** Closes it to the participants: back to the organisers alone (their proposals stay, to be decided). */
export function closeProposals(db: Db, actor: Actor, conferenceId: number, now = new Date()): void {
  writeTransaction(db, (tx) => {
    loadConference(tx, { actor }, conferenceId, "outcome.edit");
    const outcome = outcomeFor(tx, conferenceId, "close");
    tx.update(outcomes).set({ state: "drafting" }).where(eq(outcomes.bodyId, conferenceId)).run();
    appendAudit(
      tx,
      actor.id,
      {
        action: "outcome.proposals_closed",
        subjectType: "body",
        subjectId: conferenceId,
        details: { until: outcome.proposalsUntil?.toISOString() ?? null },
      },
      now,
    );
  });
}

/**
 * A confirmed participant's proposal (by their signed-in e-mail or personal link). Before the outcome is opened,
 * after it is closed or past the deadline, they are told so kindly (409) and nothing is stored; anyone else is
 * refused by the policy (403).
 */
export function sendProposal(db: Db, visitor: Visitor, conferenceId: number, raw: string, now = new Date()): number {
  return writeTransaction(db, (tx) => {
    const { scope, registration } = loadConference(tx, visitor, conferenceId, "conference.read");
    const outcome = tx.select().from(outcomes).where(eq(outcomes.bodyId, conferenceId)).get();
    if (registration?.status !== "confirmed") throw new DomainError("outcome.error.notParticipant", 403);
    if (!can(visitor.actor, "outcome.propose", scope) || !outcome || !proposalsOpen(outcome, now))
      throw new DomainError("outcome.error.proposalsClosed", 409);
    const parsed = proposalText(raw);
    if ("problem" in parsed) throw new DomainError(parsed.problem as MessageKey, 422, {}, "text");
    const { id } = tx
      .insert(outcomeProposals)
      .values({ bodyId: conferenceId, registrationId: registration.id, text: parsed.text, createdAt: now })
      .returning({ id: outcomeProposals.id })
      .get();
    appendAudit(
      tx,
      visitor.actor?.id ?? null,
      {
        action: "outcome.proposal_sent",
        subjectType: "body",
        subjectId: conferenceId,
        details: { proposalId: id, registrationId: registration.id, characters: parsed.text.length },
      },
      now,
    );
    return id;
  });
}

/** The organisers mark a proposal taken into the text, or not (and may change their mind while drafting). */
export function decideProposal(
  db: Db,
  actor: Actor,
  conferenceId: number,
  proposalId: number,
  decision: string,
  now = new Date(),
): void {
  writeTransaction(db, (tx) => {
    loadConference(tx, { actor }, conferenceId, "outcome.edit");
    if (!isProposalDecision(decision)) throw new DomainError("outcome.error.decision", 422, {}, "decision");
    const proposal = tx
      .select()
      .from(outcomeProposals)
      .where(and(eq(outcomeProposals.id, proposalId), eq(outcomeProposals.bodyId, conferenceId)))
      .get();
    if (!proposal) throw new DomainError("error.notFound.title", 404);
    tx.update(outcomeProposals)
      .set({ status: decision, decidedById: actor.id, decidedAt: now })
      .where(eq(outcomeProposals.id, proposalId))
      .run();
    appendAudit(
      tx,
      actor.id,
      {
        action: "outcome.proposal_decided",
        subjectType: "body",
        subjectId: conferenceId,
        details: { proposalId, decision, previous: proposal.status },
      },
      now,
    );
  });
}

/** Proposals not yet decided (finalising says how many it leaves). */
export function undecidedProposals(tx: Db, conferenceId: number): number {
  return (
    tx
      .select({ n: sql<number>`count(*)` })
      .from(outcomeProposals)
      .where(and(eq(outcomeProposals.bodyId, conferenceId), eq(outcomeProposals.status, "new")))
      .get()?.n ?? 0
  );
}
