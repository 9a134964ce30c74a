// Audit events of execution control; re-exported by audit-events.ts.
/** Decisions and assignments under execution control (issue 10, R4), and decisions published to the library. */
export type AssignmentAuditEvent =
  | {
      action: "assignment.given";
      subjectType: "assignment";
      subjectId: number;
      details: { meetingId: number; decisionKey: string; assigneeKind: string; assigneeId: number; dueOn: string };
    }
  | {
      action: "assignment.reported" | "assignment.done" | "assignment.accepted" | "assignment.returned";
      subjectType: "assignment";
      subjectId: number;
      details: { reportId: number; fileId: number | null };
    }
  | {
      action: "assignment.reminded";
      subjectType: "assignment";
      subjectId: number;
      details: { kind: "dueSoon" | "overdue"; recipients: number };
    }
  | {
      action: "protocol.decisions_published";
      subjectType: "meeting";
      subjectId: number;
      details: { finalId: number; documentId: number; visibility: string; decisions: number };
    };
