/**
 * Finalising a protocol (R11, R13; decision 0018): a secretary freezes the text. In one write transaction the
 * current Yjs document is read as ProseMirror JSON, put in its canonical form and hashed; the final (number n+1)
 * is stored with the quorum of the stored roll, the protocol is marked finalised (the collaboration room then
 * refuses every edit and closes every open editor with 4409) and the audit entry is written. R9 (3.7): without
 * quorum the protocol records that no decisions were taken: a generated paragraph is added first, in the same
 * commit, through the open documents (stored, then broadcast).
 */
import { eq, max } from "drizzle-orm";
import * as Y from "yjs";
import type { Services } from "../../../app/context";
import type { Actor } from "../../../app/lib/policy";
import { canonicalProtocol } from "../../../app/lib/protocol-canonical";
import { applyRefreshPlan, protocolJSON } from "../../../app/lib/protocol-draft-yjs";
import { sha256Hex } from "../../../app/lib/protocol-hash.server";
import { generatedPart, paragraph, partOf, type JSONContent } from "../../../app/lib/protocol-json";
import { translate } from "../../../app/lib/i18n";
import { loadMeeting } from "../../access";
import { appendAudit } from "../../audit";
import { protocolFinals, protocols } from "../../schema";
import { ensureProtocolDraft } from "../../protocols/draft";
import { loadProtocol } from "../../protocols/store";
import { rollAndQuorumOf } from "../../queries/meeting-rolls";
import { queueSigningRequests } from "./signing-mail";

/** The generated part that says a session without quorum took no decisions (R9, 3.7). */
export const NO_DECISIONS_PART = "no-decisions";

export interface FinaliseResult {
  finalId: number;
  number: number;
  sha256: string;
  /** R9: false when the session had no quorum; the text then says that no decisions were taken. */
  quorate: boolean;
}

export function finaliseProtocol(
  services: Services,
  actor: Actor,
  meetingId: number,
  now = new Date(),
): FinaliseResult {
  const { db } = services;
  const { meeting, body } = loadMeeting(db, actor, meetingId, "protocol.finalise");
  // R9 (3.7): the roll stored when the meeting completed (a completed meeting's quorum never changes).
  const { quorate } = rollAndQuorumOf(db, meeting, body).quorum;
  ensureProtocolDraft(db, meetingId, now);
  const notice = quorate
    ? null
    : generatedPart(NO_DECISIONS_PART, [paragraph(translate(body.workingLanguage, "signing.doc.noDecisions"))]);
  let result: FinaliseResult | null = null;
  // The platform's paragraph (if any) and the freeze: one commit. `change` refuses a protocol already finalised.
  services.protocols.change(
    meetingId,
    actor.id,
    (doc) => {
      if (notice) addNoticeOnce(doc, notice);
    },
    (tx) => {
      const { meeting: current } = loadMeeting(tx, actor, meetingId, "protocol.finalise");
      const stored = loadProtocol(tx, meetingId); // the document as just stored, the paragraph included
      const canonical = canonicalProtocol(protocolJSON(stored.doc));
      const sha256 = sha256Hex(canonical);
      stored.doc.destroy();
      const previous = tx
        .select({ n: max(protocolFinals.number) })
        .from(protocolFinals)
        .where(eq(protocolFinals.meetingId, meetingId))
        .get();
      const number = (previous?.n ?? 0) + 1;
      const { id: finalId } = tx
        .insert(protocolFinals)
        .values({ meetingId, number, canonical, sha256, quorate, finalisedById: actor.id, createdAt: now })
        .returning({ id: protocolFinals.id })
        .get();
      tx.update(protocols)
        .set({ finalisedAt: now, currentFinalId: finalId })
        .where(eq(protocols.meetingId, meetingId))
        .run();
      appendAudit(
        tx,
        actor.id,
        {
          action: "protocol.finalised",
          subjectType: "meeting",
          subjectId: meetingId,
          details: { finalId, number, sha256, quorate },
        },
        now,
      );
      queueSigningRequests(tx, services.config.appUrl, current, body, { number, sha256 }, now);
      result = { finalId, number, sha256, quorate };
    },
  );
  services.mail.kick();
  services.live.publish(meetingId, "protocol");
  return result!;
}

/** Adds the notice after the quorum part (or at the end), unless an earlier finalising already added it. */
function addNoticeOnce(doc: Y.Doc, notice: JSONContent): void {
  const blocks = protocolJSON(doc).content ?? [];
  if (blocks.some((b) => partOf(b) === NO_DECISIONS_PART)) return;
  const quorumAt = blocks.findIndex((b) => partOf(b) === "quorum");
  const at = quorumAt >= 0 ? quorumAt + 1 : blocks.length;
  const kept = blocks.map((b, i) => ({ keep: i, part: partOf(b) }));
  applyRefreshPlan(doc, {
    blocks: [...kept.slice(0, at), { write: notice, part: NO_DECISIONS_PART }, ...kept.slice(at)],
    rewritten: [],
    added: [NO_DECISIONS_PART],
    removed: [],
    itemsKeptAsText: [],
  });
}
