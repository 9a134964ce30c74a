/**
 * Accepting amendments produces the next edition (issue 11): a new draft whose text is the amended one's with
 * every accepted amendment applied (the wording accepted, for one accepted in part). Written and indexed in one
 * transaction, as any new edition (store.ts); readers keep reading the last committed index meanwhile (WAL).
 */
import { and, eq } from "drizzle-orm";
import { amendmentsOpen, applyAmendments, wordingToApply } from "../../app/lib/library/amendment-rules";
import { DomainError } from "../../app/lib/errors";
import type { Actor } from "../../app/lib/policy";
import { appendAudit } from "../audit";
import { writeTransaction, type Db } from "../client";
import { libraryEditions } from "../schema";
import { amendableEdition, amendmentAccess, requireManage } from "./amendment-access";
import { amendmentRows, sectionsOf } from "./amendments-read";
import { addEdition } from "./store";

/** Makes edition n+1 from edition n's decided amendments; returns its number. */
export function makeEditionFromAmendments(
  db: Db,
  actor: Actor,
  documentId: number,
  editionId: number,
  now = new Date(),
): number {
  return writeTransaction(db, (tx) => {
    const access = amendmentAccess(tx, actor, documentId);
    requireManage(access);
    const edition = amendableEdition(tx, documentId, editionId, "amendments.error.editionMade");
    if (edition.amendmentsUntil === null) throw new DomainError("amendments.error.notOpened", 409);
    if (amendmentsOpen(edition.amendmentsUntil, now)) throw new DomainError("amendments.error.stillOpen", 409);
    const rows = amendmentRows(tx, edition.id);
    const undecided = rows.filter((r) => r.decision === null).length;
    if (undecided > 0) throw new DomainError("amendments.error.undecided", 409, { n: undecided });
    const sections = sectionsOf(tx, edition.id);
    const accepted = rows.flatMap((r) => {
      const wording = wordingToApply(r);
      return wording === null ? [] : [{ id: r.id, sectionId: r.sectionId, passage: r.passage, wording }];
    });
    const { bodies, conflicts } = applyAmendments(sections, accepted);
    if (conflicts.length > 0) {
      const numbers = rows.filter((r) => conflicts.includes(r.id)).map((r) => r.sectionTitle);
      throw new DomainError("amendments.error.conflict", 409, { sections: [...new Set(numbers)].join("; ") });
    }
    const number = addEdition(tx, actor.id, documentId, {
      status: "draft",
      sections: sections.map((s) => ({
        level: s.level,
        number: s.number,
        heading: s.heading,
        body: bodies.get(s.id)!,
        footnotes: s.footnotes,
      })),
    });
    tx.update(libraryEditions)
      .set({ fromEditionId: edition.id })
      .where(and(eq(libraryEditions.documentId, documentId), eq(libraryEditions.number, number)))
      .run();
    appendAudit(
      tx,
      actor.id,
      {
        action: "library.edition_from_amendments",
        subjectType: "library_document",
        subjectId: documentId,
        details: { edition: number, fromEdition: edition.number, applied: accepted.length, sections: sections.length },
      },
      now,
    );
    return number;
  });
}
