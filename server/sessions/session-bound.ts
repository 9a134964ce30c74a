import type { SessionEndListener } from "./session-ends";

/** A long-lived connection opened under a session: an event stream now, a collaboration websocket later. */
export interface SessionBoundConnection {
  userId: number;
  sessionId: string;
  /** Ends the connection: the session is over (signed out, expired, password changed, user disabled). */
  end(): void;
}

export interface SessionBoundOptions {
  /** The "sessions ended" signal (SessionEnds). */
  ends: { on(listener: SessionEndListener): () => void };
  /** When the session expires now, or null when it is gone (or its user is no longer active). */
  sessionExpiry: (sessionId: string) => Date | null;
  maxPerUser: number;
  now?: () => number;
}

// setTimeout takes at most 2^31-1 ms (~24.8 days); a session lives 30 days: check again then.
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Keeps each user's long-lived connections, ends them when their session ends or expires, and caps how many
 * one user may hold (a new one beyond the cap is refused: ending the oldest would make two tabs evict each
 * other in turn every time EventSource reconnects).
 */
export class SessionBoundConnections {
  private byUser = new Map<number, Map<SessionBoundConnection, NodeJS.Timeout | null>>();
  private unsubscribe: () => void;
  private now: () => number;

  constructor(private readonly options: SessionBoundOptions) {
    this.now = options.now ?? Date.now;
    this.unsubscribe = options.ends.on((userIds) => {
      for (const userId of userIds) for (const connection of this.of(userId)) this.recheck(connection);
    });
  }

  /** Registers a connection whose session is valid now; false when the user already holds the most allowed. */
  add(connection: SessionBoundConnection, expiresAt: Date): boolean {
    const held = this.byUser.get(connection.userId) ?? new Map<SessionBoundConnection, NodeJS.Timeout | null>();
    if (held.size >= this.options.maxPerUser) return false;
    held.set(connection, null);
    this.byUser.set(connection.userId, held);
    this.scheduleExpiry(connection, expiresAt);
    return true;
  }

  /** The connection closed by itself (the browser left). */
  remove(connection: SessionBoundConnection): void {
    const held = this.byUser.get(connection.userId);
    const timer = held?.get(connection);
    if (timer) clearTimeout(timer);
    held?.delete(connection);
    if (held?.size === 0) this.byUser.delete(connection.userId);
  }

  count(userId: number): number {
    return this.byUser.get(userId)?.size ?? 0;
  }

  close(): void {
    this.unsubscribe();
    for (const held of this.byUser.values()) for (const timer of held.values()) if (timer) clearTimeout(timer);
    this.byUser.clear();
  }

  private of(userId: number): SessionBoundConnection[] {
    return [...(this.byUser.get(userId)?.keys() ?? [])];
  }

  private recheck(connection: SessionBoundConnection) {
    if (!this.byUser.get(connection.userId)?.has(connection)) return;
    const expiresAt = this.options.sessionExpiry(connection.sessionId);
    if (!expiresAt || expiresAt.getTime() <= this.now()) {
      this.remove(connection);
      connection.end();
    } else {
      this.scheduleExpiry(connection, expiresAt); // sliding expiry may have moved it
    }
  }

  private scheduleExpiry(connection: SessionBoundConnection, expiresAt: Date) {
    const held = this.byUser.get(connection.userId);
    if (!held) return;
    const previous = held.get(connection);
    if (previous) clearTimeout(previous);
    const delay = Math.min(Math.max(0, expiresAt.getTime() - this.now()), MAX_TIMER_MS);
    const timer = setTimeout(() => this.recheck(connection), delay);
    timer.unref();
    held.set(connection, timer);
  }
}
