// Partnerships (issue 12): cooperation agreements between organisations, with an action plan. A partnership is a body
// of kind "partnership"; its sides are the parties. Working groups it sets up are bodies whose parentBodyId is it.
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { createdAt, users } from "./accounts";
import { bodies, files, sides } from "./bodies";
import { libraryDocuments } from "./library";
import { actionPlanReportKinds, actionPlanStatuses } from "../../app/lib/action-plan-kinds";
export * from "../../app/lib/action-plan-kinds";

/** One row per partnership: its agreement (a library document with its editions), its start and its term. */
export const partnerships = sqliteTable("partnerships", {
  bodyId: integer("body_id")
    .primaryKey()
    .references(() => bodies.id),
  agreementDocumentId: integer("agreement_document_id").references(() => libraryDocuments.id),
  /** YYYY-MM-DD. */
  startsOn: text("starts_on").notNull(),
  /** The agreement's term in months; null: concluded for an indefinite term. */
  termMonths: integer("term_months"),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }),
});

/** An item of the action plan: what, which party answers for it, by when, and where it stands. */
export const actionPlanItems = sqliteTable(
  "action_plan_items",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    bodyId: integer("body_id")
      .notNull()
      .references(() => bodies.id),
    /** «1», «2.3»: as the plan numbers it. */
    number: text("number").notNull(),
    text: text("text").notNull(),
    responsibleSideId: integer("responsible_side_id")
      .notNull()
      .references(() => sides.id),
    /** The due day, YYYY-MM-DD in the partnership's timezone. */
    dueOn: text("due_on").notNull(),
    status: text("status", { enum: actionPlanStatuses }).notNull().default("planned"),
    createdById: integer("created_by_id")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    doneAt: integer("done_at", { mode: "timestamp_ms" }),
    acceptedAt: integer("accepted_at", { mode: "timestamp_ms" }),
    /** When the reminders went (before the due day, overdue), so each goes once, as for assignments. */
    remindedDueSoonAt: integer("reminded_due_soon_at", { mode: "timestamp_ms" }),
    remindedOverdueAt: integer("reminded_overdue_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    index("action_plan_items_body").on(t.bodyId, t.status),
    uniqueIndex("action_plan_items_number").on(t.bodyId, t.number),
  ],
);

/** The history of an action-plan item: progress reports (text and a file), marked done, accepted, returned. */
export const actionPlanReports = sqliteTable(
  "action_plan_reports",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    itemId: integer("item_id")
      .notNull()
      .references(() => actionPlanItems.id),
    kind: text("kind", { enum: actionPlanReportKinds }).notNull(),
    text: text("text").notNull().default(""),
    fileId: integer("file_id").references(() => files.id),
    authorId: integer("author_id")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index("action_plan_reports_item").on(t.itemId)],
);

export type Partnership = typeof partnerships.$inferSelect;
export type ActionPlanItem = typeof actionPlanItems.$inferSelect;
export type ActionPlanReport = typeof actionPlanReports.$inferSelect;
