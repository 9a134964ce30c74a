/**
 * What the page `/partnerships/<id>` shows (issue 12), for its reader: the parties, the agreement with its current
 * edition, the term, the working groups (their meetings only to those who may read them), the action plan (the
 * parties' own) and the materials the parties published — the library documents of the partnership and of its
 * working groups that the reader may read, newest first.
 */
import { asc, desc, eq, inArray } from "drizzle-orm";
import { compareItemNumbers } from "../../app/lib/action-plan-rules";
import { can, type Actor } from "../../app/lib/policy";
import { termEndsOn } from "../../app/lib/partnership-term";
import type { Db } from "../client";
import { meetingScope } from "../access";
import type { PartnershipContext } from "../area-access";
import { mayRead, readerOf } from "../library/read";
import { currentEditionId } from "../library/store";
import {
  actionPlanItems,
  actionPlanReports,
  bodies,
  files,
  libraryDocuments,
  libraryEditions,
  meetings,
  organisations,
  sides,
  users,
} from "../schema";

export function partiesOf(db: Db, bodyId: number) {
  return db
    .select({ id: sides.id, name: sides.name, country: sides.country, organisation: organisations.name })
    .from(sides)
    .leftJoin(organisations, eq(organisations.id, sides.organisationId))
    .where(eq(sides.bodyId, bodyId))
    .orderBy(asc(sides.position))
    .all();
}

export function workingGroupsOf(db: Db, partnershipId: number) {
  return db
    .select({ id: bodies.id, titleRu: bodies.titleRu, titleEn: bodies.titleEn, createdAt: bodies.createdAt })
    .from(bodies)
    .where(eq(bodies.parentBodyId, partnershipId))
    .orderBy(asc(bodies.id))
    .all();
}

/** The library documents of the partnership and its working groups that the reader may read, newest first. */
export function publishedMaterials(db: Db, actor: Actor | null, partnershipId: number) {
  const bodyIds = [partnershipId, ...workingGroupsOf(db, partnershipId).map((g) => g.id)];
  const reader = readerOf(db, actor);
  return db
    .select()
    .from(libraryDocuments)
    .where(inArray(libraryDocuments.bodyId, bodyIds))
    .orderBy(desc(libraryDocuments.createdAt), desc(libraryDocuments.id))
    .all()
    .filter((d) => mayRead(reader, d));
}

export function agreementOf(db: Db, actor: Actor | null, documentId: number | null) {
  if (documentId === null) return null;
  const doc = db.select().from(libraryDocuments).where(eq(libraryDocuments.id, documentId)).get();
  if (!doc || !mayRead(readerOf(db, actor), doc)) return null;
  const editionId = currentEditionId(db, doc.id);
  const edition = editionId ? db.select().from(libraryEditions).where(eq(libraryEditions.id, editionId)).get() : null;
  return {
    id: doc.id,
    title: doc.title,
    adoptionReference: doc.adoptionReference,
    edition: edition ? { number: edition.number, status: edition.status, adoptedOn: edition.adoptedOn } : null,
  };
}

export function actionPlanOf(db: Db, partnershipId: number) {
  return db
    .select()
    .from(actionPlanItems)
    .where(eq(actionPlanItems.bodyId, partnershipId))
    .all()
    .sort((a, b) => compareItemNumbers(a.number, b.number));
}

export function partnershipPage(db: Db, actor: Actor | null, ctx: PartnershipContext) {
  const { body, partnership, scope } = ctx;
  const groups = workingGroupsOf(db, body.id).map((g) => ({
    ...g,
    // A group's meetings, each only to who may read it (R14): none to a reader without an account.
    meetings: actor
      ? db
          .select({
            id: meetings.id,
            number: meetings.number,
            startsAt: meetings.startsAt,
            status: meetings.status,
            bodyId: meetings.bodyId,
            place: meetings.place,
          })
          .from(meetings)
          .where(eq(meetings.bodyId, g.id))
          .orderBy(desc(meetings.startsAt))
          .all()
          .filter((m) => can(actor, "meeting.read", meetingScope(db, actor.id, m)))
      : [],
  }));
  return {
    body,
    term: {
      startsOn: partnership.startsOn,
      termMonths: partnership.termMonths,
      endsOn: termEndsOn(partnership.startsOn, partnership.termMonths),
    },
    parties: partiesOf(db, body.id),
    agreement: agreementOf(db, actor, partnership.agreementDocumentId),
    groups,
    plan: can(actor, "actionPlan.read", scope) ? actionPlanOf(db, body.id) : null,
    materials: publishedMaterials(db, actor, body.id),
  };
}

/** An item's reports, marks, acceptances and returns, oldest first (the assignments' history component shows it). */
export function itemHistory(db: Db, itemId: number) {
  return db
    .select({
      id: actionPlanReports.id,
      kind: actionPlanReports.kind,
      text: actionPlanReports.text,
      fileId: actionPlanReports.fileId,
      fileName: files.originalName,
      authorName: users.name,
      createdAt: actionPlanReports.createdAt,
    })
    .from(actionPlanReports)
    .innerJoin(users, eq(users.id, actionPlanReports.authorId))
    .leftJoin(files, eq(files.id, actionPlanReports.fileId))
    .where(eq(actionPlanReports.itemId, itemId))
    .orderBy(asc(actionPlanReports.id))
    .all();
}
