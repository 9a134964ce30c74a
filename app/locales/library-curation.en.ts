// Library curation: new editions from the browser, edition status, document details (this session). Part of en.ts.
import type { libraryCurationRu } from "./library-curation.ru";

export const libraryCurationEn: Record<keyof typeof libraryCurationRu, string> = {
  "libraryCuration.doc.manage": "Curating the document",
  "libraryCuration.doc.newEdition": "New edition",
  "libraryCuration.doc.editDetails": "Edit details",
  "libraryCuration.doc.editionReference": "No. {n} — {status} ({reference})",
  "libraryCuration.edition.title": "New edition",
  "libraryCuration.edition.lead":
    "The new edition's text comes from a DOCX, Markdown or text file, or is pasted. An adopted edition comes into force: the previous one is superseded, and search finds the new text at once.",
  "libraryCuration.edition.of": "Document: “{title}”",
  "libraryCuration.edition.status": "Status of the new edition",
  "libraryCuration.edition.status.draft": "draft",
  "libraryCuration.edition.status.adopted": "adopted (comes into force)",
  "libraryCuration.edition.referenceHint": "For an adopted edition, e.g. “decision No. 3 of 10.03.2026”.",
  "libraryCuration.edition.submit": "Add the edition",
  "libraryCuration.status.title": "Status of edition No. {n}",
  "libraryCuration.status.current": "Now: {status}.",
  "libraryCuration.status.adoptLegend": "Adopt edition No. {n}",
  "libraryCuration.status.adopt": "Adopt the edition",
  "libraryCuration.status.supersedeLegend": "Edition No. {n} is no longer in force",
  "libraryCuration.status.supersededOn": "No longer in force from",
  "libraryCuration.status.supersede": "Mark as superseded",
  "libraryCuration.status.none": "This edition's status no longer changes.",
  "libraryCuration.status.amendmentsHint":
    "This edition is open for amendments: it can be adopted once amendments are closed and each one is decided.",
  "libraryCuration.status.error.illegal":
    "The status of edition No. {n} cannot change that way: only a draft can be adopted, and only the edition in force can be superseded.",
  "libraryCuration.status.error.amendmentsOpen":
    "This edition is open for amendments: it can be adopted only once amendments are closed and each one is decided.",
  "libraryCuration.status.error.amendmentsUndecided":
    "Amendments to this edition still undecided: {n}. Decide them in the comparison table, then adopt the edition.",
  "libraryCuration.status.error.olderThanInForce":
    "Edition No. {n} is older than the edition in force (No. {inForce}): it cannot be adopted over it.",
  "libraryCuration.error.referenceRequired": "Name the act of adoption, e.g. “decision No. 3 of 10.03.2026”.",
  "libraryCuration.error.dateRequired": "Enter a date.",
  "libraryCuration.details.title": "Document details",
  "libraryCuration.details.lead":
    "Search and filters follow the changes at once. Narrowing who may read it hides the document from the others at once.",
  "libraryCuration.details.submit": "Save the details",
  "libraryCuration.details.error.noBody": "The document has no body: choose public or partners.",
  // The audit log's names of this area's events (admin.audit reads `audit.<action>`).
  "audit.library.edition_status_changed": "Library edition status changed",
  "audit.library.details_changed": "Library document details changed",
};
