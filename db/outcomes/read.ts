/** What the outcome page reads (issue 12): the outcome, its current text, and the participants' proposals. */
import { asc, eq } from "drizzle-orm";
import { protocolJSON } from "../../app/lib/protocol-draft-yjs";
import type { ProseNode } from "../../app/lib/prose-json";
import type { Db } from "../client";
import { outcomeProposals, outcomes, registrations, type Outcome } from "../schema";
import { outcomeStore } from "./store";

export function outcomeOf(db: Db, conferenceId: number): Outcome | null {
  return db.select().from(outcomes).where(eq(outcomes.bodyId, conferenceId)).get() ?? null;
}

/** The text as stored now (the final text once finalised), as ProseMirror JSON for the read-only rendering. */
export function outcomeText(db: Db, outcome: Outcome): ProseNode {
  if (outcome.finalText) return JSON.parse(outcome.finalText) as ProseNode;
  const stored = outcomeStore.load(db, outcome.bodyId);
  try {
    return protocolJSON(stored.doc) as ProseNode;
  } finally {
    stored.doc.destroy();
  }
}

/** Every proposal with who sent it, oldest first (the organisers' list); or one registration's own. */
export function proposalsOf(db: Db, conferenceId: number, registrationId?: number) {
  return db
    .select({
      id: outcomeProposals.id,
      text: outcomeProposals.text,
      status: outcomeProposals.status,
      createdAt: outcomeProposals.createdAt,
      registrationId: outcomeProposals.registrationId,
      name: registrations.name,
      organisation: registrations.organisation,
      country: registrations.country,
    })
    .from(outcomeProposals)
    .innerJoin(registrations, eq(registrations.id, outcomeProposals.registrationId))
    .where(eq(outcomeProposals.bodyId, conferenceId))
    .orderBy(asc(outcomeProposals.id))
    .all()
    .filter((p) => registrationId === undefined || p.registrationId === registrationId);
}
