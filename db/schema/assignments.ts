// Decisions become assignments under execution control (issue 10; R4, R11 of shared/domain/README.md).
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt, organisations, users } from "./accounts";
import { bodies, files, sides } from "./bodies";
import { meetings } from "./meetings";
import { protocolFinals } from "./protocols";
import { assigneeKinds, assignmentStatuses, assignmentReportKinds } from "../../app/lib/assignment-kinds";
export * from "../../app/lib/assignment-kinds";

/**
 * R4 (3.2 а, г): an assignment given from a decision of a final protocol. Its decision is named by its key in the
 * final text («2.1»: the second item's first decision) and copied, as the text it was given from.
 */
export const assignments = sqliteTable(
  "assignments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    bodyId: integer("body_id")
      .notNull()
      .references(() => bodies.id),
    meetingId: integer("meeting_id")
      .notNull()
      .references(() => meetings.id),
    finalId: integer("final_id")
      .notNull()
      .references(() => protocolFinals.id),
    decisionKey: text("decision_key").notNull(),
    decisionText: text("decision_text").notNull(),
    text: text("text").notNull(),
    /** A member, a side, or an organisation: exactly one of the three ids below is set, as the kind says. */
    assigneeKind: text("assignee_kind", { enum: assigneeKinds }).notNull(),
    assigneeUserId: integer("assignee_user_id").references(() => users.id),
    assigneeSideId: integer("assignee_side_id").references(() => sides.id),
    assigneeOrganisationId: integer("assignee_organisation_id").references(() => organisations.id),
    /** The due day, YYYY-MM-DD in the body's timezone. */
    dueOn: text("due_on").notNull(),
    status: text("status", { enum: assignmentStatuses }).notNull().default("open"),
    createdById: integer("created_by_id")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    /** When the assignee marked it done (null again once returned). */
    doneAt: integer("done_at", { mode: "timestamp_ms" }),
    acceptedAt: integer("accepted_at", { mode: "timestamp_ms" }),
    /** When the reminders went, so each goes once. */
    remindedDueSoonAt: integer("reminded_due_soon_at", { mode: "timestamp_ms" }),
    remindedOverdueAt: integer("reminded_overdue_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("assignments_body").on(t.bodyId, t.status), index("assignments_final").on(t.finalId)],
);

/** The history of an assignment: progress reports (text and a file), marked done, accepted, returned. */
export const assignmentReports = sqliteTable(
  "assignment_reports",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    assignmentId: integer("assignment_id")
      .notNull()
      .references(() => assignments.id),
    kind: text("kind", { enum: assignmentReportKinds }).notNull(),
    text: text("text").notNull().default(""),
    fileId: integer("file_id").references(() => files.id),
    authorId: integer("author_id")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index("assignment_reports_assignment").on(t.assignmentId)],
);

export type Assignment = typeof assignments.$inferSelect;
export type AssignmentReport = typeof assignmentReports.$inferSelect;
