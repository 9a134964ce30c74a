// Audit events of partnerships (issue 12); re-exported by audit-events.ts.
export type PartnershipAuditEvent =
  | {
      action: "partnership.created" | "partnership.details_changed";
      subjectType: "body";
      subjectId: number;
      details: { startsOn: string; termMonths: number | null };
    }
  | {
      action: "partnership.published" | "partnership.unpublished";
      subjectType: "body";
      subjectId: number;
      details: Record<string, never>;
    }
  | {
      action: "partnership.agreement_linked";
      subjectType: "body";
      subjectId: number;
      details: { documentId: number | null };
    }
  | {
      action: "partnership.group_set_up";
      subjectType: "body";
      subjectId: number;
      details: { groupId: number; title: string; coChairs: number[] };
    }
  | {
      action: "action_plan.item_added";
      subjectType: "action_plan_item";
      subjectId: number;
      details: { bodyId: number; number: string; responsibleSideId: number; dueOn: string };
    }
  | {
      action: "action_plan.reported" | "action_plan.done" | "action_plan.accepted" | "action_plan.returned";
      subjectType: "action_plan_item";
      subjectId: number;
      details: { bodyId: number; reportId: number; fileId: number | null; status: string };
    }
  | {
      // The reminders of an unfinished item, each once (decision 0028).
      action: "action_plan.reminded";
      subjectType: "action_plan_item";
      subjectId: number;
      details: { bodyId: number; kind: "dueSoon" | "overdue"; recipients: number };
    };
