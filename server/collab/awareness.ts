/**
 * Awareness (who is in the document, their cursors) is accepted from everyone, editors and readers alike, but
 * on our terms: a client speaks only for its own client ids, its `user.name` is the signed-in user's name
 * (nobody can appear as someone else), a state has a size limit, and the rate is limited per connection.
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

/**
 * The entries of an awareness update, each with `user.name` overwritten, or null when the update is malformed.
 * `owns(clientId)` says whether this connection may speak for that client id.
 */
export function sanitizeAwareness(
  update: Uint8Array,
  userName: string,
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
        state.user = { ...user, name: userName };
      }
      entries.push({ clientId, clock, state });
    }
    return decoding.hasContent(decoder) ? null : entries;
  } catch {
    return null;
  }
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
