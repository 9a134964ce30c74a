/**
 * The organisers begin the outcome document (issue 12): its row and its first text (the template of sources/001),
 * one stored update by the platform, with the audit entry, in one IMMEDIATE transaction. Then room
 * `outcome-<conferenceId>` opens to them.
 */
import * as Y from "yjs";
import { DomainError } from "../../app/lib/errors";
import { translator } from "../../app/lib/i18n";
import { outcomeTemplate, type OutcomeWords } from "../../app/lib/outcome-document";
import type { Actor } from "../../app/lib/policy";
import { writeDocument } from "../../app/lib/protocol-draft-yjs";
import type { JSONContent } from "../../app/lib/protocol-json";
import { loadConference } from "../area-access";
import { appendAudit } from "../audit";
import { writeTransaction, type Db } from "../client";
import { outcomes } from "../schema";
import { outcomeStore } from "./store";

/** A document's content as one Yjs update (the room's first text). */
export function contentUpdate(content: JSONContent): Uint8Array {
  const doc = new Y.Doc();
  writeDocument(doc, content);
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

/**
 * The outcome's row and its first text, inside the caller's write transaction (the command below, and the demo with
 * the real round table's text). Returns the first update's id.
 */
export function writeOutcome(
  tx: Db,
  actorId: number | null,
  conferenceId: number,
  first: { title: string; content: JSONContent },
  now: Date,
): number {
  const { title, content } = first;
  tx.insert(outcomes).values({ bodyId: conferenceId, title, createdAt: now }).run();
  const updateId = outcomeStore.append(tx, conferenceId, [{ update: contentUpdate(content), userId: actorId }]);
  appendAudit(
    tx,
    actorId,
    { action: "outcome.begun", subjectType: "body", subjectId: conferenceId, details: { title, updateId } },
    now,
  );
  return updateId;
}

/** The template's words in the conference's working language. */
export function templateWords(language: string): OutcomeWords {
  const t = translator(language === "en" ? "en" : "ru");
  return {
    title: t("outcome.template.title"),
    introduction: t("outcome.template.introduction"),
    state: t("outcome.template.state"),
    recommend: t("outcome.template.recommend"),
  };
}

export function beginOutcome(db: Db, actor: Actor, conferenceId: number, now = new Date()): void {
  writeTransaction(db, (tx) => {
    const { scope, body } = loadConference(tx, { actor }, conferenceId, "conference.manage");
    if (scope.outcome !== null) throw new DomainError("outcome.error.alreadyBegun", 409);
    const words = templateWords(body.workingLanguage);
    writeOutcome(tx, actor.id, conferenceId, { title: words.title, content: outcomeTemplate(words) }, now);
  });
}
