import * as Y from "yjs";
import type { ProtocolDocuments } from "../../app/context";
import { writeTransaction, type Db } from "../../db/client";
import { protocolFinalised, storedProtocolDocuments, updateOf } from "../../db/protocols/documents";
import { appendProtocolUpdates, createProtocol, loadProtocol } from "../../db/protocols/store";
import type { CollabServer } from "./server";

/**
 * The platform's own changes to a protocol (its generated parts, a restored version), for an open document:
 * computed on a copy, stored, then applied to the room and sent to every editor, like a client's update. A
 * document nobody has open is changed in the database alone (storedProtocolDocuments).
 */
export function liveProtocolDocuments(db: Db, collab: CollabServer): ProtocolDocuments {
  const stored = storedProtocolDocuments(db);
  return {
    change(meetingId, userId, edit) {
      collab.flush(); // the room's document then holds only stored updates
      const room = collab.openRoom(meetingId);
      if (!room) return stored.change(meetingId, userId, edit);
      const update = updateOf(room.doc, edit);
      const id = writeTransaction(db, (tx) => {
        const row = tx.$client
          .prepare<[number], { finalised_at: number | null }>("select finalised_at from protocols where meeting_id = ?")
          .get(meetingId);
        if (row?.finalised_at != null) throw protocolFinalised();
        createProtocol(tx, meetingId);
        return update ? appendProtocolUpdates(tx, meetingId, [{ update, userId }]) : null;
      });
      if (!update || id === null) return;
      if (!room.applyWhole(update, null, () => loadProtocol(db, meetingId))) return; // stored: the rebuild has it
      room.broadcast(update, null);
      room.lastUpdateId = id;
      room.updatesSinceSnapshot++;
    },
    state(meetingId) {
      collab.flush();
      const room = collab.openRoom(meetingId);
      return room ? Y.encodeStateAsUpdate(room.doc) : stored.state(meetingId);
    },
  };
}
