// The best-practice library (issue 11): documents, their editions, and the sections the search indexes.
// The FTS5 index over the sections is a virtual table, so it lives in a custom migration (STACK.md §10).
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { createdAt, users } from "./accounts";
import { bodies } from "./bodies";
import { editionStatuses, libraryKinds, libraryVisibilities } from "../../app/lib/library/kinds";
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
    createdAt: createdAt(),
  },
  (t) => [index("library_documents_body").on(t.bodyId), index("library_documents_created").on(t.createdAt)],
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
    supersededOn: text("superseded_on"),
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

export type LibraryDocument = typeof libraryDocuments.$inferSelect;
export type LibraryEdition = typeof libraryEditions.$inferSelect;
export type LibrarySection = typeof librarySections.$inferSelect;
