// Bodies, their sides and dated memberships (issue 3; rules R1, R5, R12, R14, R15), and uploaded files.
import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from "drizzle-orm/sqlite-core";
import { createdAt, organisations, users } from "./accounts";
import { bodyKinds, quorumRules, signatoryRules } from "../../app/lib/quorum-rule-kinds";
export * from "../../app/lib/quorum-rule-kinds";

/** Uploaded files, stored under DATA_DIR/files by content hash; the type is checked by content. */
export const files = sqliteTable("files", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  originalName: text("original_name").notNull(),
  contentType: text("content_type").notNull(),
  size: integer("size").notNull(),
  sha256: text("sha256").notNull(),
  uploadedById: integer("uploaded_by_id").references(() => users.id),
  createdAt: createdAt(),
});

export const bodies = sqliteTable("bodies", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  kind: text("kind", { enum: bodyKinds }).notNull(),
  titleRu: text("title_ru").notNull(),
  titleEn: text("title_en"),
  description: text("description").notNull().default(""),
  /** Deadlines and session times are counted in this timezone. */
  timezone: text("timezone").notNull().default("Europe/Moscow"),
  quorumRule: text("quorum_rule", { enum: quorumRules }).notNull(),
  quorumPercent: integer("quorum_percent"),
  materialsDeadlineDays: integer("materials_deadline_days").notNull().default(10),
  signatories: text("signatories", { enum: signatoryRules }).notNull().default("chairs_and_secretaries"),
  /** The language its protocols are written in (the generated draft's words): Russian, or English. */
  workingLanguage: text("working_language", { enum: ["ru", "en"] })
    .notNull()
    .default("ru"),
  regulationFileId: integer("regulation_file_id").references(() => files.id),
  /**
   * Issue 12: a conference's or a partnership's public page (`/conferences/<id>`, `/partnerships/<id>`) exists
   * from this moment; null while the organisers or parties prepare it (then it is as private as any body).
   */
  publishedAt: integer("published_at", { mode: "timestamp_ms" }),
  /** Issue 12: the partnership that set this working group up to carry out its agreement (sources/002, 6). */
  parentBodyId: integer("parent_body_id").references((): AnySQLiteColumn => bodies.id),
  createdById: integer("created_by_id").references(() => users.id),
  createdAt: createdAt(),
});

export const sides = sqliteTable(
  "sides",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    bodyId: integer("body_id")
      .notNull()
      .references(() => bodies.id),
    position: integer("position").notNull(),
    name: text("name").notNull(),
    country: text("country"),
    organisationId: integer("organisation_id").references(() => organisations.id),
    workingLanguage: text("working_language").notNull().default("ru"),
    timezone: text("timezone").notNull().default("Europe/Moscow"),
  },
  (t) => [uniqueIndex("sides_body_position").on(t.bodyId, t.position)],
);

import { memberRoles } from "../../app/lib/roles";
export { memberRoles, type MemberRole } from "../../app/lib/roles";

/**
 * A person's seat on one side of a body for a period. Ending a membership sets `endsAt`; rows are never
 * deleted, so a past session can always show the composition it had.
 */
export const memberships = sqliteTable(
  "memberships",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    bodyId: integer("body_id")
      .notNull()
      .references(() => bodies.id),
    sideId: integer("side_id")
      .notNull()
      .references(() => sides.id),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    role: text("role", { enum: memberRoles }).notNull(),
    startsAt: integer("starts_at", { mode: "timestamp_ms" }).notNull(),
    endsAt: integer("ends_at", { mode: "timestamp_ms" }),
    createdById: integer("created_by_id").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index("memberships_body").on(t.bodyId, t.endsAt),
    index("memberships_user").on(t.userId, t.endsAt),
    // R1 (3.1): one co-chair, one deputy and one secretary per side — the database says so too.
    uniqueIndex("memberships_one_officer_per_side")
      .on(t.sideId, t.role)
      .where(sql`ends_at is null and role <> 'member'`),
    // A person sits on one side of a body.
    uniqueIndex("memberships_one_seat_per_body")
      .on(t.bodyId, t.userId)
      .where(sql`ends_at is null`),
  ],
);

export type Body = typeof bodies.$inferSelect;
export type Side = typeof sides.$inferSelect;
export type Membership = typeof memberships.$inferSelect;
export type StoredFile = typeof files.$inferSelect;
