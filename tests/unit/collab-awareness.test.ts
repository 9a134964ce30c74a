import { afterEach, describe, expect, it, vi } from "vitest";
import { NO_SIDE_COLOUR, presenceOfSide, sideColour } from "~/lib/protocol-colours";
import { AwarenessRate, encodeAwareness, sanitizeAwareness, type StampedUser } from "../../server/collab/awareness";

/** WCAG 2 contrast of a colour against white. */
function contrastOnWhite(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  return 1.05 / (luminance + 0.05);
}

// Presence in the protocol (decision 0014): accepted from everyone, with who it is stamped by the server, rate-limited.
describe("awareness on our terms", () => {
  const update = (entries: { clientId: number; clock: number; state: Record<string, unknown> | null }[]) =>
    encodeAwareness(entries);
  const kzSecretary: StampedUser = {
    name: "Секретарь РК",
    side: "Республика Казахстан",
    color: "#9b1c31",
    mayEdit: true,
  };
  const ruReader: StampedUser = { name: "Член РГ", side: "Российская Федерация", color: "#1d4e89", mayEdit: false };
  const stamp = (name: string): StampedUser => ({ name, side: null, color: "#4a4f57", mayEdit: true });

  it("the user's name, side and colour are the server's, whatever the client claims; other fields stay", () => {
    // The Kazakh secretary's client claims to be the Russian co-chair, in the Russian side's colour.
    const entries = sanitizeAwareness(
      update([
        {
          clientId: 7,
          clock: 1,
          state: {
            user: { name: "Председатель", side: "Российская Федерация", color: "#1d4e89", editing: true, x: 1 },
            cursor: null,
          },
        },
      ]),
      kzSecretary,
      () => true,
    );
    expect(entries).toEqual([
      {
        clientId: 7,
        clock: 1,
        state: {
          user: { name: "Секретарь РК", side: "Республика Казахстан", color: "#9b1c31", editing: true, x: 1 },
          cursor: null,
        },
      },
    ]);
    const nameless = sanitizeAwareness(
      update([{ clientId: 7, clock: 2, state: { user: "x" } }]),
      kzSecretary,
      () => true,
    );
    expect(nameless![0]!.state).toEqual({
      user: { name: "Секретарь РК", side: "Республика Казахстан", color: "#9b1c31", editing: false },
    });
  });

  it("someone without a seat (an administrator) appears with no side, in the neutral colour, whatever they claim", () => {
    const entries = sanitizeAwareness(
      update([
        { clientId: 9, clock: 1, state: { user: { name: "x", side: "Республика Казахстан", color: "#9b1c31" } } },
      ]),
      { name: "Администратор", side: null, color: NO_SIDE_COLOUR, mayEdit: true },
      () => true,
    );
    expect(entries![0]!.state).toEqual({
      user: { name: "Администратор", side: null, color: NO_SIDE_COLOUR, editing: false },
    });
  });

  it("a reader never appears as editing, even when the client says so", () => {
    const entries = sanitizeAwareness(
      update([{ clientId: 5, clock: 1, state: { user: { name: "x", editing: true } } }]),
      ruReader,
      () => true,
    );
    expect(entries![0]!.state).toMatchObject({ user: { name: "Член РГ", editing: false } });
  });

  it("the stamp follows the seat: each side's palette colour, readable on white (contrast ≥ 4.5:1)", () => {
    expect(presenceOfSide({ name: "Российская Федерация", position: 1 })).toEqual({
      side: "Российская Федерация",
      colour: sideColour(1),
    });
    expect(presenceOfSide({ name: "Республика Казахстан", position: 2 }).colour).toBe(sideColour(2));
    expect(presenceOfSide(null)).toEqual({ side: null, colour: NO_SIDE_COLOUR });
    for (const colour of [1, 2, 3, 4, 5, 6, 7].map(sideColour).concat(NO_SIDE_COLOUR))
      expect(contrastOnWhite(colour)).toBeGreaterThanOrEqual(4.5);
  });

  it("a client cannot speak for another client's id; a removal (null) stays a removal", () => {
    const entries = sanitizeAwareness(
      update([
        { clientId: 7, clock: 3, state: null },
        { clientId: 8, clock: 1, state: { user: { name: "x" } } },
      ]),
      stamp("Секретарь"),
      (id) => id === 7,
    );
    expect(entries).toEqual([{ clientId: 7, clock: 3, state: null }]);
  });

  it("malformed, truncated or oversized updates are refused whole", () => {
    const good = update([{ clientId: 7, clock: 1, state: { user: { name: "x" } } }]);
    expect(sanitizeAwareness(good.slice(0, good.length - 2), stamp("x"), () => true)).toBeNull();
    expect(sanitizeAwareness(new Uint8Array([...good, 0]), stamp("x"), () => true)).toBeNull();
    expect(
      sanitizeAwareness(update([{ clientId: 1, clock: 1, state: { big: "я".repeat(9_000) } }]), stamp("x"), () => true),
    ).toBeNull();
    const array = new Uint8Array([1, 7, 1, 2, 0x5b, 0x5d]); // one entry whose state is "[]"
    expect(sanitizeAwareness(array, stamp("x"), () => true)).toBeNull();
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
