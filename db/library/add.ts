/**
 * A secretary or co-chair adds a document to the library from the browser (issue 11): its text from a file
 * (DOCX, Markdown, text) or pasted, and its original files (DOCX, PDF). Everything is read and checked first;
 * then one transaction asks the policy again and writes the document, its first edition, the index, the files
 * and the audit entries together. A problem is a field's message and nothing is written.
 */
import type { Services } from "../../app/context";
import { DomainError } from "../../app/lib/errors";
import type { DocumentFields } from "../../app/lib/library/document-input";
import { structureText, type StructuredText } from "../../app/lib/library/structure";
import { can, type Actor } from "../../app/lib/policy";
import { loadBody } from "../access";
import { writeTransaction, type Db } from "../client";
import { recordFile, writeBlob } from "../files/store";
import { checkUpload, MAX_UPLOAD_BYTES, type DetectedType } from "../files/types";
import { bodyScope } from "../queries/bodies";
import { bodies } from "../schema";
import { readDocumentFile } from "./import";
import { attachOriginal } from "./originals";
import { addDocument } from "./store";

export type Upload = { name: string; bytes: Uint8Array };
export const MAX_ORIGINALS = 5;

/** 404 for a body the actor may not read, 403 when they may not add its documents (administrators add any). */
function authorizeAdd(tx: Db, actor: Actor, bodyId: number | null): void {
  if (bodyId === null) {
    if (!can(actor, "library.add", { bodyId: 0, seats: [] }))
      throw new DomainError("libraryEditions.add.error.bodyRequired", 422, {}, "bodyId");
    return;
  }
  loadBody(tx, actor, bodyId);
  if (!can(actor, "library.add", bodyScope(tx, actor.id, bodyId)))
    throw new DomainError("libraryEditions.add.error.notYourBody", 403, {}, "bodyId");
}

export async function textOf(fields: Pick<DocumentFields, "pasted">, file: Upload | null): Promise<StructuredText> {
  if (!file) return structureText(fields.pasted, /^#{1,6}\s/m.test(fields.pasted) ? "markdown" : "text");
  const read = await readDocumentFile(file.name, file.bytes);
  if (!read.ok) throw new DomainError(`libraryEditions.import.${read.problem}`, 422, {}, "file");
  return read.text;
}

/** The original files checked by content and stored (content-addressed) before the transaction. */
export function prepareOriginals(services: Services, uploads: Upload[]) {
  if (uploads.length > MAX_ORIGINALS)
    throw new DomainError("libraryEditions.add.error.tooManyOriginals", 422, {}, "originals");
  return uploads.map((u) => {
    const checked = checkUpload({ ...u, allowed: ["docx", "pdf"], maxBytes: MAX_UPLOAD_BYTES });
    if (!checked.ok)
      throw new DomainError(checked.problem, checked.problem === "file.tooLarge" ? 413 : 422, {}, "originals");
    return { name: checked.safeName, type: checked.type as DetectedType, size: u.bytes.length, bytes: u.bytes };
  });
}

export async function addLibraryDocument(
  services: Services,
  actor: Actor,
  fields: DocumentFields,
  uploads: { text: Upload | null; originals: Upload[] },
): Promise<number> {
  // Asked before any bytes are stored, and again inside the transaction.
  services.db.transaction((tx) => authorizeAdd(tx as unknown as Db, actor, fields.bodyId));
  const text = await textOf(fields, uploads.text);
  if (text.sections.length === 0) throw new DomainError("libraryEditions.import.empty", 422, {}, "file");
  const originals = prepareOriginals(services, uploads.originals).map((o) => ({
    ...o,
    sha256: writeBlob(services, o.bytes),
  }));
  const { pasted: _pasted, status, ...doc } = fields;
  return writeTransaction(services.db, (tx) => {
    authorizeAdd(tx, actor, fields.bodyId);
    const id = addDocument(
      tx,
      actor.id,
      { ...doc, title: fields.title || text.title },
      {
        status,
        adoptedOn: status === "adopted" ? fields.adoptedOn : null,
        sections: text.sections,
      },
    );
    for (const o of originals) attachOriginal(tx, actor.id, id, 1, recordFile(tx, { ...o, uploadedById: actor.id }));
    return id;
  });
}

/** The bodies the actor may add documents to (every body for an administrator), for the form's choice. */
export function bodiesToAddTo(db: Db, actor: Actor) {
  const all = db.select({ id: bodies.id, titleRu: bodies.titleRu, titleEn: bodies.titleEn }).from(bodies).all();
  return all.filter((b) => can(actor, "library.add", bodyScope(db, actor.id, b.id)));
}
