/**
 * Awareness (who is in the document, their cursors) is accepted from everyone, editors and readers alike, but
 * on our terms: a client speaks only for its own client ids; who it is (`user.name`, `user.side`, `user.color`) is
 * stamped by the server from the signed-in user and their seat, and it shows as editing only if it may edit
 * (nobody can appear as someone else, or for another side); a state has a size limit, and the rate is limited per
 * connection.
 */
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";

/** A cursor and a name take a few hundred bytes; anything much larger is not a presence. */
const MAX_STATE_CHARS = 8_192;
const MAX_ENTRIES = 16;

export interface AwarenessEntry {
  clientId: number;
  clock: number;
  state: Record<string, unknown> | null;
}

/** Who a connection is, as the server knows it: the signed-in user, their seat's side and its colour. */
export interface StampedUser {
  name: string;
  side: string | null;
  color: string;
  /** Whether the connection may edit: a reader never shows as editing. */
  mayEdit: boolean;
}

/**
 * The entries of an awareness update, each with the user's identity stamped (`stamped`), or null when the update is
 * malformed. `owns(clientId)` says whether this connection may speak for that client id.
 */
export function sanitizeAwareness(
  update: Uint8Array,
  stamped: StampedUser,
  owns: (clientId: number) => boolean,
): AwarenessEntry[] | null {
  try {
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    if (count > MAX_ENTRIES) return null;
    const entries: AwarenessEntry[] = [];
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      const json = decoding.readVarString(decoder);
      if (json.length > MAX_STATE_CHARS) return null;
      const parsed: unknown = JSON.parse(json);
      if (parsed !== null && (typeof parsed !== "object" || Array.isArray(parsed))) return null;
      if (!owns(clientId)) continue;
      const state = parsed as Record<string, unknown> | null;
      if (state) {
        const user =
          typeof state.user === "object" && state.user !== null && !Array.isArray(state.user) ? state.user : {};
        state.user = stampUser(user as Record<string, unknown>, stamped);
      }
      entries.push({ clientId, clock, state });
    }
    return decoding.hasContent(decoder) ? null : entries;
  } catch {
    return null;
  }
}

/** The client's `user` with who it is overwritten; the rest (e.g. a caret's label options) stays the client's. */
function stampUser(claimed: Record<string, unknown>, stamped: StampedUser): Record<string, unknown> {
  return {
    ...claimed,
    name: stamped.name,
    side: stamped.side,
    color: stamped.color,
    editing: stamped.mayEdit && claimed.editing === true,
  };
}

export function encodeAwareness(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const { clientId, clock, state } of entries) {
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, JSON.stringify(state));
  }
  return encoding.toUint8Array(encoder);
}

/**
 * A token bucket: `capacity` messages at once, refilled at `perSecond`. A message over the rate is not lost
 * but deferred: the latest one waits for the next token (awareness states replace each other, so only the
 * newest matters).
 */
export class AwarenessRate {
  private tokens: number;
  private last: number;
  private deferred: { timer: NodeJS.Timeout; deliver: () => void } | null = null;

  constructor(
    private readonly capacity = 20,
    private readonly perSecond = 10,
    private readonly now: () => number = Date.now,
  ) {
    this.tokens = capacity;
    this.last = now();
  }

  /** Runs `deliver` now if a token is free, else once one is (replacing any delivery still waiting). */
  admit(deliver: () => void): void {
    this.refill();
    if (this.deferred) {
      this.deferred.deliver = deliver;
      return;
    }
    if (this.tokens >= 1) {
      this.tokens -= 1;
      deliver();
      return;
    }
    const wait = Math.ceil(((1 - this.tokens) / this.perSecond) * 1000);
    const timer = setTimeout(() => {
      const pending = this.deferred;
      this.deferred = null;
      this.refill();
      this.tokens = Math.max(0, this.tokens - 1);
      pending?.deliver();
    }, wait);
    timer.unref();
    this.deferred = { timer, deliver };
  }

  stop(): void {
    if (this.deferred) clearTimeout(this.deferred.timer);
    this.deferred = null;
  }

  private refill() {
    const now = this.now();
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
  }
}
