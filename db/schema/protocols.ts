// The protocol of a meeting (протокол заседания): a Yjs document the secretaries write together, live (R13).
// Rules R8, R11, R13 of shared/domain/README.md; decision 0013.
import { blob, index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt, users } from "./accounts";
import { meetings } from "./meetings";

/** One row per meeting that has a protocol draft: its compacted state and its life. */
export const protocols = sqliteTable("protocols", {
  meetingId: integer("meeting_id")
    .primaryKey()
    .references(() => meetings.id),
  /** Every update with id ≤ snapshotUpdateId applied into one document and re-encoded (never Y.mergeUpdates). */
  snapshot: blob("snapshot", { mode: "buffer" }),
  snapshotUpdateId: integer("snapshot_update_id").notNull().default(0),
  /** When the generated parts (heading, attendance, quorum, agenda, annex) were last written from the meeting. */
  generatedAt: integer("generated_at", { mode: "timestamp_ms" }),
  /** Set by finalising (next issue): from then on the document refuses every edit, from everyone. */
  finalisedAt: integer("finalised_at", { mode: "timestamp_ms" }),
  createdAt: createdAt(),
});

/** Every accepted Yjs update, appended before it is broadcast: what a client has seen is on disk. */
export const protocolUpdates = sqliteTable(
  "protocol_updates",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    meetingId: integer("meeting_id")
      .notNull()
      .references(() => meetings.id),
    update: blob("update", { mode: "buffer" }).notNull(),
    /** Who typed it; null for what the platform generated. */
    userId: integer("user_id").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index("protocol_updates_meeting").on(t.meetingId, t.id)],
);

/** A named version ("sent to the sides on 12.03"): the whole state at that moment, to compare with. */
export const protocolVersions = sqliteTable(
  "protocol_versions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    meetingId: integer("meeting_id")
      .notNull()
      .references(() => meetings.id),
    name: text("name").notNull(),
    state: blob("state", { mode: "buffer" }).notNull(),
    createdById: integer("created_by_id")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index("protocol_versions_meeting").on(t.meetingId)],
);

/** A member's comment on a passage of the draft; the secretaries resolve it. */
export const protocolComments = sqliteTable(
  "protocol_comments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    meetingId: integer("meeting_id")
      .notNull()
      .references(() => meetings.id),
    /** Yjs relative positions of the passage's start and end (base64 of Y.encodeRelativePosition). */
    anchorStart: text("anchor_start").notNull(),
    anchorEnd: text("anchor_end").notNull(),
    /** The passage's text when the comment was written: shown even if the passage is later deleted. */
    quote: text("quote").notNull(),
    text: text("text").notNull(),
    authorId: integer("author_id")
      .notNull()
      .references(() => users.id),
    resolvedById: integer("resolved_by_id").references(() => users.id),
    resolvedAt: integer("resolved_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [index("protocol_comments_meeting").on(t.meetingId)],
);

export type Protocol = typeof protocols.$inferSelect;
export type ProtocolComment = typeof protocolComments.$inferSelect;
export type ProtocolVersion = typeof protocolVersions.$inferSelect;
