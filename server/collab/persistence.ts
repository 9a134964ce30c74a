/**
 * Store before broadcast, one commit per batch (STACK.md pitfall 24). Every update accepted while no batch is
 * being written, from every room, is appended in one IMMEDIATE transaction; only after it commits do the
 * updates reach the other clients (the room's document has them already: room.ts). So whatever any client has
 * seen is on disk (synchronous=FULL), and a crash loses at most updates that only their own senders had (they
 * resend them on reconnecting). The transaction runs on the append thread (append-worker.ts) when the database
 * is a file: updates arriving while a batch is written wait for it and make the next batch.
 */
import * as Y from "yjs";
import { writeTransaction, type Db } from "../../db/client";
import { appendProtocolUpdates, saveProtocolSnapshot } from "../../db/protocols/store";
import { AppendWorker, type Written } from "./append-worker";
import type { Connection } from "./connection";
import type { Room } from "./room";

/** Updates since the snapshot past which an open document is compacted (apply + re-encode, pitfall 14). */
export const COMPACT_AFTER_UPDATES = 1_000;

interface Pending {
  update: Uint8Array;
  sender: Connection;
}

type Batch = Map<Room, Pending[]>;

export interface CommitOutcome {
  /** Rooms found finalised inside the transaction: their updates were dropped, their senders must be told. */
  finalised: Map<Room, Set<Connection>>;
  /** The write failed: nothing of the batch was stored or broadcast; these senders' updates are lost to us. */
  failed: Map<Room, Set<Connection>>;
  /** Rooms whose updates were stored and broadcast. */
  stored: Set<Room>;
}

export class GroupCommit {
  private queue: Batch = new Map();
  /** The batch the append thread is writing now. */
  private writing: Batch | null = null;
  private scheduled: NodeJS.Immediate | null = null;
  private worker: AppendWorker | null = null;
  private statements: { finalisedAt: import("better-sqlite3").Statement<[number], { finalised_at: number | null }> };

  constructor(
    private readonly db: Db,
    private readonly onCommitted: (outcome: CommitOutcome) => void,
  ) {
    this.statements = {
      finalisedAt: db.$client.prepare("select finalised_at from protocols where meeting_id = ?"),
    };
    // A database in memory has no second connection: its batches are written here.
    if (!db.$client.memory) {
      this.worker = new AppendWorker(
        db.$client.name,
        (written) => this.written(written, true),
        (error) => this.broken(error),
      );
    }
  }

  /** Queues a validated, non-empty update; it is stored at the end of this turn, or after the batch being written. */
  enqueue(room: Room, sender: Connection, update: Uint8Array): void {
    const pending = this.queue.get(room);
    if (pending) pending.push({ update, sender });
    else this.queue.set(room, [{ update, sender }]);
    if (!this.writing) this.scheduled ??= setImmediate(() => this.send());
  }

  /** The room has updates not stored yet (queued or being written). */
  has(room: Room): boolean {
    return this.queue.has(room) || (this.writing?.has(room) ?? false);
  }

  /** The updates of a room not yet known to be stored, in order (to rebuild its document). */
  queued(room: Room): Uint8Array[] {
    return [...(this.writing?.get(room) ?? []), ...(this.queue.get(room) ?? [])].map((p) => p.update);
  }

  /** Stores, applies and broadcasts everything queued, before returning (shutdown, the platform's changes). */
  flush(): void {
    if (this.scheduled) clearImmediate(this.scheduled);
    this.scheduled = null;
    if (this.writing) this.written(this.worker!.waitFor(), false);
    const batch = this.take();
    if (batch) this.finish(batch, this.writeHere(batch));
  }

  close(): void {
    this.flush();
    this.worker?.close();
    this.worker = null;
  }

  private take(): Batch | null {
    if (this.queue.size === 0) return null;
    const batch = this.queue;
    this.queue = new Map();
    return batch;
  }

  /** The queued batch to the append thread (or written here), unless one is being written. */
  private send() {
    this.scheduled = null;
    if (this.writing) return;
    const batch = this.take();
    if (!batch) return;
    if (!this.worker) return this.finish(batch, this.writeHere(batch));
    this.writing = batch;
    const rooms = [...batch].map(([room, pending]) => ({
      meetingId: room.meetingId,
      rows: pending.map(({ update, sender }) => ({ update, userId: sender.userId })),
    }));
    this.worker.write(rooms);
  }

  /** The append thread's answer for the batch being written; the next batch goes out at once. */
  private written(written: Written, sendNext: boolean) {
    const batch = this.writing;
    this.writing = null;
    if (batch) this.finish(batch, written);
    if (sendNext && this.queue.size > 0) this.send();
  }

  /** The append thread failed to start or died: what it was writing counts as failed, and we write here. */
  private broken(error: unknown) {
    console.error("collab: the append thread failed; writing on the main thread", error);
    this.worker = null;
    this.written({ error: String(error) }, true);
  }

  /** The same transaction as the append thread's, on this connection. */
  private writeHere(batch: Batch): Written {
    try {
      return writeTransaction(this.db, (tx) => {
        const written = { finalised: [] as number[], stored: [] as [number, number][] };
        for (const [room, pending] of batch) {
          // Read inside the transaction: a protocol finalised a moment ago refuses this batch (R13).
          if (this.statements.finalisedAt.get(room.meetingId)?.finalised_at != null) {
            written.finalised.push(room.meetingId);
            continue;
          }
          const rows = pending.map(({ update, sender }) => ({ update, userId: sender.userId }));
          written.stored.push([room.meetingId, appendProtocolUpdates(tx, room.meetingId, rows)]);
        }
        return written;
      });
    } catch (error) {
      return { error: String(error) };
    }
  }

  /**
   * Broadcasts what was stored. A room refused or failed also loses its updates queued meanwhile (they would
   * be refused too, or their document is rebuilt from the database): their senders hear it with the others.
   */
  private finish(batch: Batch, written: Written) {
    const outcome: CommitOutcome = { finalised: new Map(), failed: new Map(), stored: new Set() };
    const refuse = (into: Map<Room, Set<Connection>>, room: Room, pending: Pending[]) => {
      const senders = new Set([...pending, ...(this.queue.get(room) ?? [])].map((p) => p.sender));
      this.queue.delete(room);
      into.set(room, senders);
    };
    if ("error" in written) {
      console.error("collab: storing updates failed; nothing was applied or broadcast", written.error);
      for (const [room, pending] of batch) refuse(outcome.failed, room, pending);
      return this.report(outcome);
    }
    const finalised = new Set(written.finalised);
    const lastIds = new Map(written.stored);
    for (const [room, pending] of batch) {
      const lastId = lastIds.get(room.meetingId);
      if (finalised.has(room.meetingId) || lastId === undefined) {
        refuse(finalised.has(room.meetingId) ? outcome.finalised : outcome.failed, room, pending);
        continue;
      }
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
      console.error("collab: after a commit", error); // runs in a callback: never let it end the process
    }
  }
}

/**
 * Compaction of an open document: the snapshot becomes the document as it is, and the updates it holds are
 * dropped. Skipped (and said) if the database holds an update the room has not applied: another process wrote
 * to this protocol, and dropping that update would lose it.
 */
export function compactRoom(db: Db, room: Room): void {
  if (room.updatesSinceSnapshot === 0) return;
  try {
    writeTransaction(db, (tx) => {
      const newest = tx.$client
        .prepare<[number], { id: number | null }>("select max(id) as id from protocol_updates where meeting_id = ?")
        .get(room.meetingId)?.id;
      if ((newest ?? 0) > room.lastUpdateId) {
        console.warn(`collab: protocol ${room.meetingId} has updates written elsewhere; not compacted`);
        return;
      }
      saveProtocolSnapshot(tx, room.meetingId, Y.encodeStateAsUpdate(room.doc), room.lastUpdateId);
      room.updatesSinceSnapshot = 0;
    });
  } catch (error) {
    console.error(`collab: compacting protocol ${room.meetingId} failed (the updates stay stored)`, error);
  }
}
