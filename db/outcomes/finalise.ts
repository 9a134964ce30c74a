/**
 * Finalising the outcome (issue 12): the text as stored at this commit is frozen — its editor JSON kept in
 * `outcomes.final_text` — and the room refuses every edit from then on (the database tells it: 4409 to every open
 * editor; an update still in flight is refused inside the collaboration server's own transaction).
 */
import { eq } from "drizzle-orm";
import { DomainError } from "../../app/lib/errors";
import { textOf } from "../../app/lib/outcome-document";
import type { Actor } from "../../app/lib/policy";
import { isEmptyDraft, type ProseNode } from "../../app/lib/prose-json";
import { protocolJSON } from "../../app/lib/protocol-draft-yjs";
import { loadConference } from "../area-access";
import { appendAudit } from "../audit";
import { writeTransaction, type Db } from "../client";
import { outcomes } from "../schema";
import { outcomeFor, undecidedProposals } from "./proposals";
import { outcomeStore } from "./store";

export function finaliseOutcome(db: Db, actor: Actor, conferenceId: number, now = new Date()): void {
  writeTransaction(db, (tx) => {
    loadConference(tx, { actor }, conferenceId, "outcome.finalise");
    writeFinalisation(tx, actor.id, conferenceId, now);
  });
}

/** Inside the caller's write transaction, the access asked already (the command above, and the demo). */
export function writeFinalisation(tx: Db, actorId: number | null, conferenceId: number, now: Date): void {
  outcomeFor(tx, conferenceId, "finalise");
  const stored = outcomeStore.load(tx, conferenceId);
  const json = protocolJSON(stored.doc);
  stored.doc.destroy();
  if (isEmptyDraft(json as ProseNode)) throw new DomainError("outcome.error.empty", 409);
  tx.update(outcomes)
    .set({ state: "finalised", finalisedAt: now, finalisedById: actorId, finalText: JSON.stringify(json) })
    .where(eq(outcomes.bodyId, conferenceId))
    .run();
  appendAudit(
    tx,
    actorId,
    {
      action: "outcome.finalised",
      subjectType: "body",
      subjectId: conferenceId,
      details: { characters: textOf(json).length, proposalsUndecided: undecidedProposals(tx, conferenceId) },
    },
    now,
  );
}
