import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionEndListener } from "../../server/sessions/session-ends";
import { SessionBoundConnections } from "../../server/sessions/session-bound";

// Long-lived connections (event streams, later collaboration websockets) live no longer than their session,
// and one user holds a bounded number of them. The rules, with a fake clock and a fake "sessions ended" signal.

const DAY = 86_400_000;
let listeners: SessionEndListener[];
let sessions: Map<string, Date>; // what the database holds: live session → expiry
let registry: SessionBoundConnections;

const ended = (...userIds: number[]) => listeners.forEach((l) => l(new Set(userIds)));

function connection(userId: number, sessionId: string) {
  const c = { userId, sessionId, ended: 0, end: () => c.ended++ };
  return c;
}

beforeEach(() => {
  vi.useFakeTimers({ now: new Date("2026-11-29T12:00:00Z") });
  listeners = [];
  sessions = new Map();
  registry = new SessionBoundConnections({
    ends: { on: (l) => (listeners.push(l), () => (listeners = listeners.filter((x) => x !== l))) },
    sessionExpiry: (id) => sessions.get(id) ?? null,
    maxPerUser: 3,
  });
});
afterEach(() => {
  registry.close();
  vi.useRealTimers();
});

describe("a connection ends with its session", () => {
  it("when the signal names its user and its session is gone; other sessions of the user keep theirs", () => {
    sessions.set("a", new Date(Date.now() + 30 * DAY)).set("b", new Date(Date.now() + 30 * DAY));
    const onA = connection(1, "a");
    const onB = connection(1, "b");
    registry.add(onA, sessions.get("a")!);
    registry.add(onB, sessions.get("b")!);
    sessions.delete("a");
    ended(1);
    expect([onA.ended, onB.ended]).toEqual([1, 0]);
    expect(registry.count(1)).toBe(1);
  });

  it("a signal for a session that is still there (a rolled-back deletion) ends nothing", () => {
    sessions.set("a", new Date(Date.now() + 30 * DAY));
    const onA = connection(1, "a");
    registry.add(onA, sessions.get("a")!);
    ended(1);
    expect(onA.ended).toBe(0);
  });

  it("at its expiry, unless the session was extended meanwhile (sliding expiry)", () => {
    sessions.set("a", new Date(Date.now() + 20 * DAY));
    const onA = connection(1, "a");
    registry.add(onA, sessions.get("a")!);
    sessions.set("a", new Date(Date.now() + 45 * DAY)); // a request renewed it
    vi.advanceTimersByTime(20 * DAY);
    expect(onA.ended).toBe(0);
    vi.advanceTimersByTime(25 * DAY);
    expect(onA.ended).toBe(1);
    expect(registry.count(1)).toBe(0);
  });
});

describe("one user holds at most the allowed number of connections", () => {
  it("one more is refused (none is ended to make room); after one closes, a new one is accepted", () => {
    sessions.set("a", new Date(Date.now() + 30 * DAY));
    const held = [1, 2, 3].map(() => connection(1, "a"));
    for (const c of held) expect(registry.add(c, sessions.get("a")!)).toBe(true);
    expect(registry.add(connection(1, "a"), sessions.get("a")!)).toBe(false);
    expect(held.map((c) => c.ended)).toEqual([0, 0, 0]);
    expect(registry.add(connection(2, "a"), sessions.get("a")!)).toBe(true); // another user
    registry.remove(held[0]!);
    expect(registry.add(connection(1, "a"), sessions.get("a")!)).toBe(true);
  });
});
