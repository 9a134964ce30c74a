import type { Response } from "express";
import type { LiveUpdates } from "../../app/context";
import type { SessionBoundConnections } from "../sessions/session-bound";

export interface StreamOwner {
  userId: number;
  sessionId: string;
  expiresAt: Date;
}

/**
 * Server-sent events, one channel per meeting. A change is published after its transaction commits; every
 * page watching that meeting hears "changed" and reloads its data. A stream lives no longer than the session
 * that opened it. Process-wide state, so it lives in server/ (STACK.md, pitfall 12).
 */
export class LiveHub implements LiveUpdates {
  private channels = new Map<number, Set<Response>>();
  private sequence = 0;
  private heartbeat: NodeJS.Timeout;

  constructor(
    private readonly connections: SessionBoundConnections,
    heartbeatMs = 25_000,
  ) {
    // A comment line now and then keeps proxies from closing an idle stream.
    this.heartbeat = setInterval(() => this.broadcastAll(": keep-alive\n\n"), heartbeatMs);
    this.heartbeat.unref();
  }

  /** Opens the stream; false (nothing sent) when the user already holds as many streams as allowed. */
  subscribe(meetingId: number, res: Response, owner: StreamOwner): boolean {
    const connection = {
      userId: owner.userId,
      sessionId: owner.sessionId,
      // The page hears why, and stops instead of reconnecting into a 401.
      end: () => res.end(`event: ended\ndata: {"reason":"session"}\n\n`),
    };
    if (!this.connections.add(connection, owner.expiresAt)) return false;
    res.status(200).set({
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "private, no-store",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    });
    res.flushHeaders();
    res.write(`retry: 3000\nevent: ready\ndata: {}\n\n`);
    const set = this.channels.get(meetingId) ?? new Set();
    set.add(res);
    this.channels.set(meetingId, set);
    res.on("close", () => {
      this.connections.remove(connection);
      set.delete(res);
      if (set.size === 0) this.channels.delete(meetingId);
    });
    return true;
  }

  publish(meetingId: number, what: string): void {
    const set = this.channels.get(meetingId);
    if (!set) return;
    const frame = `id: ${++this.sequence}\nevent: changed\ndata: ${JSON.stringify({ what })}\n\n`;
    for (const res of set) res.write(frame);
  }

  watchers(meetingId: number): number {
    return this.channels.get(meetingId)?.size ?? 0;
  }

  close(): void {
    clearInterval(this.heartbeat);
    for (const set of this.channels.values()) for (const res of set) res.end();
    this.channels.clear();
  }

  private broadcastAll(frame: string) {
    for (const set of this.channels.values()) for (const res of set) res.write(frame);
  }
}
