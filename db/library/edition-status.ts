/**
 * Changing an edition's status from the document's page (issue 11's curation gap): adopting a draft, with its
 * act and day, supersedes the edition in force; an adopted edition may be marked superseded. The rules are
 * `app/lib/library/edition-status.ts`; they are asked inside the IMMEDIATE transaction, with the change, the
 * index (the current edition is what is found, decision 17) and the audit entry.
 */
import { and, eq, isNull, ne } from "drizzle-orm";
import { DomainError } from "../../app/lib/errors";
import { statusChangeProblem, type StatusChange } from "../../app/lib/library/edition-status";
import type { Actor } from "../../app/lib/policy";
import { appendAudit } from "../audit";
import { writeTransaction, type Db } from "../client";
import { libraryAmendments, libraryDocuments, libraryEditions } from "../schema";
import { curatedDocument } from "./curation-access";
import { reindex } from "./store";

/** The document's catalogue entry names the act and day of the edition in force. */
export function adoptInCatalogue(tx: Db, documentId: number, adoptedOn: string, adoptionReference: string): void {
  tx.update(libraryDocuments).set({ adoptedOn, adoptionReference }).where(eq(libraryDocuments.id, documentId)).run();
}

function undecidedAmendments(tx: Db, editionId: number): number {
  return tx
    .select({ id: libraryAmendments.id })
    .from(libraryAmendments)
    .where(and(eq(libraryAmendments.editionId, editionId), isNull(libraryAmendments.decision)))
    .all().length;
}

export function changeEditionStatus(
  db: Db,
  actor: Actor,
  documentId: number,
  number: number,
  change: StatusChange,
  now = new Date(),
): void {
  writeTransaction(db, (tx) => {
    const { editions } = curatedDocument(tx, actor, documentId);
    const edition = editions.find((e) => e.number === number);
    if (!edition) throw new DomainError("error.notFound.title", 404);
    const inForce = editions.filter((e) => e.status === "adopted").at(-1)?.number ?? null;
    const problem = statusChangeProblem(
      { ...edition, undecided: undecidedAmendments(tx, edition.id) },
      change,
      inForce,
      now,
    );
    if (problem) throw new DomainError(problem.key, problem.field ? 422 : 409, problem.params ?? {}, problem.field);
    let superseded: number[] = [];
    if (change.to === "adopted") {
      superseded = editions.filter((e) => e.status === "adopted").map((e) => e.number);
      tx.update(libraryEditions)
        .set({ status: "superseded", supersededOn: change.adoptedOn })
        .where(
          and(
            eq(libraryEditions.documentId, documentId),
            eq(libraryEditions.status, "adopted"),
            ne(libraryEditions.id, edition.id),
          ),
        )
        .run();
      tx.update(libraryEditions)
        .set({ status: "adopted", adoptedOn: change.adoptedOn, adoptionReference: change.adoptionReference })
        .where(eq(libraryEditions.id, edition.id))
        .run();
      adoptInCatalogue(tx, documentId, change.adoptedOn, change.adoptionReference);
    } else {
      tx.update(libraryEditions)
        .set({ status: "superseded", supersededOn: change.supersededOn })
        .where(eq(libraryEditions.id, edition.id))
        .run();
    }
    appendAudit(
      tx,
      actor.id,
      {
        action: "library.edition_status_changed",
        subjectType: "library_document",
        subjectId: documentId,
        details: {
          edition: number,
          from: edition.status,
          to: change.to,
          on: change.to === "adopted" ? change.adoptedOn : change.supersededOn,
          ...(change.to === "adopted" ? { adoptionReference: change.adoptionReference } : {}),
          superseded,
        },
      },
      now,
    );
    reindex(tx, documentId);
  });
}
