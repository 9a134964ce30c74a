/**
 * Editing a library document's details (issue 11's curation gap): title, issuer, act, day, countries, topics,
 * language, visibility. One IMMEDIATE transaction: who may curate is asked again, the row is changed, the index
 * follows (the title is indexed with the first section, store.ts), and the audit entry names every field that
 * changed, before and after. Search, facets and visibility read the row, so they follow at once: a narrowed
 * visibility is a 404 for a reader who no longer may read it.
 */
import { eq } from "drizzle-orm";
import type { CatalogueFields } from "../../app/lib/library/document-input";
import type { DetailChange } from "../../app/lib/library/curation-events";
import type { Actor } from "../../app/lib/policy";
import { appendAudit } from "../audit";
import { writeTransaction, type Db } from "../client";
import { libraryDocuments } from "../schema";
import { curatedDocument } from "./curation-access";
import { reindex } from "./store";

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Returns the names of the fields that changed (none: nothing is written). */
export function updateDocumentDetails(db: Db, actor: Actor, documentId: number, fields: CatalogueFields): string[] {
  return writeTransaction(db, (tx) => {
    const { doc } = curatedDocument(tx, actor, documentId);
    const changes: Record<string, DetailChange> = {};
    for (const [name, value] of Object.entries(fields) as [keyof CatalogueFields, DetailChange["to"]][])
      if (!same(doc[name], value)) changes[name] = { from: doc[name], to: value };
    const changed = Object.keys(changes);
    if (changed.length === 0) return changed;
    tx.update(libraryDocuments).set(fields).where(eq(libraryDocuments.id, documentId)).run();
    appendAudit(tx, actor.id, {
      action: "library.details_changed",
      subjectType: "library_document",
      subjectId: documentId,
      details: { changes },
    });
    if (changes.title) reindex(tx, documentId);
    return changed;
  });
}
