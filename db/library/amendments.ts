/**
 * Amendments to a draft edition (issue 11): opening it for amendments until a deadline (or moving the deadline),
 * proposing one, deciding one. Each checks its rules inside the IMMEDIATE transaction and writes its audit entry
 * with the change; a refusal writes nothing.
 */
import { and, eq } from "drizzle-orm";
import {
  amendmentsDeadline,
  amendmentsOpen,
  anchorAmendment,
  deadlineProblem,
  decisionProblem,
  isProblem,
  normaliseWording,
  proposalProblem,
  type DecisionInput,
  type Problem,
} from "../../app/lib/library/amendment-rules";
import { amendmentDecisions } from "../../app/lib/library/kinds";
import { DomainError, notFound } from "../../app/lib/errors";
import type { Actor } from "../../app/lib/policy";
import { appendAudit } from "../audit";
import { writeTransaction, type Db } from "../client";
import { libraryAmendments, libraryEditions, librarySections } from "../schema";
import { amendableEdition, amendmentAccess, requireManage } from "./amendment-access";

const refuse = (p: Problem): never => {
  throw new DomainError(p.key, 422, p.params ?? {}, p.field);
};

/** Opens the draft for amendments until the end of `day` in the body's timezone, or moves that deadline. */
export function setAmendmentsDeadline(
  db: Db,
  actor: Actor,
  documentId: number,
  editionId: number,
  change: { day: string } | { closeNow: true },
  now = new Date(),
): Date {
  return writeTransaction(db, (tx) => {
    const access = amendmentAccess(tx, actor, documentId);
    requireManage(access);
    const edition = amendableEdition(tx, documentId, editionId);
    let until: Date;
    if ("closeNow" in change) {
      if (!amendmentsOpen(edition.amendmentsUntil, now)) throw new DomainError("amendments.error.notOpen", 409);
      until = now;
    } else {
      const problem = deadlineProblem(change.day, now, access.body.timezone);
      if (problem) refuse(problem);
      until = amendmentsDeadline(change.day, access.body.timezone);
    }
    tx.update(libraryEditions).set({ amendmentsUntil: until }).where(eq(libraryEditions.id, edition.id)).run();
    appendAudit(
      tx,
      actor.id,
      {
        action: "library.amendments_deadline_set",
        subjectType: "library_document",
        subjectId: documentId,
        details: {
          edition: edition.number,
          until: until.toISOString(),
          previous: edition.amendmentsUntil?.toISOString() ?? null,
        },
      },
      now,
    );
    return until;
  });
}

export interface ProposalInput {
  sectionId: number;
  passage: string;
  proposedWording: string;
  justification: string;
}

/** A member of the body proposes an amendment to a section (or a passage of it) while the draft is open. */
export function proposeAmendment(
  db: Db,
  actor: Actor,
  documentId: number,
  editionId: number,
  input: ProposalInput,
  now = new Date(),
): number {
  return writeTransaction(db, (tx) => {
    const access = amendmentAccess(tx, actor, documentId);
    if (!access.mayAmend) throw new DomainError("error.forbidden.title", 403);
    const edition = amendableEdition(tx, documentId, editionId, "amendments.error.closed");
    // After the deadline nothing the form says matters: the answer is the same 409.
    if (!amendmentsOpen(edition.amendmentsUntil, now)) throw new DomainError("amendments.error.closed", 409);
    const section = tx
      .select()
      .from(librarySections)
      .where(and(eq(librarySections.id, input.sectionId), eq(librarySections.editionId, edition.id)))
      .get();
    if (!section) throw notFound();
    const anchored = anchorAmendment(section.body, input.passage);
    if (isProblem(anchored)) return refuse(anchored);
    const proposedWording = normaliseWording(input.proposedWording);
    const justification = normaliseWording(input.justification);
    const problem = proposalProblem(anchored.currentWording, proposedWording, justification);
    if (problem) refuse(problem);
    const sideId = access.scope.seats[0]?.sideId ?? null;
    const { id } = tx
      .insert(libraryAmendments)
      .values({
        editionId: edition.id,
        sectionId: section.id,
        passage: anchored.passage,
        currentWording: anchored.currentWording,
        proposedWording,
        justification,
        authorId: actor.id,
        sideId,
        createdAt: now,
      })
      .returning({ id: libraryAmendments.id })
      .get();
    appendAudit(
      tx,
      actor.id,
      {
        action: "library.amendment_proposed",
        subjectType: "library_document",
        subjectId: documentId,
        details: {
          edition: edition.number,
          amendmentId: id,
          section: [section.number, section.heading].filter(Boolean).join(" "),
          sideId,
        },
      },
      now,
    );
    return id;
  });
}

/** The secretaries (or co-chairs) decide an amendment in the comparison table; a decision may be revised. */
export function decideAmendment(
  db: Db,
  actor: Actor,
  documentId: number,
  amendmentId: number,
  input: { decision: string; acceptedWording: string; comment: string },
  now = new Date(),
): void {
  writeTransaction(db, (tx) => {
    const access = amendmentAccess(tx, actor, documentId);
    requireManage(access);
    const amendment = tx.select().from(libraryAmendments).where(eq(libraryAmendments.id, amendmentId)).get();
    if (!amendment) throw notFound();
    const edition = amendableEdition(tx, documentId, amendment.editionId, "amendments.error.editionMade");
    const decision = amendmentDecisions.find((d) => d === input.decision);
    if (!decision) throw new DomainError("amendments.error.decisionRequired", 422, {}, "decision");
    const values: DecisionInput = {
      decision,
      acceptedWording: normaliseWording(input.acceptedWording),
      comment: normaliseWording(input.comment),
    };
    const problem = decisionProblem(values);
    if (problem) refuse(problem);
    tx.update(libraryAmendments)
      .set({
        decision,
        acceptedWording: decision === "accepted_in_part" ? values.acceptedWording : null,
        decisionComment: values.comment,
        decidedById: actor.id,
        decidedAt: now,
      })
      .where(eq(libraryAmendments.id, amendment.id))
      .run();
    appendAudit(
      tx,
      actor.id,
      {
        action: "library.amendment_decided",
        subjectType: "library_document",
        subjectId: documentId,
        details: { edition: edition.number, amendmentId: amendment.id, decision, previous: amendment.decision },
      },
      now,
    );
  });
}
