/**
 * What the amendment pages read (issue 11): an edition's sections and its amendments as rows of the comparison
 * table, in the document's order (section, then the order they were proposed).
 */
import { asc, eq } from "drizzle-orm";
import { amendmentsOpen } from "../../app/lib/library/amendment-rules";
import type { Actor } from "../../app/lib/policy";
import type { Db } from "../client";
import { libraryAmendments, librarySections, sides, users } from "../schema";
import { amendmentAccess, editionsOf } from "./amendment-access";

export function sectionsOf(db: Db, editionId: number) {
  return db
    .select()
    .from(librarySections)
    .where(eq(librarySections.editionId, editionId))
    .orderBy(asc(librarySections.position))
    .all();
}

export const sectionTitle = (s: { number: string; heading: string }) =>
  [s.number, s.heading].filter(Boolean).join(". ");

export function amendmentRows(db: Db, editionId: number) {
  return db
    .select({
      id: libraryAmendments.id,
      sectionId: libraryAmendments.sectionId,
      sectionNumber: librarySections.number,
      sectionHeading: librarySections.heading,
      sectionAnchor: librarySections.anchor,
      passage: libraryAmendments.passage,
      currentWording: libraryAmendments.currentWording,
      proposedWording: libraryAmendments.proposedWording,
      justification: libraryAmendments.justification,
      authorId: libraryAmendments.authorId,
      authorName: users.name,
      sideName: sides.name,
      decision: libraryAmendments.decision,
      acceptedWording: libraryAmendments.acceptedWording,
      decisionComment: libraryAmendments.decisionComment,
      createdAt: libraryAmendments.createdAt,
    })
    .from(libraryAmendments)
    .innerJoin(librarySections, eq(librarySections.id, libraryAmendments.sectionId))
    .innerJoin(users, eq(users.id, libraryAmendments.authorId))
    .leftJoin(sides, eq(sides.id, libraryAmendments.sideId))
    .where(eq(libraryAmendments.editionId, editionId))
    .orderBy(asc(librarySections.position), asc(libraryAmendments.id))
    .all()
    .map((r) => ({ ...r, sectionTitle: sectionTitle({ number: r.sectionNumber, heading: r.sectionHeading }) }));
}
export type AmendmentRow = ReturnType<typeof amendmentRows>[number];

/**
 * The amendments of one edition of the document, for a member of its body or an administrator (404 otherwise):
 * by default the latest edition; `number` names an earlier one, whose table stays readable.
 */
export function amendmentsView(db: Db, actor: Actor, documentId: number, number?: number) {
  const access = amendmentAccess(db, actor, documentId);
  const editions = editionsOf(db, documentId);
  const edition = number === undefined ? editions[0] : editions.find((e) => e.number === number);
  if (!edition) throw new Response("Not Found", { status: 404 });
  const latest = editions[0]!.id === edition.id;
  const next = editions.find((e) => e.fromEditionId === edition.id) ?? null;
  return {
    doc: { id: access.doc.id, title: access.doc.title },
    body: { id: access.body.id, title: access.body.titleRu, timezone: access.body.timezone },
    edition: {
      id: edition.id,
      number: edition.number,
      status: edition.status,
      amendmentsUntil: edition.amendmentsUntil,
      amendable: latest && edition.status === "draft",
    },
    next: next && { number: next.number },
    mayAmend: access.mayAmend,
    mayManage: access.mayManage,
    rows: amendmentRows(db, edition.id),
  };
}
export type AmendmentsView = ReturnType<typeof amendmentsView>;

/**
 * What the document page shows a member of its body (or an administrator): a link to the amendments of its latest
 * edition when that is a draft or has been open for amendments. Null for anyone else, and for a document of no body.
 */
export function amendmentsLink(db: Db, actor: Actor | null, documentId: number, now = new Date()) {
  if (!actor) return null;
  let access;
  try {
    access = amendmentAccess(db, actor, documentId);
  } catch {
    return null;
  }
  const latest = editionsOf(db, documentId)[0];
  if (!latest || (latest.status !== "draft" && latest.amendmentsUntil === null)) return null;
  return {
    editionId: latest.id,
    number: latest.number,
    open: latest.status === "draft" && amendmentsOpen(latest.amendmentsUntil, now),
    mayAmend: access.mayAmend,
  };
}
