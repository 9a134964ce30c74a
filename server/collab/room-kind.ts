/**
 * What differs between the kinds of live document the collaboration server holds (decision 0024): who may open
 * and edit one (through its one way in), where it is stored (db/collab/yjs-store.ts), what must exist before its
 * first socket opens, and the database signal that says it was finalised or its readers changed. Everything else
 * (frames, store-before-broadcast, compaction, presence, close codes) is the same for every kind.
 */
import type { RoomKindName } from "../../app/lib/protocol-room";
import type { Db } from "../../db/client";
import type { YjsStore } from "../../db/collab/yjs-store";
import { ensureProtocolDraft } from "../../db/protocols/draft";
import { protocolStore } from "../../db/protocols/store";
import { protocolAccess, type CollabAccess } from "./access";
import type { CollabUser } from "./connection";
import { ProtocolFinalisations } from "./finalisations";

export interface RoomKind {
  name: RoomKindName;
  store: YjsStore;
  /** Edit, read only, or refused (404: a stranger, or no such document; 403 otherwise). */
  access(db: Db, user: CollabUser, id: number): CollabAccess;
  /** Made sure of before a room opens (the protocol's generated draft); the access was asked already. */
  prepare(db: Db, id: number): void;
  /** Calls `changed(ids)` after a commit that finalised or reopened documents, or changed who reads them. */
  watch(db: Db, changed: (ids: ReadonlySet<number>) => void): () => void;
}

/** The live protocol of a meeting (issue 9, decision 0014): room `protocol-<meetingId>`. */
export const protocolRooms: RoomKind = {
  name: "protocol",
  store: protocolStore,
  access: protocolAccess,
  prepare: (db, meetingId) => ensureProtocolDraft(db, meetingId),
  watch: (db, changed) => new ProtocolFinalisations(db).on(changed),
};
