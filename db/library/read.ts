/**
 * Reading the library (issue 11): what a reader may see, one document, what is new. A document the reader may
 * not see is not found (404), exactly as one that does not exist.
 */
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { DomainError } from "../../app/lib/errors";
import { can, type Actor, type BodyScope } from "../../app/lib/policy";
import type { Db } from "../client";
import { inForceAt } from "../queries/bodies";
import { libraryDocuments, libraryEditions, librarySections, memberships, type LibraryDocument } from "../schema";
import { currentEditionId } from "./store";

/** The reader's seats in every body they sit in now: what `library.read` asks about a `body` document. */
export function readerSeats(db: Db, actor: Actor | null): Map<number, BodyScope["seats"]> {
  const seats = new Map<number, BodyScope["seats"]>();
  if (!actor) return seats;
  const rows = db
    .select({ bodyId: memberships.bodyId, sideId: memberships.sideId, role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.userId, actor.id), inForceAt(new Date())))
    .all();
  for (const r of rows) seats.set(r.bodyId, [...(seats.get(r.bodyId) ?? []), { sideId: r.sideId, role: r.role }]);
  return seats;
}

export type Reader = { actor: Actor | null; seats: Map<number, BodyScope["seats"]> };

export function readerOf(db: Db, actor: Actor | null): Reader {
  return { actor, seats: readerSeats(db, actor) };
}

export function mayRead(reader: Reader, doc: Pick<LibraryDocument, "visibility" | "bodyId">): boolean {
  const seats = doc.bodyId === null ? [] : (reader.seats.get(doc.bodyId) ?? []);
  return can(reader.actor, "library.read", { visibility: doc.visibility, seats });
}

/** One document with its current edition's sections, or 404. */
export function loadLibraryDocument(db: Db, reader: Reader, id: number) {
  const doc = db.select().from(libraryDocuments).where(eq(libraryDocuments.id, id)).get();
  if (!doc || !mayRead(reader, doc)) throw new DomainError("error.notFound.title", 404);
  const editions = db
    .select()
    .from(libraryEditions)
    .where(eq(libraryEditions.documentId, id))
    .orderBy(asc(libraryEditions.number))
    .all();
  const currentId = currentEditionId(db, id);
  const sections = db
    .select()
    .from(librarySections)
    .where(eq(librarySections.editionId, currentId ?? -1))
    .orderBy(asc(librarySections.position))
    .all();
  return { doc, editions, current: editions.find((e) => e.id === currentId) ?? null, sections };
}

/** The newest documents the reader may see. */
export function newestDocuments(db: Db, reader: Reader, limit = 10): LibraryDocument[] {
  const visible = visibleDocuments(db, reader);
  return visible.slice(0, limit);
}

/** Every document the reader may see, newest first (the browse page's facets count these). */
export function visibleDocuments(db: Db, reader: Reader): LibraryDocument[] {
  const filters = [];
  if (!reader.actor) filters.push(eq(libraryDocuments.visibility, "public"));
  return db
    .select()
    .from(libraryDocuments)
    .where(filters.length ? and(...filters) : undefined)
    .orderBy(desc(libraryDocuments.createdAt), desc(libraryDocuments.id))
    .all()
    .filter((d) => mayRead(reader, d));
}

/** The status of each document's current edition. */
export function currentStatuses(db: Db, ids: number[]): Map<number, string> {
  const out = new Map<number, string>();
  if (ids.length === 0) return out;
  const rows = db
    .select({ documentId: libraryEditions.documentId, status: libraryEditions.status, number: libraryEditions.number })
    .from(libraryEditions)
    .where(inArray(libraryEditions.documentId, ids))
    .orderBy(asc(libraryEditions.number))
    .all();
  // The current edition is the latest adopted one, else the latest draft (store.ts, currentEditionId).
  for (const r of rows)
    if (out.get(r.documentId) !== "adopted" || r.status === "adopted") out.set(r.documentId, r.status);
  return out;
}
