import { eq } from "drizzle-orm";
import type { Services } from "../../../app/context";
import { bodyTitle } from "../../../app/lib/body-rules";
import { decisionsDocument } from "../../../app/lib/decisions-document";
import { DomainError } from "../../../app/lib/errors";
import { translator } from "../../../app/lib/i18n";
import { libraryVisibilities, type LibraryVisibility } from "../../../app/lib/library/kinds";
import type { Actor } from "../../../app/lib/policy";
import { localDateOf } from "../../../app/lib/zoned-time";
import { loadMeeting } from "../../access";
import { appendAudit } from "../../audit";
import { writeTransaction } from "../../client";
import { addDocument } from "../../library/store";
import { libraryDocuments } from "../../schema/library";
import { decisionsFinalOf, finalDecisions, isSignedByAll } from "../../queries/assignments";

export type PublishResult = { documentId: number; already: boolean };

/**
 * Issues 10 and 11: a signed protocol's decisions go to the library in one step, as a «resolution» of the body
 * with one adopted edition whose sections are the decisions by agenda item. Once per final: a second request
 * answers with the document already published. Through the library's own add-document code (indexed with it).
 */
export function publishDecisions(
  services: Services,
  actor: Actor,
  meetingId: number,
  visibility: string,
  now = new Date(),
): PublishResult {
  return writeTransaction(services.db, (tx) => {
    const ctx = loadMeeting(tx, actor, meetingId, "protocol.publish", "assignments.error.notCompleted");
    if (!(libraryVisibilities as readonly string[]).includes(visibility))
      throw new DomainError("assignments.error.visibility", 422, {}, "visibility");
    const final = decisionsFinalOf(tx, meetingId);
    if (!final || !isSignedByAll(tx, final)) throw new DomainError("assignments.error.notSigned", 409);
    const published = tx
      .select({ id: libraryDocuments.id })
      .from(libraryDocuments)
      .where(eq(libraryDocuments.sourceFinalId, final.id))
      .get();
    if (published) return { documentId: published.id, already: true };
    const items = finalDecisions(final);
    const count = items.reduce((n, i) => n + i.decisions.length, 0);
    if (count === 0) throw new DomainError("assignments.error.noDecisions", 409);
    const language = ctx.body.workingLanguage === "en" ? "en" : "ru";
    const day = localDateOf(ctx.meeting.startsAt, ctx.body.timezone);
    const issuer = bodyTitle(ctx.body, language);
    const doc = decisionsDocument(
      { bodyTitle: issuer, meetingNumber: ctx.meeting.number, meetingDay: day, items },
      translator(language),
    );
    const documentId = addDocument(
      tx,
      actor.id,
      {
        kind: "resolution",
        title: doc.title,
        issuer,
        adoptionReference: doc.adoptionReference,
        adoptedOn: day,
        language,
        bodyId: ctx.body.id,
        visibility: visibility as LibraryVisibility,
      },
      { status: "adopted", adoptedOn: day, sections: doc.sections },
    );
    tx.update(libraryDocuments).set({ sourceFinalId: final.id }).where(eq(libraryDocuments.id, documentId)).run();
    appendAudit(
      tx,
      actor.id,
      {
        action: "protocol.decisions_published",
        subjectType: "meeting",
        subjectId: meetingId,
        details: { finalId: final.id, documentId, visibility, decisions: count },
      },
      now,
    );
    return { documentId, already: false };
  });
}
