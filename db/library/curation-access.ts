/**
 * Who curates a library document (new editions, edition status, details): whoever may `library.add` on its body
 * (secretaries and co-chairs), administrators for a document of no body. Through the one access path,
 * `loadLibraryDocument`: a reader who may not read the document gets 404 on every curation URL, reading or
 * writing; one who reads it but may not curate gets 403.
 */
import { DomainError } from "../../app/lib/errors";
import { can, type Actor } from "../../app/lib/policy";
import type { Db } from "../client";
import { bodyScope } from "../queries/bodies";
import type { LibraryDocument } from "../schema";
import { loadLibraryDocument, readerOf } from "./read";

export function mayCurate(db: Db, actor: Actor | null, doc: Pick<LibraryDocument, "bodyId">): boolean {
  if (!actor) return false;
  const scope = doc.bodyId === null ? { bodyId: 0, seats: [] } : bodyScope(db, actor.id, doc.bodyId);
  return can(actor, "library.add", scope);
}

/** The document as its reader sees it (404 otherwise), for an actor who may curate it (403 otherwise). */
export function curatedDocument(db: Db, actor: Actor, documentId: number) {
  const loaded = loadLibraryDocument(db, readerOf(db, actor), documentId);
  if (!mayCurate(db, actor, loaded.doc)) throw new DomainError("error.forbidden.title", 403);
  return loaded;
}
