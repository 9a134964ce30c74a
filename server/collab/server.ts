import { EventEmitter } from "node:events";
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { WebSocketServer, type RawData } from "ws";
import * as Y from "yjs";
import { collabCloseCodes as codes } from "../../app/lib/protocol-room";
import type { SeatSide } from "../../app/lib/protocol-colours";
import type { Db } from "../../db/client";
import type { SessionBoundConnections } from "../sessions/session-bound";
import { currentUser } from "./access";
import { Connection, READ_ONLY_ATTEMPTS, type CollabUser } from "./connection";
import { readClientFrame } from "./frames";
import { COMPACT_AFTER_UPDATES, compactRoom, GroupCommit, type CommitOutcome } from "./persistence";
import type { RoleChanges } from "./role-changes";
import { Room } from "./room";
import type { RoomKind } from "./room-kind";

/** The largest frame accepted: a long protocol pasted at once fits; anything larger is closed with 1009. */
export const MAX_FRAME_BYTES = 2 * 1024 * 1024;

export interface Admission {
  user: CollabUser;
  sessionId: string;
  sessionExpiresAt: Date;
  /** The document of the room (its kind is the server's). */
  documentId: number;
  canEdit: boolean;
  /** The side of the user's seat in the document's body, stamped on their presence (none: neutral). */
  side: SeatSide | null;
}

/**
 * The collaboration server (decisions 0014, 0024): the rooms of one kind of live document (room-kind.ts), their
 * connections, and the rules a frame meets on its way in. Process-wide state, so it lives in server/ (STACK.md
 * pitfall 12). Admission (who may open what) is decided before the socket exists, in upgrade.ts.
 */
export class CollabServer {
  readonly rooms = new Map<number, Room>();
  /** A room left memory, or an open room was compacted (tests and the benchmark wait for these). */
  readonly events = new EventEmitter<{ unloaded: [id: number]; compacted: [id: number] }>();
  private byUser = new Map<number, Set<Connection>>();
  private wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES, perMessageDeflate: false });
  private commits: GroupCommit;
  private stopRoleChanges: () => void;
  private stopWatching: () => void;
  private closing = false;

  constructor(
    private readonly db: Db,
    private readonly sessions: SessionBoundConnections,
    roleChanges: RoleChanges,
    private readonly maxPerUser: number,
    readonly kind: RoomKind,
  ) {
    this.commits = new GroupCommit(db, kind, (outcome) => this.committed(outcome));
    this.stopRoleChanges = roleChanges.on((userIds) => userIds.forEach((id) => this.recheckUser(id)));
    this.stopWatching = kind.watch(db, (ids) => ids.forEach((id) => this.recheckFinalised(id)));
  }

  /** The open room of a document, if anyone has it open. */
  openRoom(id: number): Room | undefined {
    return this.rooms.get(id);
  }

  /**
   * Completes an admitted upgrade. False (no socket opened) when the user already holds the most collaboration
   * sockets allowed; the caller answers 429.
   */
  accept(req: IncomingMessage, socket: Duplex, head: Buffer, admission: Admission): boolean {
    if (this.closing || this.sessions.count(admission.user.id) >= this.maxPerUser) return false;
    // Bound to the session only once the handshake succeeded: a botched one (ws answers it 400) holds no slot.
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      const connection = new Connection(
        ws,
        admission.user,
        admission.sessionId,
        admission.documentId,
        admission.canEdit,
        admission.side,
      );
      const bound = {
        userId: admission.user.id,
        sessionId: admission.sessionId,
        end: () => connection.close(codes.unauthenticated, "session ended"),
      };
      if (!this.sessions.add(bound, admission.sessionExpiresAt)) return ws.close(codes.tooMany, "too many sockets");
      this.attach(connection, () => this.sessions.remove(bound));
    });
    return true;
  }

  private attach(connection: Connection, unbind: () => void) {
    const { ws } = connection;
    const room = this.room(connection.documentId);
    const held = this.byUser.get(connection.userId) ?? new Set();
    held.add(connection);
    this.byUser.set(connection.userId, held);
    ws.on("error", () => {}); // protocol errors (bad opcode, oversized): ws closes the socket itself
    ws.on("message", (data, isBinary) => {
      try {
        this.receive(room, connection, data, isBinary);
      } catch (error) {
        // Not expected (frames are read defensively), but one socket's trouble never takes the process down.
        console.error(`collab: a message on ${this.kind.name} ${room.id} failed`, error);
        connection.close(1011, "server error");
      }
    });
    ws.on("close", () => {
      unbind();
      held.delete(connection);
      if (held.size === 0) this.byUser.delete(connection.userId);
      connection.awarenessRate.stop();
      room.leave(connection);
      if (room.connections.size === 0 && !this.commits.has(room)) this.unload(room);
    });
    room.join(connection);
  }

  private receive(room: Room, connection: Connection, data: RawData, isBinary: boolean) {
    if (!connection.isOpen) return;
    const bytes =
      isBinary && Buffer.isBuffer(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : null;
    const frame = bytes && readClientFrame(bytes);
    if (!frame) return connection.close(codes.badFrame, "malformed frame");
    switch (frame.kind) {
      case "syncStep1":
        return room.answerSyncStep1(connection, frame.stateVector, this.commits.has(room));
      case "queryAwareness":
        return room.answerAwarenessQuery(connection);
      case "awareness":
        if (!room.receiveAwareness(connection, frame.update)) connection.close(codes.badFrame, "malformed awareness");
        return;
      case "update":
        if (frame.empty) return;
        // Finalised: refused from everyone (R13); the editor says so and stops (decision 0014).
        if (room.finalised) return connection.close(codes.finalised, `${this.kind.name} finalised`);
        if (!connection.canEdit) {
          if (++connection.refusedEdits >= READ_ONLY_ATTEMPTS) connection.close(codes.forbidden, "read-only");
          return;
        }
        if (!room.applyWhole(frame.update, connection, () => this.storedWithQueued(room))) {
          return connection.close(codes.badFrame, "update does not apply");
        }
        // A copy: the frame's buffer is not ours to keep past this turn.
        return this.commits.enqueue(room, connection, frame.update.slice());
    }
  }

  /** The database's document with the room's queued updates on top (they applied whole already). */
  private storedWithQueued(room: Room) {
    const stored = this.kind.store.load(this.db, room.id);
    for (const update of this.commits.queued(room)) Y.applyUpdate(stored.doc, update);
    return stored;
  }

  private committed({ finalised, failed, stored }: CommitOutcome) {
    // Refused or not written: the document forgets those updates (nobody else saw them) and their senders
    // hear why. A client whose write failed reconnects and sends them again.
    for (const [room, senders] of finalised) {
      room.replaceDoc(this.kind.store.load(this.db, room.id));
      room.finalised = true;
      for (const sender of senders) sender.close(codes.finalised, `${this.kind.name} finalised`);
    }
    for (const [room, senders] of failed) {
      room.replaceDoc(this.kind.store.load(this.db, room.id));
      for (const sender of senders) sender.close(1011, "not stored, reconnect");
    }
    for (const room of new Set([...stored, ...finalised.keys(), ...failed.keys()])) {
      room.releaseAnswers();
      if (room.connections.size === 0) this.unload(room);
      else if (room.updatesSinceSnapshot >= COMPACT_AFTER_UPDATES) {
        compactRoom(this.db, this.kind, room);
        this.events.emit("compacted", room.id);
      }
    }
  }

  /** Stores what is queued now (before the platform reads or changes a document: documents.ts). */
  flush(): void {
    this.commits.flush();
  }

  private room(id: number): Room {
    let room = this.rooms.get(id);
    if (!room) this.rooms.set(id, (room = new Room(id, this.kind.store.load(this.db, id))));
    return room;
  }

  /** A room nobody has open leaves memory, compacted first. */
  private unload(room: Room) {
    if (this.rooms.get(room.id) !== room) return;
    compactRoom(this.db, this.kind, room);
    this.rooms.delete(room.id);
    room.destroy();
    this.events.emit("unloaded", room.id);
  }

  /**
   * The document was finalised or reopened, or who reads it changed (the kind's signal): read again whether it is
   * final. Final: every open editor is closed now with 4409 (R13: refused from everyone, administrators included),
   * and the room refuses any update still in flight. Otherwise every socket's access is asked again (an outcome
   * closed for proposals is no longer the participants': 4404). Reopened: the room accepts edits again.
   */
  recheckFinalised(id: number): void {
    const room = this.rooms.get(id);
    if (!room) return;
    room.finalised = this.kind.store.isFinalised(this.db, id);
    if (room.finalised) {
      for (const connection of [...room.connections]) connection.close(codes.finalised, `${this.kind.name} finalised`);
      return;
    }
    for (const connection of [...room.connections]) this.recheckConnection(connection, "access changed");
  }

  /** Their seats changed: the same question as in the upgrade, asked again of each of their sockets. */
  recheckUser(userId: number): void {
    const held = this.byUser.get(userId);
    if (!held?.size) return;
    for (const connection of held) this.recheckConnection(connection, "role changed");
  }

  private recheckConnection(connection: Connection, why: string): void {
    const user = currentUser(this.db, connection.userId);
    const access = user ? this.kind.access(this.db, user, connection.documentId) : ({ refused: 404 } as const);
    if ("refused" in access) {
      connection.close(access.refused === 404 ? codes.notFound : codes.forbidden, why);
    } else if (connection.canEdit && !access.canEdit) {
      // Now read-only: the editor says so and reopens the page read-only (decision 0014).
      connection.close(codes.forbidden, `${why}: read-only`);
    } else {
      connection.canEdit = access.canEdit;
      connection.side = access.side; // their next presence shows the seat they hold now
    }
  }

  /** Stores what is queued, closes every socket (4503: reconnect), compacts and unloads every room. */
  close(): void {
    this.closing = true;
    this.stopRoleChanges();
    this.stopWatching();
    this.commits.flush();
    for (const held of this.byUser.values())
      for (const connection of held) connection.close(codes.restarting, "server restarting");
    for (const room of [...this.rooms.values()]) {
      compactRoom(this.db, this.kind, room);
      this.rooms.delete(room.id);
      room.destroy();
    }
    this.byUser.clear();
    this.wss.close();
  }

  /** For tests and the benchmark: the sockets open now. */
  get connectionCount(): number {
    let n = 0;
    for (const held of this.byUser.values()) n += held.size;
    return n;
  }
}
