import type { Response } from "express";
import type { LiveUpdates } from "../../app/context";

/**
 * Server-sent events, one channel per meeting. A change is published after its transaction commits; every
 * page watching that meeting hears "changed" and reloads its data. Process-wide state, so it lives in
 * server/ (STACK.md, pitfall 12).
 */
export class LiveHub implements LiveUpdates {
  private channels = new Map<number, Set<Response>>();
  private sequence = 0;
  private heartbeat: NodeJS.Timeout;

  constructor(heartbeatMs = 25_000) {
    // A comment line now and then keeps proxies from closing an idle stream.
    this.heartbeat = setInterval(() => this.broadcastAll(": keep-alive\n\n"), heartbeatMs);
    this.heartbeat.unref();
  }

  subscribe(meetingId: number, res: Response): void {
    res.status(200).set({
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-store",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    });
    res.flushHeaders();
    res.write(`retry: 3000\nevent: ready\ndata: {}\n\n`);
    const set = this.channels.get(meetingId) ?? new Set();
    set.add(res);
    this.channels.set(meetingId, set);
    res.on("close", () => {
      set.delete(res);
      if (set.size === 0) this.channels.delete(meetingId);
    });
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
