/**
 * Publishing the finalised outcome to the library in one step (issue 12): a «recommendations» document issued by
 * the organisers, with the adoption reference «рекомендации круглого стола от <date>», the countries of the
 * organisers and the confirmed participants, and its one adopted edition whose sections are indexed for search
 * (through the library's own addDocument) — and the outcome marked published, with the audit entries, in one
 * IMMEDIATE transaction. The visibility is the organisers' choice: public, partners, or the conference's people.
 */
import { and, asc, eq } from "drizzle-orm";
import { DomainError } from "../../app/lib/errors";
import { translator } from "../../app/lib/i18n";
import { referenceDate } from "../../app/lib/decisions-document";
import { libraryVisibilities, type LibraryVisibility } from "../../app/lib/library/kinds";
import { outcomeSections } from "../../app/lib/outcome-document";
import type { Actor } from "../../app/lib/policy";
import type { JSONContent } from "../../app/lib/protocol-json";
import { localDateOf } from "../../app/lib/zoned-time";
import { loadConference } from "../area-access";
import { appendAudit } from "../audit";
import { writeTransaction, type Db } from "../client";
import { addDocument } from "../library/store";
import { bodies, conferences, outcomes, registrations, sides } from "../schema";
import { outcomeFor } from "./proposals";

export const isLibraryVisibility = (value: string): value is LibraryVisibility =>
  (libraryVisibilities as readonly string[]).includes(value);

/**
 * Inside the caller's write transaction, the access asked already (the command below, and the demo). Returns the
 * library document's id.
 */
export function writePublication(
  tx: Db,
  actorId: number | null,
  conferenceId: number,
  visibility: LibraryVisibility,
  now: Date,
): number {
  const outcome = outcomeFor(tx, conferenceId, "publish");
  const body = tx.select().from(bodies).where(eq(bodies.id, conferenceId)).get()!;
  const conference = tx.select().from(conferences).where(eq(conferences.bodyId, conferenceId)).get()!;
  const organisers = tx.select().from(sides).where(eq(sides.bodyId, conferenceId)).orderBy(asc(sides.position)).all();
  const participantCountries = tx
    .select({ country: registrations.country })
    .from(registrations)
    .where(and(eq(registrations.bodyId, conferenceId), eq(registrations.status, "confirmed")))
    .all()
    .map((r) => r.country);
  const countries = [
    ...new Set([...organisers.map((s) => s.country).filter((c): c is string => !!c), ...participantCountries]),
  ].sort();
  const language = body.workingLanguage === "en" ? "en" : "ru";
  const day = localDateOf(conference.startsAt, body.timezone);
  const { title, sections } = outcomeSections(JSON.parse(outcome.finalText ?? "{}") as JSONContent);
  if (sections.length === 0) throw new DomainError("outcome.error.empty", 409);
  const documentId = addDocument(
    tx,
    actorId,
    {
      kind: "recommendations",
      title: title || outcome.title,
      issuer: organisers.map((s) => s.name).join(", "),
      adoptionReference: translator(language)("outcome.doc.reference", { date: referenceDate(day) }),
      adoptedOn: day,
      countries,
      language,
      bodyId: conferenceId,
      visibility,
    },
    { status: "adopted", adoptedOn: day, sections },
  );
  tx.update(outcomes)
    .set({ state: "published", libraryDocumentId: documentId, publishedAt: now })
    .where(eq(outcomes.bodyId, conferenceId))
    .run();
  appendAudit(
    tx,
    actorId,
    {
      action: "outcome.published",
      subjectType: "body",
      subjectId: conferenceId,
      details: { documentId, visibility, sections: sections.length },
    },
    now,
  );
  return documentId;
}

export function publishOutcome(
  db: Db,
  actor: Actor,
  conferenceId: number,
  visibility: string,
  now = new Date(),
): number {
  return writeTransaction(db, (tx) => {
    loadConference(tx, { actor }, conferenceId, "outcome.publish");
    if (!isLibraryVisibility(visibility)) throw new DomainError("outcome.error.visibility", 422, {}, "visibility");
    return writePublication(tx, actor.id, conferenceId, visibility, now);
  });
}
