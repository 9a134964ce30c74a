/**
 * Where a protocol's Yjs document lives on disk (decision 0013): a compacted snapshot in `protocols` and every
 * update accepted since, appended to `protocol_updates` before anyone else sees it. The collaboration server,
 * the draft generator and the version history all read and write through these functions (the store itself is
 * shared with the conference outcomes: db/collab/yjs-store.ts).
 */
import * as Y from "yjs";
import type { Db } from "../client";
import { yjsStore, type StoredDocument } from "../collab/yjs-store";

export type StoredProtocol = StoredDocument;

export const protocolStore = yjsStore({ documents: "protocols", updates: "protocol_updates", key: "meeting_id" });

/** The stored document of a meeting's protocol (an empty one, `exists: false`, when it has none yet). */
export function loadProtocol(db: Db, meetingId: number): StoredProtocol {
  return protocolStore.load(db, meetingId);
}

/** Creates the protocol's row if it has none (idempotent). */
export function createProtocol(db: Db, meetingId: number): void {
  protocolStore.create(db, meetingId);
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
  return protocolStore.append(db, meetingId, updates);
}

/**
 * Compaction: the snapshot becomes the document with every update up to `upToId` applied and re-encoded
 * (never Y.mergeUpdates, which is super-linear: STACK.md pitfall 14), and those updates are dropped.
 * `state` must be exactly the document as of `upToId`. Run in a write transaction.
 */
export function saveProtocolSnapshot(db: Db, meetingId: number, state: Uint8Array, upToId: number): void {
  createProtocol(db, meetingId);
  protocolStore.saveSnapshot(db, meetingId, state, upToId);
}

/** Loads and compacts in one go (for a document nobody has open). */
export function compactProtocol(db: Db, meetingId: number): { updatesFolded: number } {
  const stored = loadProtocol(db, meetingId);
  if (stored.updatesSinceSnapshot === 0) return { updatesFolded: 0 };
  saveProtocolSnapshot(db, meetingId, Y.encodeStateAsUpdate(stored.doc), stored.lastUpdateId);
  stored.doc.destroy();
  return { updatesFolded: stored.updatesSinceSnapshot };
}
