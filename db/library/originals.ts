import { and, eq } from "drizzle-orm";
import { appendAudit } from "../audit";
import type { Db } from "../client";
import { libraryEditionFiles, libraryEditions, type files } from "../schema";

/** Inside the caller's transaction: an edition's original file (DOCX or PDF, checked before), with its audit entry. */
export function attachOriginal(
  tx: Db,
  actorId: number | null,
  documentId: number,
  editionNumber: number,
  file: typeof files.$inferSelect,
): void {
  const edition = tx
    .select({ id: libraryEditions.id })
    .from(libraryEditions)
    .where(and(eq(libraryEditions.documentId, documentId), eq(libraryEditions.number, editionNumber)))
    .get()!;
  const format = file.contentType === "application/pdf" ? "pdf" : "docx";
  tx.insert(libraryEditionFiles).values({ editionId: edition.id, fileId: file.id, format }).run();
  appendAudit(tx, actorId, {
    action: "library.original_added",
    subjectType: "library_document",
    subjectId: documentId,
    details: { edition: editionNumber, fileId: file.id, name: file.originalName, sha256: file.sha256 },
  });
}
