// The best-practice library (issue 11): documents, their editions, and the sections the search indexes.
// The FTS5 index over the sections is a virtual table, so it lives in a custom migration (STACK.md §10).
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { createdAt, users } from "./accounts";
import { bodies, files, sides } from "./bodies";
import {
  amendmentDecisions,
  editionStatuses,
  libraryKinds,
  libraryVisibilities,
  originalFormats,
} from "../../app/lib/library/kinds";
export * from "../../app/lib/library/kinds";

export const libraryDocuments = sqliteTable(
  "library_documents",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    kind: text("kind", { enum: libraryKinds }).notNull(),
    title: text("title").notNull(),
    issuer: text("issuer").notNull().default(""),
    /** e.g. «постановление № 59-9 от 14.11.2025». */
    adoptionReference: text("adoption_reference").notNull().default(""),
    /** The day of adoption, YYYY-MM-DD. */
    adoptedOn: text("adopted_on"),
    /** ISO 3166-1 alpha-2 codes, as a JSON array. */
    countries: text("countries", { mode: "json" }).$type<string[]>().notNull().default([]),
    topics: text("topics", { mode: "json" }).$type<string[]>().notNull().default([]),
    language: text("language").notNull().default("ru"),
    /** The body it came from, if any; also the readers of a `body` document. */
    bodyId: integer("body_id").references(() => bodies.id),
    visibility: text("visibility", { enum: libraryVisibilities }).notNull(),
    createdById: integer("created_by_id").references(() => users.id),
    /** The signed protocol whose decisions it publishes (issue 10): one document per protocol final. */
    sourceFinalId: integer("source_final_id"),
    createdAt: createdAt(),
  },
  (t) => [
    index("library_documents_body").on(t.bodyId),
    index("library_documents_created").on(t.createdAt),
    uniqueIndex("library_documents_source_final").on(t.sourceFinalId),
  ],
);

export const libraryEditions = sqliteTable(
  "library_editions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    documentId: integer("document_id")
      .notNull()
      .references(() => libraryDocuments.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    status: text("status", { enum: editionStatuses }).notNull(),
    adoptedOn: text("adopted_on"),
    /** The act that adopted this edition, e.g. «решение № 3 от 10.03.2026» (empty for a draft or an old import). */
    adoptionReference: text("adoption_reference").notNull().default(""),
    supersededOn: text("superseded_on"),
    /** A draft open for amendments accepts them until this moment (a day's end in the body's timezone). */
    amendmentsUntil: integer("amendments_until", { mode: "timestamp_ms" }),
    /** The edition whose amendments made this one, if any. */
    fromEditionId: integer("from_edition_id"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("library_editions_number").on(t.documentId, t.number)],
);

/** An edition's text, section by section, in order; `rowid` of the FTS index is the section's id. */
export const librarySections = sqliteTable(
  "library_sections",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    editionId: integer("edition_id")
      .notNull()
      .references(() => libraryEditions.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    /** 1 for a top heading, 2 for a subsection… */
    level: integer("level").notNull(),
    /** «1», «2.3» or empty. */
    number: text("number").notNull().default(""),
    heading: text("heading").notNull().default(""),
    /** The `id` the section has on the document's page: `/library/<id>#<anchor>`. */
    anchor: text("anchor").notNull(),
    /** Paragraphs separated by blank lines. */
    body: text("body").notNull().default(""),
    footnotes: text("footnotes", { mode: "json" }).$type<string[]>().notNull().default([]),
  },
  (t) => [uniqueIndex("library_sections_position").on(t.editionId, t.position)],
);

/** An edition's original files (DOCX, PDF): readable by whoever reads the document, a 404 for anyone else. */
export const libraryEditionFiles = sqliteTable(
  "library_edition_files",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    editionId: integer("edition_id")
      .notNull()
      .references(() => libraryEditions.id, { onDelete: "cascade" }),
    fileId: integer("file_id")
      .notNull()
      .references(() => files.id),
    format: text("format", { enum: originalFormats }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("library_edition_files_edition").on(t.editionId)],
);

/**
 * A proposed amendment («поправка») to a section of a draft edition: the current and proposed wording and a
 * justification, from a member of the document's body; decided in the comparison table.
 */
export const libraryAmendments = sqliteTable(
  "library_amendments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    editionId: integer("edition_id")
      .notNull()
      .references(() => libraryEditions.id, { onDelete: "cascade" }),
    sectionId: integer("section_id")
      .notNull()
      .references(() => librarySections.id, { onDelete: "cascade" }),
    /** The passage within the section it concerns; empty for the whole section. */
    passage: text("passage").notNull().default(""),
    currentWording: text("current_wording").notNull(),
    proposedWording: text("proposed_wording").notNull(),
    justification: text("justification").notNull().default(""),
    authorId: integer("author_id")
      .notNull()
      .references(() => users.id),
    /** The author's side when they proposed it, shown in the table. */
    sideId: integer("side_id").references(() => sides.id),
    decision: text("decision", { enum: amendmentDecisions }),
    /** For «accepted in part»: the wording accepted. */
    acceptedWording: text("accepted_wording"),
    decisionComment: text("decision_comment").notNull().default(""),
    decidedById: integer("decided_by_id").references(() => users.id),
    decidedAt: integer("decided_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [index("library_amendments_edition").on(t.editionId)],
);

export type LibraryDocument = typeof libraryDocuments.$inferSelect;
export type LibraryEdition = typeof libraryEditions.$inferSelect;
export type LibrarySection = typeof librarySections.$inferSelect;
export type LibraryAmendment = typeof libraryAmendments.$inferSelect;
