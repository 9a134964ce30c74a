// The audit entries of amendments to library editions (issue 11); part of AuditEvent (app/lib/audit-events.ts).
import type { AmendmentDecision } from "./kinds";

export type LibraryAmendmentEvent =
  | {
      // Opening a draft for amendments, extending the deadline or closing early: each is a change of the deadline.
      action: "library.amendments_deadline_set";
      subjectType: "library_document";
      subjectId: number;
      details: { edition: number; until: string; previous: string | null };
    }
  | {
      action: "library.amendment_proposed";
      subjectType: "library_document";
      subjectId: number;
      details: { edition: number; amendmentId: number; section: string; sideId: number | null };
    }
  | {
      action: "library.amendment_decided";
      subjectType: "library_document";
      subjectId: number;
      details: {
        edition: number;
        amendmentId: number;
        decision: AmendmentDecision;
        previous: AmendmentDecision | null;
      };
    }
  | {
      action: "library.edition_from_amendments";
      subjectType: "library_document";
      subjectId: number;
      details: { edition: number; fromEdition: number; applied: number; sections: number };
    };
