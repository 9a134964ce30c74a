/**
 * A new edition of a library document from the browser (issue 11's curation gap): its text from a file (DOCX,
 * Markdown, text) or pasted, as `/library/new` reads it; a draft, or adopted with its act and day, which then
 * supersedes the edition in force; optional original files. Everything is read and checked first; one IMMEDIATE
 * transaction asks again who may curate, writes the edition, re-indexes (readers keep the last committed index
 * under WAL, decision 17) and writes the audit entries.
 */
import type { Services } from "../../app/context";
import { DomainError } from "../../app/lib/errors";
import type { EditionFields } from "../../app/lib/library/curation-input";
import type { Actor } from "../../app/lib/policy";
import { appendAudit } from "../audit";
import { writeTransaction } from "../client";
import { recordFile, writeBlob } from "../files/store";
import { prepareOriginals, textOf, type Upload } from "./add";
import { adoptInCatalogue } from "./edition-status";
import { curatedDocument } from "./curation-access";
import { attachOriginal } from "./originals";
import { addEdition } from "./store";

/** Returns the new edition's number. */
export async function addEditionFromBrowser(
  services: Services,
  actor: Actor,
  documentId: number,
  fields: EditionFields,
  uploads: { text: Upload | null; originals: Upload[] },
): Promise<number> {
  // Asked before any bytes are stored, and again inside the transaction.
  curatedDocument(services.db, actor, documentId);
  const text = await textOf(fields, uploads.text);
  if (text.sections.length === 0) throw new DomainError("libraryEditions.import.empty", 422, {}, "file");
  const originals = prepareOriginals(services, uploads.originals).map((o) => ({
    ...o,
    sha256: writeBlob(services, o.bytes),
  }));
  return writeTransaction(services.db, (tx) => {
    const { editions } = curatedDocument(tx, actor, documentId);
    const inForce = editions.filter((e) => e.status === "adopted").map((e) => e.number);
    const number = addEdition(tx, actor.id, documentId, {
      status: fields.status,
      adoptedOn: fields.adoptedOn,
      adoptionReference: fields.adoptionReference,
      sections: text.sections,
    });
    if (fields.status === "adopted") {
      adoptInCatalogue(tx, documentId, fields.adoptedOn!, fields.adoptionReference);
      // addEdition superseded them; each loss of force is on the record, as when marked by hand.
      for (const n of inForce)
        appendAudit(tx, actor.id, {
          action: "library.edition_status_changed",
          subjectType: "library_document",
          subjectId: documentId,
          details: { edition: n, from: "adopted", to: "superseded", on: fields.adoptedOn!, superseded: [] },
        });
    }
    for (const o of originals)
      attachOriginal(tx, actor.id, documentId, number, recordFile(tx, { ...o, uploadedById: actor.id }));
    return number;
  });
}
