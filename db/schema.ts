// The one drizzle schema. Times are stored as milliseconds since the epoch (UTC).
import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

const createdAt = () =>
  integer("created_at", { mode: "timestamp_ms" })
    .notNull()
    .default(sql`(cast(unixepoch('subsec') * 1000 as integer))`);

import { organisationKinds } from "../app/lib/organisation-kinds";
export { organisationKinds, type OrganisationKind } from "../app/lib/organisation-kinds";

export const organisations = sqliteTable("organisations", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  name: text("name").notNull(),
  shortName: text("short_name").notNull(),
  country: text("country").notNull(), // ISO 3166-1 alpha-2
  kind: text("kind", { enum: organisationKinds }).notNull(),
  createdAt: createdAt(),
});

export const userStatuses = ["invited", "active", "disabled"] as const;
export type UserStatus = (typeof userStatuses)[number];

export const users = sqliteTable(
  "users",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    email: text("email").notNull(), // always stored lower-cased
    name: text("name").notNull(),
    organisationId: integer("organisation_id").references(() => organisations.id),
    position: text("position").notNull().default(""),
    locale: text("locale", { enum: ["ru", "en"] }),
    timezone: text("timezone").notNull().default("Europe/Moscow"),
    isAdmin: integer("is_admin", { mode: "boolean" }).notNull().default(false),
    status: text("status", { enum: userStatuses }).notNull().default("invited"),
    passwordHash: text("password_hash"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("users_email_unique").on(t.email)],
);

/** Lucia-guide sessions: the id is hex(sha256(token)); the token itself is only ever in the cookie. */
export const sessions = sqliteTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("sessions_user").on(t.userId)],
);

/** Single-use links sent by e-mail: invitations and password resets. Only the token's hash is kept. */
export const emailTokenPurposes = ["invitation", "password_reset"] as const;
export type EmailTokenPurpose = (typeof emailTokenPurposes)[number];

export const emailTokens = sqliteTable(
  "email_tokens",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    purpose: text("purpose", { enum: emailTokenPurposes }).notNull(),
    tokenHash: text("token_hash").notNull(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdById: integer("created_by_id").references(() => users.id),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    usedAt: integer("used_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("email_tokens_hash").on(t.tokenHash), index("email_tokens_user").on(t.userId)],
);

/** Failed sign-ins, keyed by account ("email:…") and by address ("ip:…"), for throttling. */
export const loginFailures = sqliteTable(
  "login_failures",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    key: text("key").notNull(),
    at: integer("at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("login_failures_key_at").on(t.key, t.at)],
);

/** Append-only, hash-chained. UPDATE and DELETE are refused by triggers (custom migration). */
export const auditLog = sqliteTable(
  "audit_log",
  {
    seq: integer("seq").primaryKey(),
    at: integer("at", { mode: "timestamp_ms" }).notNull(),
    actorId: integer("actor_id"),
    action: text("action").notNull(),
    subjectType: text("subject_type").notNull(),
    subjectId: text("subject_id"),
    details: text("details").notNull().default("{}"),
    prevHash: text("prev_hash").notNull(),
    hash: text("hash").notNull(),
  },
  (t) => [index("audit_subject").on(t.subjectType, t.subjectId)],
);

export const outboxStatuses = ["pending", "sent", "failed"] as const;
export type OutboxStatus = (typeof outboxStatuses)[number];

/** Every e-mail is written here in the transaction that causes it, then delivered (and retried) after commit. */
export const outbox = sqliteTable(
  "outbox",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    to: text("to").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    html: text("html"),
    attachments: text("attachments").notNull().default("[]"), // JSON: [{ filename, contentType, content }]
    status: text("status", { enum: outboxStatuses }).notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: integer("next_attempt_at", { mode: "timestamp_ms" }).notNull(),
    lastError: text("last_error"),
    sentAt: integer("sent_at", { mode: "timestamp_ms" }),
    emlFile: text("eml_file"),
    createdAt: createdAt(),
  },
  (t) => [index("outbox_due").on(t.status, t.nextAttemptAt)],
);

export type Organisation = typeof organisations.$inferSelect;
export type User = typeof users.$inferSelect;
export type Session = typeof sessions.$inferSelect;
export type AuditEntry = typeof auditLog.$inferSelect;
export type OutboxMessage = typeof outbox.$inferSelect;

// ——— Bodies, sides, composition (issue 3; rules R1, R5, R12, R14, R15) ———

import { bodyKinds, quorumRules, signatoryRules } from "../app/lib/quorum-rule-kinds";
export * from "../app/lib/quorum-rule-kinds";

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
  /** R14 openness: members of other sides see each side's drafts. */
  draftsOpenToAllSides: integer("drafts_open_to_all_sides", { mode: "boolean" }).notNull().default(true),
  regulationFileId: integer("regulation_file_id").references(() => files.id),
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

import { memberRoles } from "../app/lib/roles";
export { memberRoles, type MemberRole } from "../app/lib/roles";

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
    uniqueIndex("memberships_one_officer_per_side").on(t.sideId, t.role).where(sql`ends_at is null and role <> 'member'`),
    // A person sits on one side of a body.
    uniqueIndex("memberships_one_seat_per_body").on(t.bodyId, t.userId).where(sql`ends_at is null`),
  ],
);

export type Body = typeof bodies.$inferSelect;
export type Side = typeof sides.$inferSelect;
export type Membership = typeof memberships.$inferSelect;
export type StoredFile = typeof files.$inferSelect;

import { guestKinds, meetingFormats, meetingStatuses, presences, rsvpAnswers } from "../app/lib/meeting-states";
export * from "../app/lib/meeting-states";

// ——— Meetings (заседания; "session" in the issue, "meeting" in code so as not to clash with sign-in sessions).
// Rules R2, R3, R5–R10, R12, R14 of shared/domain/README.md. ———


export const meetings = sqliteTable(
  "meetings",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    bodyId: integer("body_id")
      .notNull()
      .references(() => bodies.id),
    number: integer("number").notNull(),
    status: text("status", { enum: meetingStatuses }).notNull().default("draft"),
    startsAt: integer("starts_at", { mode: "timestamp_ms" }).notNull(),
    durationMinutes: integer("duration_minutes").notNull().default(120),
    place: text("place").notNull().default(""),
    format: text("format", { enum: meetingFormats }).notNull(),
    videoLink: text("video_link"),
    /** The agenda's version: every change to accepted items moves it on, so earlier approvals go stale (R2). */
    agendaVersion: integer("agenda_version").notNull().default(1),
    /** RFC 5545 SEQUENCE of the calendar invitation: raised by each update sent after convening. */
    icsSequence: integer("ics_sequence").notNull().default(0),
    currentItemId: integer("current_item_id"),
    createdById: integer("created_by_id").references(() => users.id),
    convenedAt: integer("convened_at", { mode: "timestamp_ms" }),
    startedAt: integer("started_at", { mode: "timestamp_ms" }),
    completedAt: integer("completed_at", { mode: "timestamp_ms" }),
    cancelledAt: integer("cancelled_at", { mode: "timestamp_ms" }),
    reminderSentAt: integer("reminder_sent_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("meetings_body_number").on(t.bodyId, t.number), index("meetings_starts").on(t.startsAt)],
);

export const agendaItemStatuses = ["proposed", "accepted", "declined"] as const;
export type AgendaItemStatus = (typeof agendaItemStatuses)[number];

export const agendaItems = sqliteTable(
  "agenda_items",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    meetingId: integer("meeting_id")
      .notNull()
      .references(() => meetings.id),
    position: integer("position").notNull(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    speakers: text("speakers").notNull().default(""),
    durationMinutes: integer("duration_minutes").notNull().default(15),
    status: text("status", { enum: agendaItemStatuses }).notNull(),
    proposedById: integer("proposed_by_id").references(() => users.id),
    decidedById: integer("decided_by_id").references(() => users.id),
    declineReason: text("decline_reason"),
    removedAt: integer("removed_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [index("agenda_items_meeting").on(t.meetingId, t.position)],
);

export const agendaApprovals = sqliteTable(
  "agenda_approvals",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    meetingId: integer("meeting_id")
      .notNull()
      .references(() => meetings.id),
    sideId: integer("side_id")
      .notNull()
      .references(() => sides.id),
    version: integer("version").notNull(),
    approvedById: integer("approved_by_id")
      .notNull()
      .references(() => users.id),
    capacity: text("capacity", { enum: ["co_chair", "deputy"] }).notNull(),
    approvedAt: integer("approved_at", { mode: "timestamp_ms" }).notNull(),
  },
  // R2: one approval per side per version of the agenda; the database refuses a second.
  (t) => [uniqueIndex("agenda_approvals_once").on(t.meetingId, t.sideId, t.version)],
);

export const materials = sqliteTable(
  "materials",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    meetingId: integer("meeting_id")
      .notNull()
      .references(() => meetings.id),
    agendaItemId: integer("agenda_item_id")
      .notNull()
      .references(() => agendaItems.id),
    title: text("title").notNull(),
    text: text("text"),
    fileId: integer("file_id").references(() => files.id),
    submittedById: integer("submitted_by_id")
      .notNull()
      .references(() => users.id),
    submittedAt: integer("submitted_at", { mode: "timestamp_ms" }).notNull(),
    /** R7 (3.9): submitted after the deadline; hidden from members until a co-chair accepts it. */
    late: integer("late", { mode: "boolean" }).notNull(),
    acceptedById: integer("accepted_by_id").references(() => users.id),
    acceptedAt: integer("accepted_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("materials_meeting").on(t.meetingId, t.agendaItemId)],
);


/** R12 (3.11): experts and observers, invited to one meeting by a co-chair; never members, never counted. */
export const meetingGuests = sqliteTable(
  "meeting_guests",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    meetingId: integer("meeting_id")
      .notNull()
      .references(() => meetings.id),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    kind: text("kind", { enum: guestKinds }).notNull(),
    invitedById: integer("invited_by_id").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("meeting_guests_once").on(t.meetingId, t.userId)],
);


/** A member's answer to the invitation, before the meeting. */
export const rsvps = sqliteTable(
  "rsvps",
  {
    meetingId: integer("meeting_id")
      .notNull()
      .references(() => meetings.id),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    answer: text("answer", { enum: rsvpAnswers }).notNull(),
    answeredAt: integer("answered_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.userId] })],
);


/** Who is present, as the secretary registers it during the meeting (R9: video counts, 3.8). */
export const attendance = sqliteTable(
  "attendance",
  {
    meetingId: integer("meeting_id")
      .notNull()
      .references(() => meetings.id),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    presence: text("presence", { enum: presences }).notNull(),
    markedById: integer("marked_by_id")
      .notNull()
      .references(() => users.id),
    markedAt: integer("marked_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.userId] })],
);

/** R8 (3.5 д): an absent member's written opinion on agenda items, read out at the meeting. */
export const writtenOpinions = sqliteTable(
  "written_opinions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    meetingId: integer("meeting_id")
      .notNull()
      .references(() => meetings.id),
    authorId: integer("author_id")
      .notNull()
      .references(() => users.id),
    text: text("text").notNull(),
    fileId: integer("file_id").references(() => files.id),
    submittedAt: integer("submitted_at", { mode: "timestamp_ms" }).notNull(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
    readOutAt: integer("read_out_at", { mode: "timestamp_ms" }),
    readOutById: integer("read_out_by_id").references(() => users.id),
  },
  (t) => [uniqueIndex("written_opinions_once").on(t.meetingId, t.authorId)],
);

export const writtenOpinionItems = sqliteTable(
  "written_opinion_items",
  {
    opinionId: integer("opinion_id")
      .notNull()
      .references(() => writtenOpinions.id, { onDelete: "cascade" }),
    agendaItemId: integer("agenda_item_id")
      .notNull()
      .references(() => agendaItems.id),
  },
  (t) => [primaryKey({ columns: [t.opinionId, t.agendaItemId] })],
);

/** Each user's secret calendar feed address; only the token's hash is kept. */
export const calendarFeeds = sqliteTable("calendar_feeds", {
  userId: integer("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  tokenHash: text("token_hash").notNull(),
  createdAt: createdAt(),
});

export type Meeting = typeof meetings.$inferSelect;
export type AgendaItem = typeof agendaItems.$inferSelect;
export type Material = typeof materials.$inferSelect;
export type WrittenOpinion = typeof writtenOpinions.$inferSelect;
