import type { WebSocket } from "ws";
import { presenceOfSide, type SeatSide } from "../../app/lib/protocol-colours";
import { AwarenessRate, type StampedUser } from "./awareness";

/** Who opened a socket, and what they may do (decided in the upgrade, re-decided when their role changes). */
export interface CollabUser {
  id: number;
  name: string;
  isAdmin: boolean;
  status: "invited" | "active" | "disabled";
}

/** A client that stops reading is cut off before its unsent frames fill the server's memory. */
const MAX_BUFFERED_BYTES = 16 * 1024 * 1024;

/** Edit attempts a read-only connection may make before it is closed (4403). */
export const READ_ONLY_ATTEMPTS = 3;

/** One socket in one room. */
export class Connection {
  canEdit: boolean;
  /** Non-empty updates a read-only connection sent (they were dropped). */
  refusedEdits = 0;
  /** The awareness client ids this connection speaks for (removed from the room when it closes). */
  readonly clientIds = new Set<number>();
  readonly awarenessRate = new AwarenessRate();
  private closed = false;

  constructor(
    readonly ws: WebSocket,
    readonly user: CollabUser,
    readonly sessionId: string,
    /** The id of the document of its room (its kind is the server's). */
    readonly documentId: number,
    canEdit: boolean,
    /** The side of the user's seat in the document's body when the socket opened (asked again on a role change). */
    public side: SeatSide | null,
  ) {
    this.canEdit = canEdit;
  }

  /** Who this connection is in the room's presence: never what the client claims (awareness.ts). */
  get stamped(): StampedUser {
    const { side, colour } = presenceOfSide(this.side);
    return { name: this.user.name, side, color: colour, mayEdit: this.canEdit };
  }

  get userId(): number {
    return this.user.id;
  }

  get isOpen(): boolean {
    return !this.closed && this.ws.readyState === this.ws.OPEN;
  }

  send(frame: Uint8Array): void {
    if (!this.isOpen) return;
    if (this.ws.bufferedAmount > MAX_BUFFERED_BYTES) return this.close(4429, "not reading");
    this.ws.send(frame);
  }

  /** Closes with a code (app/lib/protocol-room.ts) and a short reason; a second call does nothing. */
  close(code: number, reason: string): void {
    if (this.closed) return;
    this.closed = true;
    this.awarenessRate.stop();
    try {
      this.ws.close(code, reason);
    } catch {
      this.ws.terminate();
    }
    // A client that never answers the close handshake does not hold the socket for ever.
    setTimeout(() => this.ws.terminate(), 5_000).unref();
  }
}
