/**
 * The protocol draft of a convened meeting, generated from the meeting (issue 9, decision 0016): its first text
 * is one stored update by the platform (user null), written with the protocol's row in one write transaction.
 */
import { eq } from "drizzle-orm";
import * as Y from "yjs";
import { translator } from "../../app/lib/i18n";
import { meetingActionStates } from "../../app/lib/policy";
import { draftDocument, generateProtocolDraft } from "../../app/lib/protocol-draft";
import { writeDocument } from "../../app/lib/protocol-draft-yjs";
import { appendAudit } from "../audit";
import { writeTransaction, type Db } from "../client";
import { protocolSourcesOf } from "../queries/protocol-sources";
import { bodies, meetings, protocols } from "../schema";
import { appendProtocolUpdates, createProtocol } from "./store";

const hasProtocol = (db: Db, meetingId: number) =>
  db.select({ id: protocols.meetingId }).from(protocols).where(eq(protocols.meetingId, meetingId)).get() !== undefined;

/**
 * Makes sure the meeting's protocol exists, with its generated first text; does nothing when it already
 * exists, or when the meeting is in a state without a protocol (a draft or a cancelled meeting). Idempotent and
 * safe to call from every page load and every room opening: the check is repeated inside an IMMEDIATE
 * transaction, so two openers at once make one draft. Call it only for a meeting whose protocol the caller may
 * read (the access path has been asked already).
 */
export function ensureProtocolDraft(db: Db, meetingId: number, now = new Date()): void {
  if (hasProtocol(db, meetingId)) return; // the common case, without taking the write lock
  writeTransaction(db, (tx) => writeProtocolDraft(tx, meetingId, now));
}

/** The same inside the caller's write transaction (the demo loader). Returns whether it wrote the draft. */
export function writeProtocolDraft(tx: Db, meetingId: number, now: Date): boolean {
  if (hasProtocol(tx, meetingId)) return false;
  const meeting = tx.select().from(meetings).where(eq(meetings.id, meetingId)).get();
  if (!meeting || !meetingActionStates["protocol.read"].includes(meeting.status)) return false;
  const body = tx.select().from(bodies).where(eq(bodies.id, meeting.bodyId)).get()!;
  const sources = protocolSourcesOf(tx, meeting, body);
  const draft = generateProtocolDraft(sources, translator(sources.language));
  const doc = new Y.Doc();
  writeDocument(doc, draftDocument(draft));
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  createProtocol(tx, meetingId);
  const updateId = appendProtocolUpdates(tx, meetingId, [{ update, userId: null }]);
  tx.update(protocols).set({ generatedAt: now }).where(eq(protocols.meetingId, meetingId)).run();
  appendAudit(
    tx,
    null,
    {
      action: "protocol.drafted",
      subjectType: "meeting",
      subjectId: meetingId,
      details: { updateId, items: draft.items.length },
    },
    now,
  );
  return true;
}
