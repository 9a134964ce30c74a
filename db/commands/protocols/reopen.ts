/**
 * Reopening a final protocol (R13; decision 0018), by a secretary. Before the first signature of the current
 * final it is a plain reopening; after one it starts a correction: the signed final stays as it is (append-only),
 * and the next finalising creates the next number, which needs every signature again. Either way the draft opens
 * again (the collaboration room accepts edits once more) and the reopening is recorded.
 */
import { eq } from "drizzle-orm";
import type { Services } from "../../../app/context";
import { DomainError } from "../../../app/lib/errors";
import type { Actor } from "../../../app/lib/policy";
import { loadMeeting } from "../../access";
import { appendAudit } from "../../audit";
import { writeTransaction } from "../../client";
import { protocols } from "../../schema";
import { currentFinalOf, signaturesOf } from "../../queries/protocol-signing";

export interface ReopenResult {
  /** True when the final had signatures: the next final is a correction that all must sign again. */
  correction: boolean;
}

export function reopenProtocol(services: Services, actor: Actor, meetingId: number, now = new Date()): ReopenResult {
  const result = writeTransaction(services.db, (tx) => {
    loadMeeting(tx, actor, meetingId, "protocol.reopen");
    const final = currentFinalOf(tx, meetingId);
    if (!final) throw new DomainError("signing.error.notFinal", 409);
    const signatures = signaturesOf(tx, final.id).length;
    tx.update(protocols)
      .set({ finalisedAt: null, currentFinalId: null })
      .where(eq(protocols.meetingId, meetingId))
      .run();
    appendAudit(
      tx,
      actor.id,
      {
        action: signatures > 0 ? "protocol.correction_started" : "protocol.reopened",
        subjectType: "meeting",
        subjectId: meetingId,
        details: { finalId: final.id, number: final.number, signatures },
      },
      now,
    );
    return { correction: signatures > 0 };
  });
  services.live.publish(meetingId, "protocol");
  return result;
}
