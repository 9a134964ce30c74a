// The audit entries of library curation (new editions, edition status, details); part of AuditEvent
// (app/lib/audit-events.ts). A new edition itself is `library.edition_added` (db/library/store.ts).
import type { EditionStatus } from "./kinds";

/** A catalogue field's value before and after, as stored (countries and topics as lists). */
export type DetailChange = { from: string | string[] | null; to: string | string[] | null };

export type LibraryCurationEvent =
  | {
      action: "library.edition_status_changed";
      subjectType: "library_document";
      subjectId: number;
      details: {
        edition: number;
        from: EditionStatus;
        to: EditionStatus;
        /** The day of adoption or of losing force. */
        on: string;
        adoptionReference?: string;
        /** The editions this adoption superseded. */
        superseded: number[];
      };
    }
  | {
      action: "library.details_changed";
      subjectType: "library_document";
      subjectId: number;
      details: { changes: Record<string, DetailChange> };
    };
