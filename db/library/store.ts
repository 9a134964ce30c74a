/**
 * Adding library documents and editions (issue 11). Each write keeps the search index in step in the same
 * transaction: the index holds the sections of each document's current edition only, as stems (STACK.md §27).
 * Readers are not blocked meanwhile: under WAL they read the last committed index.
 */
import { and, desc, eq, inArray, ne } from "drizzle-orm";
import type { EditionStatus, LibraryKind, LibraryVisibility } from "../../app/lib/library/kinds";
import { sectionAnchors, type SectionInput } from "../../app/lib/library/structure";
import { stem } from "../../app/lib/library/stem.server";
import { stemmedText } from "../../app/lib/library/words";
import { appendAudit } from "../audit";
import type { Db } from "../client";
import { libraryDocuments, libraryEditions, librarySections } from "../schema";

export interface DocumentInput {
  kind: LibraryKind;
  title: string;
  issuer?: string;
  adoptionReference?: string;
  adoptedOn?: string | null;
  countries?: string[];
  topics?: string[];
  language?: string;
  bodyId?: number | null;
  visibility: LibraryVisibility;
}

export interface EditionInput {
  status: EditionStatus;
  adoptedOn?: string | null;
  adoptionReference?: string;
  sections: SectionInput[];
}

/** Adds a document with its first edition; call inside an IMMEDIATE write transaction. */
export function addDocument(tx: Db, actorId: number | null, doc: DocumentInput, edition: EditionInput): number {
  const { id } = tx
    .insert(libraryDocuments)
    .values({ ...doc, createdById: actorId })
    .returning({ id: libraryDocuments.id })
    .get();
  insertEdition(tx, id, 1, edition);
  appendAudit(tx, actorId, {
    action: "library.document_added",
    subjectType: "library_document",
    subjectId: id,
    details: { title: doc.title, visibility: doc.visibility, edition: 1, sections: edition.sections.length },
  });
  return id;
}

/** Adds the next edition; an adopted one supersedes the editions adopted before it. */
export function addEdition(tx: Db, actorId: number | null, documentId: number, edition: EditionInput): number {
  const last = tx
    .select({ number: libraryEditions.number })
    .from(libraryEditions)
    .where(eq(libraryEditions.documentId, documentId))
    .orderBy(desc(libraryEditions.number))
    .get();
  const number = (last?.number ?? 0) + 1;
  const editionId = insertEdition(tx, documentId, number, edition);
  if (edition.status === "adopted") {
    tx.update(libraryEditions)
      .set({ status: "superseded", supersededOn: edition.adoptedOn ?? null })
      .where(
        and(
          eq(libraryEditions.documentId, documentId),
          eq(libraryEditions.status, "adopted"),
          ne(libraryEditions.id, editionId),
        ),
      )
      .run();
  }
  const title = tx
    .select({ title: libraryDocuments.title })
    .from(libraryDocuments)
    .where(eq(libraryDocuments.id, documentId))
    .get()!.title;
  const visibility = tx
    .select({ v: libraryDocuments.visibility })
    .from(libraryDocuments)
    .where(eq(libraryDocuments.id, documentId))
    .get()!.v;
  appendAudit(tx, actorId, {
    action: "library.edition_added",
    subjectType: "library_document",
    subjectId: documentId,
    details: { title, visibility, edition: number, sections: edition.sections.length },
  });
  reindex(tx, documentId);
  return number;
}

function insertEdition(tx: Db, documentId: number, number: number, edition: EditionInput): number {
  const { id } = tx
    .insert(libraryEditions)
    .values({
      documentId,
      number,
      status: edition.status,
      adoptedOn: edition.adoptedOn ?? null,
      adoptionReference: edition.adoptionReference ?? "",
    })
    .returning({ id: libraryEditions.id })
    .get();
  const anchors = sectionAnchors(edition.sections);
  edition.sections.forEach((s, i) =>
    tx
      .insert(librarySections)
      .values({ ...s, editionId: id, position: i + 1, anchor: anchors[i]! })
      .run(),
  );
  if (number === 1) reindex(tx, documentId);
  return id;
}

/** The edition readers see: the latest adopted one, else (a draft only) the latest. */
export function currentEditionId(tx: Db, documentId: number): number | null {
  const editions = tx
    .select({ id: libraryEditions.id, status: libraryEditions.status })
    .from(libraryEditions)
    .where(eq(libraryEditions.documentId, documentId))
    .orderBy(desc(libraryEditions.number))
    .all();
  return (editions.find((e) => e.status === "adopted") ?? editions[0])?.id ?? null;
}

/** Puts the current edition's sections in the index, and takes every other edition's out. */
export function reindex(tx: Db, documentId: number): void {
  const client = tx.$client;
  const editionIds = tx
    .select({ id: libraryEditions.id })
    .from(libraryEditions)
    .where(eq(libraryEditions.documentId, documentId))
    .all()
    .map((e) => e.id);
  const sections = tx.select().from(librarySections).where(inArray(librarySections.editionId, editionIds)).all();
  const remove = client.prepare("DELETE FROM library_search WHERE rowid = ?");
  const insert = client.prepare("INSERT INTO library_search (rowid, heading, body) VALUES (?, ?, ?)");
  for (const s of sections) remove.run(s.id);
  const current = currentEditionId(tx, documentId);
  // The title is found too: it is indexed with the first section's heading, where a search for it lands.
  const { title } = tx
    .select({ title: libraryDocuments.title })
    .from(libraryDocuments)
    .where(eq(libraryDocuments.id, documentId))
    .get()!;
  for (const s of sections) {
    if (s.editionId !== current) continue;
    const heading = `${s.position === 1 ? `${title} ` : ""}${s.number} ${s.heading}`;
    insert.run(s.id, stemmedText(heading, stem), stemmedText(s.body, stem));
  }
}
