/**
 * ProtocolDocuments straight on the database, for a process that holds no open documents (the admin CLI, the
 * demo loader, a document nobody has open). server/collab uses it too when the room is not open.
 */
import * as Y from "yjs";
import type { ProtocolDocuments } from "../../app/context";
import { DomainError } from "../../app/lib/errors";
import { writeTransaction, type Db } from "../client";
import { appendProtocolUpdates, createProtocol, loadProtocol } from "./store";

/** The update that `edit` makes to `base`, computed on a copy: `base` itself is not touched. */
export function updateOf(base: Y.Doc, edit: (doc: Y.Doc) => void): Uint8Array | null {
  const copy = new Y.Doc({ gc: true });
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(base));
  const before = Y.encodeStateVector(copy);
  copy.transact(() => edit(copy));
  const update = Y.encodeStateAsUpdate(copy, before);
  copy.destroy();
  // An empty update encodes as two zero bytes: nothing changed.
  return update.byteLength <= 2 ? null : update;
}

export const protocolFinalised = () => new DomainError("protocol.error.finalised", 409);

export function storedProtocolDocuments(db: Db): ProtocolDocuments {
  return {
    change(meetingId, userId, edit, inTransaction) {
      writeTransaction(db, (tx) => {
        const stored = loadProtocol(tx, meetingId);
        if (stored.finalisedAt) throw protocolFinalised();
        const update = updateOf(stored.doc, edit);
        stored.doc.destroy();
        createProtocol(tx, meetingId);
        if (update) appendProtocolUpdates(tx, meetingId, [{ update, userId }]);
        inTransaction?.(tx);
      });
    },
    state(meetingId) {
      const stored = loadProtocol(db, meetingId);
      const state = Y.encodeStateAsUpdate(stored.doc);
      stored.doc.destroy();
      return state;
    },
  };
}

/** R13: a finalised protocol refuses every change (its text, comments, named versions): 409. */
export function refuseWhenFinalised(tx: Db, meetingId: number): void {
  const row = tx.$client
    .prepare<[number], { finalised_at: number | null }>("select finalised_at from protocols where meeting_id = ?")
    .get(meetingId);
  if (row?.finalised_at != null) throw protocolFinalised();
}
