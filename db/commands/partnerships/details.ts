/**
 * A partnership's own facts (issue 12): its start date and term, created with the body and kept by the parties'
 * heads; its public page published or withdrawn; its agreement, a library document of the partnership. Each change
 * and its audit row in one IMMEDIATE transaction, the policy asked inside it (db/area-access.ts).
 */
import { eq } from "drizzle-orm";
import type { Services } from "../../../app/context";
import { DomainError } from "../../../app/lib/errors";
import type { PartnershipDetails } from "../../../app/lib/partnership-term";
import type { Actor } from "../../../app/lib/policy";
import { loadPartnership } from "../../area-access";
import { appendAudit } from "../../audit";
import { writeTransaction, type Db } from "../../client";
import { libraryDocuments, partnerships } from "../../schema";
import { setPublished } from "../publication";

/** The partnership row of a body being created, in the creating transaction. */
export function insertPartnership(tx: Db, actorId: number, bodyId: number, details: PartnershipDetails, now: Date) {
  tx.insert(partnerships)
    .values({ bodyId, ...details, updatedAt: now })
    .run();
  appendAudit(tx, actorId, { action: "partnership.created", subjectType: "body", subjectId: bodyId, details }, now);
}

export function changePartnershipDetails(
  services: Services,
  actor: Actor,
  bodyId: number,
  details: PartnershipDetails,
  now = new Date(),
): void {
  writeTransaction(services.db, (tx) => {
    loadPartnership(tx, actor, bodyId, "partnership.manage");
    tx.update(partnerships)
      .set({ ...details, updatedAt: now })
      .where(eq(partnerships.bodyId, bodyId))
      .run();
    appendAudit(
      tx,
      actor.id,
      { action: "partnership.details_changed", subjectType: "body", subjectId: bodyId, details },
      now,
    );
  });
}

/** The public page `/partnerships/<id>` (and its feed) exists from publication; withdrawing it hides both again. */
export function setPartnershipPublished(
  services: Services,
  actor: Actor,
  bodyId: number,
  published: boolean,
  now = new Date(),
): void {
  writeTransaction(services.db, (tx) => {
    const { body } = loadPartnership(tx, actor, bodyId, "partnership.manage");
    setPublished(tx, actor, body, "partnership", published, now);
  });
}

/**
 * The agreement is a library document of the partnership itself (added and given editions in the library, issue
 * 11): the heads name which one; null unlinks it.
 */
export function linkAgreement(
  services: Services,
  actor: Actor,
  bodyId: number,
  documentId: number | null,
  now = new Date(),
): void {
  writeTransaction(services.db, (tx) => {
    loadPartnership(tx, actor, bodyId, "partnership.manage");
    if (documentId !== null) {
      const doc = tx
        .select({ bodyId: libraryDocuments.bodyId })
        .from(libraryDocuments)
        .where(eq(libraryDocuments.id, documentId))
        .get();
      if (doc?.bodyId !== bodyId) throw new DomainError("partnership.error.agreementNotOurs", 422, {}, "documentId");
    }
    tx.update(partnerships)
      .set({ agreementDocumentId: documentId, updatedAt: now })
      .where(eq(partnerships.bodyId, bodyId))
      .run();
    appendAudit(
      tx,
      actor.id,
      { action: "partnership.agreement_linked", subjectType: "body", subjectId: bodyId, details: { documentId } },
      now,
    );
  });
}
