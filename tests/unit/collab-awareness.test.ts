import { afterEach, describe, expect, it, vi } from "vitest";
import { AwarenessRate, encodeAwareness, sanitizeAwareness } from "../../server/collab/awareness";

// Presence in the protocol (decision 0014): accepted from everyone, in the signed-in user's name, rate-limited.
describe("awareness on our terms", () => {
  const update = (entries: { clientId: number; clock: number; state: Record<string, unknown> | null }[]) =>
    encodeAwareness(entries);

  it("the user's name is the signed-in user's, whatever the client claims; other fields stay", () => {
    const entries = sanitizeAwareness(
      update([{ clientId: 7, clock: 1, state: { user: { name: "Председатель", color: "#c00" }, cursor: null } }]),
      "Секретарь РФ",
      () => true,
    );
    expect(entries).toEqual([
      { clientId: 7, clock: 1, state: { user: { name: "Секретарь РФ", color: "#c00" }, cursor: null } },
    ]);
    const nameless = sanitizeAwareness(
      update([{ clientId: 7, clock: 2, state: { user: "x" } }]),
      "Секретарь",
      () => true,
    );
    expect(nameless![0]!.state).toEqual({ user: { name: "Секретарь" } });
  });

  it("a client cannot speak for another client's id; a removal (null) stays a removal", () => {
    const entries = sanitizeAwareness(
      update([
        { clientId: 7, clock: 3, state: null },
        { clientId: 8, clock: 1, state: { user: { name: "x" } } },
      ]),
      "Секретарь",
      (id) => id === 7,
    );
    expect(entries).toEqual([{ clientId: 7, clock: 3, state: null }]);
  });

  it("malformed, truncated or oversized updates are refused whole", () => {
    const good = update([{ clientId: 7, clock: 1, state: { user: { name: "x" } } }]);
    expect(sanitizeAwareness(good.slice(0, good.length - 2), "x", () => true)).toBeNull();
    expect(sanitizeAwareness(new Uint8Array([...good, 0]), "x", () => true)).toBeNull();
    expect(
      sanitizeAwareness(update([{ clientId: 1, clock: 1, state: { big: "я".repeat(9_000) } }]), "x", () => true),
    ).toBeNull();
    const array = new Uint8Array([1, 7, 1, 2, 0x5b, 0x5d]); // one entry whose state is "[]"
    expect(sanitizeAwareness(array, "x", () => true)).toBeNull();
  });
});

describe("the awareness rate", () => {
  afterEach(() => vi.useRealTimers());

  it("lets a burst through, then defers, delivering only the latest state once a token is free", () => {
    vi.useFakeTimers();
    const rate = new AwarenessRate(3, 10, () => Date.now());
    const delivered: number[] = [];
    for (let i = 0; i < 10; i++) rate.admit(() => delivered.push(i));
    expect(delivered).toEqual([0, 1, 2]);
    vi.advanceTimersByTime(100);
    expect(delivered).toEqual([0, 1, 2, 9]);
    rate.stop();
  });
});
