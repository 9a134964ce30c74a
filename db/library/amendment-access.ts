/**
 * Who may see a document's amendments (issue 11): the members of its body (R14: they all read the comparison
 * table) and administrators. Anyone else, and any document of no body, is a 404, exactly as one that does not exist.
 */
import { desc, eq } from "drizzle-orm";
import { DomainError, notFound } from "../../app/lib/errors";
import type { MessageKey } from "../../app/lib/i18n-core";
import { can, type Actor, type BodyScope } from "../../app/lib/policy";
import type { Db } from "../client";
import { bodyScope, findBody } from "../queries/bodies";
import { libraryEditions, libraryDocuments, type Body, type LibraryDocument, type LibraryEdition } from "../schema";

export interface AmendmentAccess {
  doc: LibraryDocument;
  body: Body;
  scope: BodyScope;
  mayAmend: boolean;
  mayManage: boolean;
}

export function amendmentAccess(db: Db, actor: Actor, documentId: number): AmendmentAccess {
  const doc = db.select().from(libraryDocuments).where(eq(libraryDocuments.id, documentId)).get();
  if (!doc || doc.bodyId === null) throw notFound();
  const scope = bodyScope(db, actor.id, doc.bodyId);
  const mayAmend = can(actor, "library.amend", scope);
  const mayManage = can(actor, "library.manageAmendments", scope);
  if (!mayAmend && !mayManage) throw notFound();
  return { doc, body: findBody(db, doc.bodyId)!, scope, mayAmend, mayManage };
}

export function requireManage(access: AmendmentAccess): void {
  if (!access.mayManage) throw new DomainError("error.forbidden.title", 403);
}

/** The document's editions, newest first. */
export function editionsOf(db: Db, documentId: number): LibraryEdition[] {
  return db
    .select()
    .from(libraryEditions)
    .where(eq(libraryEditions.documentId, documentId))
    .orderBy(desc(libraryEditions.number))
    .all();
}

/**
 * The edition a command names, which must be the document's latest edition and a draft: amendments are to the
 * text being prepared, never to one in force or one already worked into the next edition.
 */
export function amendableEdition(
  db: Db,
  documentId: number,
  editionId: number,
  refusal: MessageKey = "amendments.error.notDraft",
): LibraryEdition {
  const editions = editionsOf(db, documentId);
  const edition = editions.find((e) => e.id === editionId);
  if (!edition) throw notFound();
  if (edition.status !== "draft" || editions[0]!.id !== edition.id) throw new DomainError(refusal, 409);
  return edition;
}
