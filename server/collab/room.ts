import * as Y from "yjs";
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from "y-protocols/awareness";
import type { StoredProtocol } from "../../db/protocols/store";
import { encodeAwareness, sanitizeAwareness } from "./awareness";
import type { Connection } from "./connection";
import { awarenessFrame, syncStep1Frame, syncStep2Frame, updateFrame } from "./frames";

/**
 * One open protocol: its document as stored (every update in it is in the database), the presence of the people
 * in it, and their connections. Updates reach the document only through `applyStored`, after they are committed.
 */
export class Room {
  readonly doc: Y.Doc;
  readonly awareness: Awareness;
  readonly connections = new Set<Connection>();
  /** The newest stored update applied to `doc`: a snapshot of `doc` is exactly the stored state up to it. */
  lastUpdateId: number;
  updatesSinceSnapshot: number;
  finalised: boolean;
  private owners = new Map<number, Connection>();

  constructor(
    readonly meetingId: number,
    stored: StoredProtocol,
  ) {
    this.doc = stored.doc;
    this.lastUpdateId = stored.lastUpdateId;
    this.updatesSinceSnapshot = stored.updatesSinceSnapshot;
    this.finalised = stored.finalisedAt !== null;
    this.awareness = new Awareness(this.doc);
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

  /** Sync step 1 from a client: what the document has that the client lacks. */
  answerSyncStep1(connection: Connection, stateVector: Uint8Array): void {
    connection.send(syncStep2Frame(this.doc, stateVector));
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
    const entries = sanitizeAwareness(update, connection.user.name, owns);
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

  /** A committed update: into the document, then to everyone but its sender (who has it already). */
  applyStored(update: Uint8Array, sender: Connection | null): void {
    Y.applyUpdate(this.doc, update, sender);
    const frame = updateFrame(update);
    for (const connection of this.connections) if (connection !== sender) connection.send(frame);
  }

  destroy(): void {
    this.awareness.destroy();
    this.doc.destroy();
  }
}
