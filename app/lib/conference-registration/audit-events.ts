// Audit events of a conference's registration (issue 12); part of the union in ../audit-events.ts. They name the
// registration by its id only: the log is permanent, a registrant's personal data is not (152-ФЗ, art. 21).
export type RegistrationAuditEvent =
  | {
      action: "registration.submitted";
      subjectType: "conference";
      subjectId: number;
      details: { registrationId: number; locale: string };
    }
  | {
      action: "registration.opened" | "registration.closed";
      subjectType: "conference";
      subjectId: number;
      details: Record<string, never>;
    }
  | {
      action: "registration.confirmed";
      subjectType: "conference";
      subjectId: number;
      details: { registrationId: number; atTheDoor: boolean };
    }
  | {
      action: "registration.declined";
      subjectType: "conference";
      subjectId: number;
      details: { registrationId: number; reason: string };
    }
  | {
      action: "participant.checked_in" | "participant.check_in_undone";
      subjectType: "conference";
      subjectId: number;
      details: { registrationId: number };
    }
  | {
      // Decision 0027: the registrant's own corrections, named by field, never by value.
      action: "registration.corrected";
      subjectType: "conference";
      subjectId: number;
      details: { registrationId: number; changed: string[] };
    }
  | {
      action: "registration.withdrawn";
      subjectType: "conference";
      subjectId: number;
      details: { registrationId: number; lettersCancelled: number };
    }
  | {
      // A system entry (no actor): the retention period passed; the count only.
      action: "registration.personal_data_erased";
      subjectType: "conference";
      subjectId: number;
      details: { count: number; retentionDays: number };
    }
  | {
      action: "registration.retention_set";
      subjectType: "conference";
      subjectId: number;
      details: { days: number };
    };
