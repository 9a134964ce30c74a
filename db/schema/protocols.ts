// The protocol of a meeting (протокол заседания): a Yjs document the secretaries write together, live (R13).
// Rules R8, R11, R13 of shared/domain/README.md; decision 0013.
import { blob, index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { createdAt, users } from "./accounts";
import { files, sides } from "./bodies";
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
  /** Set by finalising (issue 10): from then on the document refuses every edit, from everyone. */
  finalisedAt: integer("finalised_at", { mode: "timestamp_ms" }),
  /** The final text being signed (or signed); null while the draft is open, after a reopening too. */
  currentFinalId: integer("current_final_id"),
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

/**
 * A finalised text of the protocol (R11): the canonical form of its ProseMirror JSON (NFC strings, sorted keys)
 * and its SHA-256. Append-only (triggers). A correction after a signature is the next number, signed again.
 */
export const protocolFinals = sqliteTable(
  "protocol_finals",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    meetingId: integer("meeting_id")
      .notNull()
      .references(() => meetings.id),
    /** 1, 2, …: the n-th text finalised for this meeting. */
    number: integer("number").notNull(),
    canonical: text("canonical").notNull(),
    sha256: text("sha256").notNull(),
    /** R9 (3.7): from the stored roll; a protocol of a session without quorum records that nothing was decided. */
    quorate: integer("quorate", { mode: "boolean" }).notNull(),
    finalisedById: integer("finalised_by_id")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("protocol_finals_number").on(t.meetingId, t.number),
    index("protocol_finals_sha256").on(t.sha256),
  ],
);

export const signatureCapacities = ["co_chair", "acting_chair", "secretary"] as const;
export type SignatureCapacity = (typeof signatureCapacities)[number];

/**
 * A signature (R11): who, in what capacity, for which side, when, over which text; with the platform's Ed25519
 * signature over those fields. Append-only (triggers); an INSERT whose hash is not its final's is refused too.
 */
export const protocolSignatures = sqliteTable(
  "protocol_signatures",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    finalId: integer("final_id")
      .notNull()
      .references(() => protocolFinals.id),
    meetingId: integer("meeting_id")
      .notNull()
      .references(() => meetings.id),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    /** The signatory's name as signed (names change; the signature does not). */
    signedName: text("signed_name").notNull(),
    capacity: text("capacity", { enum: signatureCapacities }).notNull(),
    sideId: integer("side_id")
      .notNull()
      .references(() => sides.id),
    /** The SHA-256 of the text the signatory saw: always the final's own. */
    textSha256: text("text_sha256").notNull(),
    /** Base64 Ed25519 signature by the platform's key over the canonical fields (see the signing module). */
    signature: text("signature").notNull(),
    keyId: text("key_id").notNull(),
    signedAt: integer("signed_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [
    uniqueIndex("protocol_signatures_once").on(t.finalId, t.userId),
    index("protocol_signatures_meeting").on(t.meetingId),
  ],
);

/** An exported file of a final protocol, by its SHA-256: what /verify recognises. Append-only. */
export const protocolExports = sqliteTable(
  "protocol_exports",
  {
    sha256: text("sha256").primaryKey(),
    finalId: integer("final_id")
      .notNull()
      .references(() => protocolFinals.id),
    format: text("format", { enum: ["pdf", "docx"] }).notNull(),
    /** How many signatures its signature page shows. */
    signatures: integer("signatures").notNull(),
    fileId: integer("file_id").references(() => files.id),
    createdAt: createdAt(),
  },
  (t) => [index("protocol_exports_final").on(t.finalId)],
);

/** R11 (3.10): the copy of the signed protocol sent to each member, through the outbox. */
export const protocolCirculations = sqliteTable(
  "protocol_circulations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    finalId: integer("final_id")
      .notNull()
      .references(() => protocolFinals.id),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    outboxId: integer("outbox_id").notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("protocol_circulations_once").on(t.finalId, t.userId)],
);

export type Protocol = typeof protocols.$inferSelect;
export type ProtocolFinal = typeof protocolFinals.$inferSelect;
export type ProtocolSignature = typeof protocolSignatures.$inferSelect;
export type ProtocolComment = typeof protocolComments.$inferSelect;
export type ProtocolVersion = typeof protocolVersions.$inferSelect;
