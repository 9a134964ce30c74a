/**
 * Store before broadcast, one commit per turn of the event loop (STACK.md pitfall 24). Every update accepted in
 * one turn, from every room, is appended in one IMMEDIATE transaction; only after it commits do the updates
 * reach the other clients (the room's document has them already: room.ts). So whatever any client has seen is on disk (synchronous=FULL),
 * and a crash loses at most updates that only their own senders had (they resend them on reconnecting).
 */
import * as Y from "yjs";
import { writeTransaction, type Db } from "../../db/client";
import type { RoomKind } from "./room-kind";
import type { Connection } from "./connection";
import type { Room } from "./room";

/** Updates since the snapshot past which an open document is compacted (apply + re-encode, pitfall 14). */
export const COMPACT_AFTER_UPDATES = 1_000;

interface Pending {
  update: Uint8Array;
  sender: Connection;
}

export interface CommitOutcome {
  /** Rooms found finalised inside the transaction: their updates were dropped, their senders must be told. */
  finalised: Map<Room, Set<Connection>>;
  /** The write failed: nothing of the batch was stored or broadcast; these senders' updates are lost to us. */
  failed: Map<Room, Set<Connection>>;
  /** Rooms whose updates were stored and broadcast. */
  stored: Set<Room>;
}

export class GroupCommit {
  private queue = new Map<Room, Pending[]>();
  private scheduled: NodeJS.Immediate | null = null;

  constructor(
    private readonly db: Db,
    private readonly kind: RoomKind,
    private readonly onCommitted: (outcome: CommitOutcome) => void,
  ) {}

  /** Queues a validated, non-empty update; it is stored at the end of this turn of the event loop. */
  enqueue(room: Room, sender: Connection, update: Uint8Array): void {
    const pending = this.queue.get(room);
    if (pending) pending.push({ update, sender });
    else this.queue.set(room, [{ update, sender }]);
    this.scheduled ??= setImmediate(() => this.flush());
  }

  has(room: Room): boolean {
    return this.queue.has(room);
  }

  /** The updates of a room still waiting to be stored, in order (to rebuild its document). */
  queued(room: Room): Uint8Array[] {
    return (this.queue.get(room) ?? []).map((p) => p.update);
  }

  /** Stores, applies and broadcasts everything queued (also called directly at shutdown). */
  flush(): void {
    if (this.scheduled) clearImmediate(this.scheduled);
    this.scheduled = null;
    if (this.queue.size === 0) return;
    const batch = this.queue;
    this.queue = new Map();
    const outcome: CommitOutcome = { finalised: new Map(), failed: new Map(), stored: new Set() };
    const stored: [Room, Pending[], number][] = [];
    try {
      writeTransaction(this.db, (tx) => {
        for (const [room, pending] of batch) {
          // Read inside the transaction: a document finalised a moment ago refuses this batch (R13).
          if (this.kind.store.isFinalised(tx, room.id)) {
            outcome.finalised.set(room, new Set(pending.map((p) => p.sender)));
            continue;
          }
          const rows = pending.map(({ update, sender }) => ({ update, userId: sender.userId }));
          stored.push([room, pending, this.kind.store.append(tx, room.id, rows)]);
        }
      });
    } catch (error) {
      console.error("collab: storing updates failed; nothing was applied or broadcast", error);
      for (const [room, pending] of batch) outcome.failed.set(room, new Set(pending.map((p) => p.sender)));
      this.report(outcome);
      return;
    }
    for (const [room, pending, lastId] of stored) {
      for (const { update, sender } of pending) room.broadcast(update, sender);
      room.lastUpdateId = lastId;
      room.updatesSinceSnapshot += pending.length;
      outcome.stored.add(room);
    }
    this.report(outcome);
  }

  private report(outcome: CommitOutcome) {
    try {
      this.onCommitted(outcome);
    } catch (error) {
      console.error("collab: after a commit", error); // runs in setImmediate: never let it end the process
    }
  }
}

/**
 * Compaction of an open document: the snapshot becomes the document as it is, and the updates it holds are
 * dropped. Skipped (and said) if the database holds an update the room has not applied: another process wrote
 * to this document, and dropping that update would lose it.
 */
export function compactRoom(db: Db, kind: RoomKind, room: Room): void {
  if (room.updatesSinceSnapshot === 0) return;
  try {
    writeTransaction(db, (tx) => {
      if (kind.store.newestUpdateId(tx, room.id) > room.lastUpdateId) {
        console.warn(`collab: ${kind.name} ${room.id} has updates written elsewhere; not compacted`);
        return;
      }
      kind.store.create(tx, room.id);
      kind.store.saveSnapshot(tx, room.id, Y.encodeStateAsUpdate(room.doc), room.lastUpdateId);
      room.updatesSinceSnapshot = 0;
    });
  } catch (error) {
    console.error(`collab: compacting ${kind.name} ${room.id} failed (the updates stay stored)`, error);
  }
}
