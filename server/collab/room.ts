import * as Y from "yjs";
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from "y-protocols/awareness";
import type { StoredDocument } from "../../db/collab/yjs-store";
import { encodeAwareness, sanitizeAwareness } from "./awareness";
import type { Connection } from "./connection";
import { awarenessFrame, syncStep1Frame, syncStep2Frame, updateFrame } from "./frames";

/**
 * One open live document (a protocol, an outcome: room-kind.ts): its document, the presence of the people in it,
 * and their connections. The document is a cache of the stored state plus the updates queued in this turn
 * (persistence.ts): whenever an update cannot apply whole, or a queued update cannot be stored, the document is
 * rebuilt from the database. Nothing leaves the room (broadcast, sync answers) before it is stored.
 */
export class Room {
  doc: Y.Doc;
  readonly awareness: Awareness;
  readonly connections = new Set<Connection>();
  /** The newest stored update applied to `doc`: a snapshot of `doc` is exactly the stored state up to it. */
  lastUpdateId: number;
  updatesSinceSnapshot: number;
  finalised: boolean;
  private owners = new Map<number, Connection>();

  /** Sync answers held back while this room has updates not yet stored (they are in `doc` already). */
  private heldAnswers: [Connection, Uint8Array][] = [];

  /**
   * The answer to a client that has nothing yet (every joiner of a fresh page), encoded once and shared by all
   * of them until the document changes: encoding a long protocol per joiner was most of a join storm's time.
   */
  private fullStateFrame: Uint8Array | null = null;

  constructor(
    /** The document's id in its kind: the meeting of a protocol, the conference of an outcome. */
    readonly id: number,
    stored: StoredDocument,
  ) {
    this.doc = stored.doc;
    this.watchDoc();
    this.lastUpdateId = stored.lastUpdateId;
    this.updatesSinceSnapshot = stored.updatesSinceSnapshot;
    this.finalised = stored.finalisedAt !== null;
    // Its own Y.Doc (only its client id is used): the document may be replaced, presence stays.
    this.awareness = new Awareness(new Y.Doc());
    this.awareness.setLocalState(null); // the server itself is nobody in the document
    this.awareness.on(
      "update",
      ({ added, updated, removed }: Record<"added" | "updated" | "removed", number[]>, origin: unknown) => {
        const changed = [...added, ...updated, ...removed];
        const frame = awarenessFrame(encodeAwarenessUpdate(this.awareness, changed));
        for (const connection of this.connections) if (connection !== origin) connection.send(frame);
      },
    );
  }

  /** A new connection: it gets our state vector (to send what it has and we lack) and who is here. */
  join(connection: Connection): void {
    this.connections.add(connection);
    connection.send(syncStep1Frame(this.doc));
    const present = [...this.awareness.getStates().keys()];
    if (present.length > 0) connection.send(awarenessFrame(encodeAwarenessUpdate(this.awareness, present)));
  }

  leave(connection: Connection): void {
    this.connections.delete(connection);
    const ids = [...connection.clientIds].filter((id) => this.owners.get(id) === connection);
    for (const id of ids) this.owners.delete(id);
    if (ids.length > 0) removeAwarenessStates(this.awareness, ids, null);
  }

  /**
   * Sync step 1 from a client: what the document has that the client lacks. While updates wait to be stored,
   * the answer waits too (it would carry them): `unstored` says so.
   */
  answerSyncStep1(connection: Connection, stateVector: Uint8Array, unstored: boolean): void {
    if (unstored) this.heldAnswers.push([connection, stateVector]);
    else connection.send(this.syncStep2(stateVector));
  }

  /** What the document has beyond `stateVector`; the shared full-state frame for a client that has nothing. */
  private syncStep2(stateVector: Uint8Array): Uint8Array {
    if (!isEmptyStateVector(stateVector)) return syncStep2Frame(this.doc, stateVector);
    return (this.fullStateFrame ??= syncStep2Frame(this.doc, stateVector));
  }

  /** Any change to the document (applied, or the document replaced) makes the shared frame stale. */
  private watchDoc() {
    this.fullStateFrame = null;
    this.doc.on("update", () => (this.fullStateFrame = null));
  }

  /** After a commit (or a rebuild): the held answers go out, from the document as stored now. */
  releaseAnswers(): void {
    const held = this.heldAnswers;
    this.heldAnswers = [];
    for (const [connection, stateVector] of held)
      if (this.connections.has(connection)) connection.send(this.syncStep2(stateVector));
  }

  /**
   * Applies a decoded update, whole or not at all: Y.decodeUpdate does not catch every update that throws
   * half-way (tests/unit/collab-frames.test.ts), so when applying throws, the document is rebuilt (`rebuild`:
   * the database plus the updates still queued) and false is returned.
   */
  applyWhole(update: Uint8Array, origin: Connection | null, rebuild: () => StoredDocument): boolean {
    try {
      Y.applyUpdate(this.doc, update, origin);
      return true;
    } catch {
      this.replaceDoc(rebuild());
      return false;
    }
  }

  /** The document as the database has it (after a refused or failed commit, or a half-applied update). */
  replaceDoc(stored: StoredDocument): void {
    this.doc.destroy();
    this.doc = stored.doc;
    this.watchDoc();
    this.lastUpdateId = stored.lastUpdateId;
    this.updatesSinceSnapshot = stored.updatesSinceSnapshot;
    this.finalised = stored.finalisedAt !== null;
  }

  answerAwarenessQuery(connection: Connection): void {
    const present = [...this.awareness.getStates().keys()];
    connection.send(awarenessFrame(encodeAwarenessUpdate(this.awareness, present)));
  }

  /** An awareness update, on our terms (awareness.ts); false when it is malformed. */
  receiveAwareness(connection: Connection, update: Uint8Array): boolean {
    const owns = (clientId: number) => {
      const owner = this.owners.get(clientId);
      return owner === undefined || owner === connection;
    };
    const entries = sanitizeAwareness(update, connection.stamped, owns);
    if (!entries) return false;
    if (entries.length === 0) return true;
    connection.awarenessRate.admit(() => {
      if (!this.connections.has(connection)) return;
      for (const { clientId } of entries) {
        this.owners.set(clientId, connection);
        connection.clientIds.add(clientId);
      }
      applyAwarenessUpdate(this.awareness, encodeAwareness(entries), connection);
    });
    return true;
  }

  /** A stored update (in `doc` already) to everyone but its sender, who has it. */
  broadcast(update: Uint8Array, sender: Connection | null): void {
    const frame = updateFrame(update);
    for (const connection of this.connections) if (connection !== sender) connection.send(frame);
  }

  destroy(): void {
    this.heldAnswers = [];
    this.fullStateFrame = null;
    this.awareness.doc.destroy();
    this.awareness.destroy();
    this.doc.destroy();
  }
}

/** A state vector of no clients: `Y.encodeStateVector` of an empty document is the single byte 0. */
function isEmptyStateVector(stateVector: Uint8Array): boolean {
  return stateVector.length === 1 && stateVector[0] === 0;
}
