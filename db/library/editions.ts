/**
 * Reading a document's editions beyond the current one (issue 11): two editions to compare, the original files
 * of each. Everything goes through `loadLibraryDocument`, the one access path: a document the reader may not
 * read is a 404, and so is every edition and file of it.
 */
import { and, asc, eq, inArray } from "drizzle-orm";
import { DomainError } from "../../app/lib/errors";
import type { Db } from "../client";
import { files, libraryEditionFiles, librarySections } from "../schema";
import { loadLibraryDocument, type Reader } from "./read";

const notFound = () => new DomainError("error.notFound.title", 404);

export function editionSections(db: Db, editionId: number) {
  return db
    .select()
    .from(librarySections)
    .where(eq(librarySections.editionId, editionId))
    .orderBy(asc(librarySections.position))
    .all();
}

/** Two editions by number; `from` defaults to the one before `to`, `to` to the current edition. */
export function editionsToCompare(db: Db, reader: Reader, documentId: number, from: number | null, to: number | null) {
  const loaded = loadLibraryDocument(db, reader, documentId);
  const { editions, current } = loaded;
  const toEdition = editions.find((e) => e.number === (to ?? current?.number));
  const fromNumber = from ?? (toEdition ? toEdition.number - 1 : 0);
  const fromEdition = editions.find((e) => e.number === fromNumber);
  if (!toEdition || !fromEdition) throw notFound();
  return {
    doc: loaded.doc,
    editions,
    from: { edition: fromEdition, sections: editionSections(db, fromEdition.id) },
    to: { edition: toEdition, sections: editionSections(db, toEdition.id) },
  };
}

export type EditionFile = { id: number; editionId: number; format: string; name: string; size: number };

/** The original files of the given editions, oldest first. */
export function filesOfEditions(db: Db, editionIds: number[]): EditionFile[] {
  if (editionIds.length === 0) return [];
  return db
    .select({
      id: libraryEditionFiles.id,
      editionId: libraryEditionFiles.editionId,
      format: libraryEditionFiles.format,
      name: files.originalName,
      size: files.size,
    })
    .from(libraryEditionFiles)
    .innerJoin(files, eq(files.id, libraryEditionFiles.fileId))
    .where(inArray(libraryEditionFiles.editionId, editionIds))
    .orderBy(asc(libraryEditionFiles.id))
    .all();
}

/** The stored file behind one original file of the document, for a reader who may read it; else 404. */
export function originalFileOf(db: Db, reader: Reader, documentId: number, editionFileId: number): number {
  const { editions } = loadLibraryDocument(db, reader, documentId);
  const row = db
    .select({ fileId: libraryEditionFiles.fileId })
    .from(libraryEditionFiles)
    .where(
      and(
        eq(libraryEditionFiles.id, editionFileId),
        inArray(
          libraryEditionFiles.editionId,
          editions.map((e) => e.id),
        ),
      ),
    )
    .get();
  if (!row) throw notFound();
  return row.fileId;
}
