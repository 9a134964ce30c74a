// Meetings (заседания; "session" in the issue, "meeting" in code, so as not to clash with sign-in sessions).
// Rules R2, R3, R5–R10, R12, R14 of shared/domain/README.md.
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { createdAt, organisations, users } from "./accounts";
import { bodies, files, sides } from "./bodies";

import { guestKinds, meetingFormats, meetingStatuses, presences, rsvpAnswers } from "../../app/lib/meeting-states";
export * from "../../app/lib/meeting-states";

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

/**
 * R6 (3.4 а): what members have not yet been told about, one row per material added (on time) or accepted
 * (late), queued in the same transaction; the digest job sends one letter per member and marks them sent.
 */
export const materialDigestQueue = sqliteTable(
  "material_digest_queue",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    meetingId: integer("meeting_id")
      .notNull()
      .references(() => meetings.id),
    materialId: integer("material_id")
      .notNull()
      .references(() => materials.id),
    event: text("event", { enum: ["added", "accepted"] }).notNull(),
    queuedAt: integer("queued_at", { mode: "timestamp_ms" }).notNull(),
    sentAt: integer("sent_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("material_digest_pending").on(t.sentAt, t.meetingId)],
);

export const guestProposalStatuses = ["pending", "invited", "declined"] as const;
export type GuestProposalStatus = (typeof guestProposalStatuses)[number];

/** R12 (3.11): a member proposes an expert or observer; a co-chair (or acting deputy) invites or declines. */
export const guestProposals = sqliteTable(
  "guest_proposals",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    meetingId: integer("meeting_id")
      .notNull()
      .references(() => meetings.id),
    proposedById: integer("proposed_by_id")
      .notNull()
      .references(() => users.id),
    name: text("name").notNull(),
    email: text("email").notNull(),
    organisationId: integer("organisation_id").references(() => organisations.id),
    kind: text("kind", { enum: guestKinds }).notNull(),
    reason: text("reason").notNull(),
    status: text("status", { enum: guestProposalStatuses }).notNull().default("pending"),
    decidedById: integer("decided_by_id").references(() => users.id),
    decidedAt: integer("decided_at", { mode: "timestamp_ms" }),
    declineReason: text("decline_reason"),
    guestUserId: integer("guest_user_id").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index("guest_proposals_meeting").on(t.meetingId, t.status)],
);

export type GuestProposal = typeof guestProposals.$inferSelect;
