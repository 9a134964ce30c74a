// Every kind of audit entry, typed: what happened and the facts that matter to a later reader.
import type { LibraryAmendmentEvent } from "./library/amendment-events";
import type { LibraryCurationEvent } from "./library/curation-events"; // library curation
import type { ConferenceProgrammeAuditEvent } from "./conferences/audit-events";
import type { OutcomeAuditEvent } from "./outcome-audit-events";

export type AuditEvent =
  | LibraryAmendmentEvent
  | LibraryCurationEvent // library curation
  | ConferenceProgrammeAuditEvent
  | OutcomeAuditEvent
  | {
      action: "library.document_added" | "library.edition_added";
      subjectType: "library_document";
      subjectId: number;
      details: { title: string; visibility: string; edition: number; sections: number };
    }
  | {
      action: "library.original_added";
      subjectType: "library_document";
      subjectId: number;
      details: { edition: number; fileId: number; name: string; sha256: string };
    }
  | { action: "user.signed_in"; subjectType: "user"; subjectId: number; details: { address: string } }
  | { action: "user.signed_out"; subjectType: "user"; subjectId: number; details: Record<string, never> }
  | { action: "user.invited"; subjectType: "user"; subjectId: number; details: { email: string; isAdmin: boolean } }
  | {
      action: "user.invitation_resent";
      subjectType: "user";
      subjectId: number;
      details: { email: string; linksCancelled: number };
    }
  | { action: "user.invitation_accepted"; subjectType: "user"; subjectId: number; details: { linksCancelled: number } }
  | { action: "user.password_reset_requested"; subjectType: "user"; subjectId: number; details: Record<string, never> }
  | {
      action: "user.password_reset" | "user.password_changed";
      subjectType: "user";
      subjectId: number;
      details: { sessionsEnded: number; linksCancelled: number };
    }
  | { action: "user.sign_in_failed"; subjectType: "user"; subjectId: number; details: { address: string } }
  | { action: "user.profile_updated"; subjectType: "user"; subjectId: number; details: { changed: string[] } }
  | {
      action: "user.disabled";
      subjectType: "user";
      subjectId: number;
      details: { sessionsEnded: number; linksCancelled: number };
    }
  | { action: "user.enabled"; subjectType: "user"; subjectId: number; details: Record<string, never> }
  | {
      action: "user.admin_granted" | "user.admin_revoked";
      subjectType: "user";
      subjectId: number;
      details: Record<string, never>;
    }
  | { action: "user.created_by_cli"; subjectType: "user"; subjectId: number; details: { email: string } }
  | {
      action: "system.demo_loaded";
      subjectType: "system";
      subjectId: null;
      details: { users: number; organisations: number; bodies: number };
    }
  | {
      // From this entry on every hash is keyed; it seals the entries before it (decision 0012).
      action: "system.audit_chain_keyed";
      subjectType: "system";
      subjectId: null;
      details: { entriesBefore: number; keyId: string };
    }
  | {
      // Written at start-up when the log did not verify, so the finding stays in the log itself.
      action: "system.audit_verification_failed";
      subjectType: "system";
      subjectId: null;
      details: { reason: string; seq: number | null };
    }
  | {
      action: "organisation.created" | "organisation.updated";
      subjectType: "organisation";
      subjectId: number;
      details: { name: string; country: string };
    };

export type BodyAuditEvent =
  | {
      action: "body.created";
      subjectType: "body";
      subjectId: number;
      details: { title: string; kind: string; sides: string[] };
    }
  | { action: "body.updated"; subjectType: "body"; subjectId: number; details: { changed: string[] } }
  | {
      action: "body.regulation_attached";
      subjectType: "body";
      subjectId: number;
      details: { fileId: number; name: string; sha256: string };
    }
  | {
      action: "membership.added";
      subjectType: "body";
      subjectId: number;
      details: { membershipId: number; userId: number; sideId: number; role: string; startsAt: string };
    }
  | {
      action: "membership.role_changed";
      subjectType: "body";
      subjectId: number;
      details: { membershipId: number; userId: number; sideId: number; from: string; to: string };
    }
  | {
      action: "membership.ended";
      subjectType: "body";
      subjectId: number;
      details: { membershipId: number; userId: number; sideId: number; role: string; vacancyConfirmed: boolean };
    };

export type BodyAbsenceEvent = {
  action: "membership.absence_recorded" | "membership.absence_withdrawn";
  subjectType: "body";
  subjectId: number;
  details: { absenceId: number; membershipId: number; userId: number; sideId: number; from: string; to: string };
};

/** R5: whether a chair's act was done by the co-chair or by the deputy acting for them. */
export type ChairCapacity = "co_chair" | "deputy";

export type MeetingAuditEvent =
  | {
      action: "meeting.created";
      subjectType: "meeting";
      subjectId: number;
      details: { bodyId: number; number: number; startsAt: string; sideId?: number; capacity?: ChairCapacity };
    }
  | { action: "meeting.updated"; subjectType: "meeting"; subjectId: number; details: { changed: string[] } }
  | {
      action: "meeting.convened" | "meeting.cancelled";
      subjectType: "meeting";
      subjectId: number;
      details: { recipients: number; sideId?: number; capacity?: ChairCapacity };
    }
  | {
      action: "meeting.started" | "meeting.completed";
      subjectType: "meeting";
      subjectId: number;
      details: { quorate: boolean; sideId?: number; capacity?: ChairCapacity };
    }
  | {
      action: "meeting.current_item_set";
      subjectType: "meeting";
      subjectId: number;
      details: { itemId: number | null; sideId?: number; capacity?: ChairCapacity };
    }
  | {
      action:
        | "agenda.item_added"
        | "agenda.item_proposed"
        | "agenda.item_accepted"
        | "agenda.item_removed"
        | "agenda.item_updated";
      subjectType: "meeting";
      subjectId: number;
      details: { itemId: number; title: string; version: number; sideId?: number; capacity?: ChairCapacity };
    }
  | {
      action: "agenda.item_declined";
      subjectType: "meeting";
      subjectId: number;
      details: { itemId: number; title: string; reason: string; sideId?: number; capacity?: ChairCapacity };
    }
  | {
      action: "agenda.item_moved";
      subjectType: "meeting";
      subjectId: number;
      details: { itemId: number; direction: "up" | "down"; version: number; sideId?: number; capacity?: ChairCapacity };
    }
  | {
      action: "agenda.approved";
      subjectType: "meeting";
      subjectId: number;
      details: { sideId: number; version: number; capacity: "co_chair" | "deputy"; fullyApproved: boolean };
    }
  | {
      action: "material.submitted";
      subjectType: "meeting";
      subjectId: number;
      details: { materialId: number; itemId: number; late: boolean; fileId: number | null; sha256: string | null };
    }
  | {
      action: "material.accepted";
      subjectType: "meeting";
      subjectId: number;
      details: { materialId: number; sideId?: number; capacity?: ChairCapacity };
    }
  | { action: "rsvp.answered"; subjectType: "meeting"; subjectId: number; details: { answer: string } }
  | {
      action: "attendance.marked";
      subjectType: "meeting";
      subjectId: number;
      details: { userId: number; presence: string | null };
    }
  | {
      action: "guest.invited";
      subjectType: "meeting";
      subjectId: number;
      details: {
        userId: number;
        kind: string;
        newAccount: boolean;
        sideId?: number;
        capacity?: ChairCapacity;
        proposalId?: number;
      };
    }
  | {
      action: "guest.proposed";
      subjectType: "meeting";
      subjectId: number;
      details: { proposalId: number; kind: string; name: string };
    }
  | {
      action: "guest.proposal_declined";
      subjectType: "meeting";
      subjectId: number;
      details: { proposalId: number; reason: string; sideId?: number; capacity?: ChairCapacity };
    }
  | {
      action: "materials.digest_sent";
      subjectType: "meeting";
      subjectId: number;
      details: { recipients: number; materialIds: number[] };
    }
  | {
      action: "opinion.submitted" | "opinion.updated";
      subjectType: "meeting";
      subjectId: number;
      details: { opinionId: number; itemIds: number[] };
    }
  | { action: "opinion.read_out"; subjectType: "meeting"; subjectId: number; details: { opinionId: number } }
  | {
      action: "meeting.change_proposed";
      subjectType: "meeting";
      subjectId: number;
      details: { proposalId: number; sideId: number; capacity: ChairCapacity; startsAt: string; place: string };
    }
  | {
      action: "meeting.change_agreed" | "meeting.change_declined";
      subjectType: "meeting";
      subjectId: number;
      details: { proposalId: number; sideId: number; capacity: ChairCapacity; takesEffect: boolean };
    }
  | { action: "meeting.change_withdrawn"; subjectType: "meeting"; subjectId: number; details: { proposalId: number } }
  | {
      action: "material.lateness_recomputed";
      subjectType: "meeting";
      subjectId: number;
      details: { nowLate: number[]; nowOnTime: number[] };
    }
  | { action: "reminder.sent"; subjectType: "meeting"; subjectId: number; details: { recipients: number } }
  | {
      // R13: a member's comment on a passage of the protocol draft (the quote cut to 200 characters).
      action: "protocol.comment_added";
      subjectType: "meeting";
      subjectId: number;
      details: { commentId: number; quote: string };
    }
  | { action: "protocol.comment_resolved"; subjectType: "meeting"; subjectId: number; details: { commentId: number } };

/** The protocol's generated parts and named versions (issue 9, decision 0016). */
export type ProtocolDraftAuditEvent =
  | {
      // The generated first text, written by the platform when the draft was first opened.
      action: "protocol.drafted";
      subjectType: "meeting";
      subjectId: number;
      details: { updateId: number; items: number };
    }
  | {
      action: "protocol.regenerated";
      subjectType: "meeting";
      subjectId: number;
      details: { rewritten: string[]; added: string[]; removed: string[]; itemsKeptAsText: number[] };
    }
  | {
      action: "protocol.version_saved";
      subjectType: "meeting";
      subjectId: number;
      details: { versionId: number; name: string; bytes: number };
    };

export type { SigningAuditEvent } from "./signing-audit-events";
export type { AssignmentAuditEvent } from "./assignment-audit-events";
export type { RegistrationAuditEvent } from "./conference-registration/audit-events";
export type { PartnershipAuditEvent } from "./partnership-audit-events";

export type AuditAction =
  | AuditEvent["action"]
  | BodyAuditEvent["action"]
  | BodyAbsenceEvent["action"]
  | MeetingAuditEvent["action"]
  | ProtocolDraftAuditEvent["action"]
  | import("./signing-audit-events").SigningAuditEvent["action"]
  | import("./assignment-audit-events").AssignmentAuditEvent["action"]
  | import("./conference-registration/audit-events").RegistrationAuditEvent["action"]
  | import("./partnership-audit-events").PartnershipAuditEvent["action"];
