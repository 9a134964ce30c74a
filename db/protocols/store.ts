/**
 * Where a protocol's Yjs document lives on disk (decision 0013): a compacted snapshot in `protocols` and every
 * update accepted since, appended to `protocol_updates` before anyone else sees it. The collaboration server,
 * the draft generator and the version history all read and write through these functions.
 */
import * as Y from "yjs";
import { connectionOf, preparedPerConnection, type Db } from "../client";

export interface StoredProtocol {
  /** The document: the snapshot with every later update applied. */
  doc: Y.Doc;
  /** The id of the newest update applied (0 when there is none). */
  lastUpdateId: number;
  /** How many updates were applied on top of the snapshot (compaction is due when this grows). */
  updatesSinceSnapshot: number;
  finalisedAt: Date | null;
  exists: boolean;
}

function prepare(sql: Db["$client"]) {
  return {
    protocol: sql.prepare<
      [number],
      { snapshot: Buffer | null; snapshot_update_id: number; finalised_at: number | null }
    >("select snapshot, snapshot_update_id, finalised_at from protocols where meeting_id = ?"),
    updatesAfter: sql.prepare<[number, number], { id: number; update: Buffer }>(
      'select id, "update" from protocol_updates where meeting_id = ? and id > ? order by id',
    ),
    create: sql.prepare<[number]>("insert or ignore into protocols (meeting_id) values (?)"),
    append: sql.prepare<[number, Buffer, number | null]>(
      'insert into protocol_updates (meeting_id, "update", user_id) values (?, ?, ?)',
    ),
    saveSnapshot: sql.prepare<[Buffer, number, number]>(
      "update protocols set snapshot = ?, snapshot_update_id = ? where meeting_id = ?",
    ),
    dropUpdatesUpTo: sql.prepare<[number, number]>("delete from protocol_updates where meeting_id = ? and id <= ?"),
  };
}

/** Compiled once per connection; they run inside a transaction on it too. */
const statements = preparedPerConnection((db) => prepare(connectionOf(db)));

/** The stored document of a meeting's protocol (an empty one, `exists: false`, when it has none yet). */
export function loadProtocol(db: Db, meetingId: number): StoredProtocol {
  const s = statements(db);
  const row = s.protocol.get(meetingId);
  const doc = new Y.Doc({ gc: true });
  let lastUpdateId = row?.snapshot_update_id ?? 0;
  let updatesSinceSnapshot = 0;
  doc.transact(() => {
    if (row?.snapshot) Y.applyUpdate(doc, row.snapshot);
    for (const { id, update } of s.updatesAfter.iterate(meetingId, lastUpdateId)) {
      Y.applyUpdate(doc, update);
      lastUpdateId = id;
      updatesSinceSnapshot++;
    }
  });
  return {
    doc,
    lastUpdateId,
    updatesSinceSnapshot,
    finalisedAt: row?.finalised_at != null ? new Date(row.finalised_at) : null,
    exists: row !== undefined,
  };
}

/** Creates the protocol's row if it has none (idempotent). */
export function createProtocol(db: Db, meetingId: number): void {
  statements(db).create.run(meetingId);
}

/**
 * Appends accepted updates, in the caller's transaction (one IMMEDIATE transaction per turn of the event loop
 * in the collaboration server: STACK.md pitfall 24). Returns the id of the last one. The database refuses it
 * when the protocol is finalised (trigger in migration 0007).
 */
export function appendProtocolUpdates(
  db: Db,
  meetingId: number,
  updates: readonly { update: Uint8Array; userId: number | null }[],
): number {
  const s = statements(db);
  let last = 0;
  for (const { update, userId } of updates) {
    last = Number(
      s.append.run(meetingId, Buffer.from(update.buffer, update.byteOffset, update.byteLength), userId).lastInsertRowid,
    );
  }
  return last;
}

/**
 * Compaction: the snapshot becomes the document with every update up to `upToId` applied and re-encoded
 * (never Y.mergeUpdates, which is super-linear: STACK.md pitfall 14), and those updates are dropped.
 * `state` must be exactly the document as of `upToId`. Run in a write transaction.
 */
export function saveProtocolSnapshot(db: Db, meetingId: number, state: Uint8Array, upToId: number): void {
  const s = statements(db);
  createProtocol(db, meetingId);
  s.saveSnapshot.run(Buffer.from(state.buffer, state.byteOffset, state.byteLength), upToId, meetingId);
  s.dropUpdatesUpTo.run(meetingId, upToId);
}

/** Loads and compacts in one go (for a document nobody has open). */
export function compactProtocol(db: Db, meetingId: number): { updatesFolded: number } {
  const stored = loadProtocol(db, meetingId);
  if (stored.updatesSinceSnapshot === 0) return { updatesFolded: 0 };
  saveProtocolSnapshot(db, meetingId, Y.encodeStateAsUpdate(stored.doc), stored.lastUpdateId);
  stored.doc.destroy();
  return { updatesFolded: stored.updatesSinceSnapshot };
}
