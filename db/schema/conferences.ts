// Conferences (issue 12): round tables, forums and seminars — a programme, registered participants, materials and an
// outcome document. A conference is a body of kind "conference"; its sides are the organisers (organisations), and
// whoever holds a seat in it is one of the organisers' people.
import { sql } from "drizzle-orm";
import { blob, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { createdAt, outbox, users } from "./accounts";
import { bodies, files } from "./bodies";
import { libraryDocuments } from "./library";
import {
  outcomeProposalStatuses,
  outcomeStates,
  participantKinds,
  programmeItemKinds,
  registrationStatuses,
  speakerRoles,
} from "../../app/lib/conference-kinds";
export * from "../../app/lib/conference-kinds";

/** One row per conference: what its public page says, and whether its registration is open. */
export const conferences = sqliteTable("conferences", {
  bodyId: integer("body_id")
    .primaryKey()
    .references(() => bodies.id),
  theme: text("theme").notNull(),
  startsAt: integer("starts_at", { mode: "timestamp_ms" }).notNull(),
  endsAt: integer("ends_at", { mode: "timestamp_ms" }).notNull(),
  venue: text("venue").notNull().default(""),
  videoLink: text("video_link"),
  /** Registration is open from this moment until `registrationClosedAt` (null: not opened / not closed). */
  registrationOpenedAt: integer("registration_opened_at", { mode: "timestamp_ms" }),
  registrationClosedAt: integer("registration_closed_at", { mode: "timestamp_ms" }),
  /** The purpose of processing personal data, stated on the form next to the consent (152-ФЗ, art. 9). */
  consentPurpose: text("consent_purpose").notNull().default(""),
  /** Days after the conference's end that registrants' personal data is kept; then it is erased (decision 0027). */
  personalDataRetentionDays: integer("personal_data_retention_days").notNull().default(90),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }),
});

/** The programme: sessions and panels in order, with their times (the conference's timezone is its body's). */
export const programmeItems = sqliteTable(
  "programme_items",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    bodyId: integer("body_id")
      .notNull()
      .references(() => bodies.id),
    position: integer("position").notNull(),
    kind: text("kind", { enum: programmeItemKinds }).notNull().default("session"),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    startsAt: integer("starts_at", { mode: "timestamp_ms" }).notNull(),
    endsAt: integer("ends_at", { mode: "timestamp_ms" }).notNull(),
    room: text("room").notNull().default(""),
  },
  (t) => [index("programme_items_body").on(t.bodyId, t.position)],
);

/** A moderator or speaker of a programme item: a person, their organisation and country (not necessarily a user). */
export const programmeSpeakers = sqliteTable(
  "programme_speakers",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    itemId: integer("item_id")
      .notNull()
      .references(() => programmeItems.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    role: text("role", { enum: speakerRoles }).notNull(),
    name: text("name").notNull(),
    organisation: text("organisation").notNull().default(""),
    /** ISO 3166-1 alpha-2. */
    country: text("country"),
    topic: text("topic").notNull().default(""),
  },
  (t) => [index("programme_speakers_item").on(t.itemId, t.position)],
);

/** A presentation or report attached to a programme item; public ones are for anyone once the organisers say so. */
export const programmeMaterials = sqliteTable(
  "programme_materials",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    itemId: integer("item_id")
      .notNull()
      .references(() => programmeItems.id),
    fileId: integer("file_id")
      .notNull()
      .references(() => files.id),
    title: text("title").notNull(),
    isPublic: integer("is_public", { mode: "boolean" }).notNull().default(false),
    uploadedById: integer("uploaded_by_id")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index("programme_materials_item").on(t.itemId)],
);

/**
 * A registration from the public form. People register without an account; a confirmed participant gets a personal
 * link (its token's hash is kept here) that lets them download materials and propose to the outcome document.
 */
export const registrations = sqliteTable(
  "registrations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    bodyId: integer("body_id")
      .notNull()
      .references(() => bodies.id),
    name: text("name").notNull(),
    organisation: text("organisation").notNull(),
    organisationKind: text("organisation_kind", { enum: participantKinds }).notNull(),
    /** ISO 3166-1 alpha-2. */
    country: text("country").notNull(),
    position: text("position").notNull(),
    email: text("email").notNull(),
    /** Lower-cased and trimmed: one registration per address and conference ("" once erased). */
    emailKey: text("email_key").notNull(),
    /** The language of the form they used: their e-mails come in it. */
    locale: text("locale", { enum: ["ru", "en"] }).notNull(),
    /** The purpose they consented to, as shown to them, and when (consent is required: never null). */
    consentPurpose: text("consent_purpose").notNull(),
    consentedAt: integer("consented_at", { mode: "timestamp_ms" }).notNull(),
    status: text("status", { enum: registrationStatuses }).notNull().default("pending"),
    decidedAt: integer("decided_at", { mode: "timestamp_ms" }),
    decidedById: integer("decided_by_id").references(() => users.id),
    checkedInAt: integer("checked_in_at", { mode: "timestamp_ms" }),
    checkedInById: integer("checked_in_by_id").references(() => users.id),
    accessTokenHash: text("access_token_hash"),
    /**
     * When the personal data (name, e-mail, position, organisation, the link) was erased: on withdrawal, or once the
     * conference's retention period passed. What remains is anonymous: country, kind of organisation, status, came.
     */
    erasedAt: integer("erased_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [
    // Among registrations still holding personal data: an erased one has no address left to compare.
    uniqueIndex("registrations_one_per_email")
      .on(t.bodyId, t.emailKey)
      .where(sql`${t.erasedAt} is null`),
    uniqueIndex("registrations_access_token").on(t.accessTokenHash),
    index("registrations_body_status").on(t.bodyId, t.status),
  ],
);

/**
 * The letters queued to a registrant (confirmation, decline): withdrawal cancels those not yet sent and erases the
 * copies of those sent, so no outbox row keeps a withdrawn registrant's name or address.
 */
export const registrationLetters = sqliteTable(
  "registration_letters",
  {
    registrationId: integer("registration_id")
      .notNull()
      .references(() => registrations.id),
    outboxId: integer("outbox_id")
      .notNull()
      .references(() => outbox.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.registrationId, t.outboxId] })],
);

/** The outcome document of a conference, drafted live in room `outcome-<bodyId>` (as protocols are, decision 0013). */
export const outcomes = sqliteTable("outcomes", {
  bodyId: integer("body_id")
    .primaryKey()
    .references(() => bodies.id),
  title: text("title").notNull(),
  state: text("state", { enum: outcomeStates }).notNull().default("drafting"),
  /** Confirmed participants may send proposals until this moment (a day's end in the conference's timezone). */
  proposalsUntil: integer("proposals_until", { mode: "timestamp_ms" }),
  snapshot: blob("snapshot", { mode: "buffer" }),
  snapshotUpdateId: integer("snapshot_update_id").notNull().default(0),
  finalisedAt: integer("finalised_at", { mode: "timestamp_ms" }),
  finalisedById: integer("finalised_by_id").references(() => users.id),
  /** The final text (the editor's JSON), as finalised: what is published. */
  finalText: text("final_text"),
  libraryDocumentId: integer("library_document_id").references(() => libraryDocuments.id),
  publishedAt: integer("published_at", { mode: "timestamp_ms" }),
  createdAt: createdAt(),
});

/** Every accepted Yjs update of an outcome document, appended before it is broadcast. */
export const outcomeUpdates = sqliteTable(
  "outcome_updates",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    bodyId: integer("body_id")
      .notNull()
      .references(() => bodies.id),
    update: blob("update", { mode: "buffer" }).notNull(),
    userId: integer("user_id").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index("outcome_updates_body").on(t.bodyId, t.id)],
);

/** A confirmed participant's proposal to the outcome document, while it is open for proposals. */
export const outcomeProposals = sqliteTable(
  "outcome_proposals",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    bodyId: integer("body_id")
      .notNull()
      .references(() => bodies.id),
    registrationId: integer("registration_id")
      .notNull()
      .references(() => registrations.id),
    text: text("text").notNull(),
    status: text("status", { enum: outcomeProposalStatuses }).notNull().default("new"),
    decidedById: integer("decided_by_id").references(() => users.id),
    decidedAt: integer("decided_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [index("outcome_proposals_body").on(t.bodyId, t.status)],
);

export type Conference = typeof conferences.$inferSelect;
export type ProgrammeItem = typeof programmeItems.$inferSelect;
export type ProgrammeSpeaker = typeof programmeSpeakers.$inferSelect;
export type ProgrammeMaterial = typeof programmeMaterials.$inferSelect;
export type Registration = typeof registrations.$inferSelect;
export type RegistrationLetter = typeof registrationLetters.$inferSelect;
export type Outcome = typeof outcomes.$inferSelect;
export type OutcomeProposal = typeof outcomeProposals.$inferSelect;
