/**
 * Whether the server has every change this browser made: the honest basis of «Все изменения сохранены на
 * сервере». The y-websocket protocol has no acknowledgement, and our server does not echo an update to its
 * sender, so we ask: a sync step 1 that claims to know of our own recent changes only what the server is known to
 * hold makes the server answer (sync step 2, from its document, where an update arrives only once it is stored)
 * with the part of them it holds, and with all its deletions. What the server holds is its state vector (its sync
 * step 1 on every connection), extended by every update it sends. A local update is saved once that knowledge
 * contains it, structs and deletions alike.
 */
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as Y from "yjs";
import type { WebsocketProvider } from "y-websocket";

const messageSync = 0;
const syncStep1 = 0;
const syncStep2 = 1;
/** Asking soon after typing lets the server store the update first (it commits in groups); then ask less often. */
const FIRST_ASK_MS = 150;
const MAX_ASK_MS = 3000;

export class ServerAcknowledgement {
  private serverClocks = new Map<number, number>();
  private serverDeletions = Y.createDeleteSet();
  /** Local updates (typed here, or restored from this browser's storage) the server has not shown it holds. */
  private pending: Uint8Array[] = [];
  private readonly listeners = new Set<() => void>();
  private askTimer: ReturnType<typeof setTimeout> | null = null;
  private askDelay = FIRST_ASK_MS;

  constructor(
    private readonly doc: Y.Doc,
    private readonly provider: WebsocketProvider,
  ) {
    doc.on("update", this.onUpdate);
    // Read each sync message from the server before the provider applies it.
    const handle = provider.messageHandlers[messageSync]!;
    provider.messageHandlers[messageSync] = (encoder, decoder, p, emitSynced, type) => {
      const kind = this.observe(decoding.clone(decoder));
      handle(encoder, decoder, p, emitSynced, type);
      this.settle(kind === syncStep2);
    };
    provider.on("sync", this.onSync);
  }

  /** Whether every local change is known to be on the server. */
  get saved(): boolean {
    return this.pending.length === 0;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  destroy(): void {
    this.doc.off("update", this.onUpdate);
    this.provider.off("sync", this.onSync);
    if (this.askTimer) clearTimeout(this.askTimer);
    this.listeners.clear();
  }

  private onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === this.provider) return; // it came from the server: the server has it
    this.pending.push(update);
    this.askDelay = FIRST_ASK_MS;
    this.scheduleAsk();
    this.notify();
  };

  private onSync = (synced: boolean) => {
    if (!synced) return;
    this.askDelay = FIRST_ASK_MS;
    this.settle(true);
  };

  /** Reads the server's message without consuming it; returns its sync message type. */
  private observe(decoder: decoding.Decoder): number | null {
    try {
      const kind = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (kind === syncStep1) {
        // The server's own state vector, exact: a fresh connection starts from it.
        this.serverClocks = new Map(Y.decodeStateVector(payload));
        return kind;
      }
      const { from, to } = Y.parseUpdateMeta(payload);
      for (const [client, end] of to) {
        const known = this.serverClocks.get(client) ?? 0;
        // Only a run that continues what the server is known to hold extends it (no gaps are assumed away).
        if ((from.get(client) ?? 0) <= known && end > known) this.serverClocks.set(client, end);
      }
      this.serverDeletions = Y.mergeDeleteSets([this.serverDeletions, Y.decodeUpdate(payload).ds]);
      return kind;
    } catch {
      return null; // not ours to judge: the provider reads the message, the server's own checks apply
    }
  }

  private settle(answered: boolean): void {
    if (this.pending.length > 0) {
      const known = Y.createSnapshot(this.serverDeletions, this.serverClocks);
      this.pending = this.pending.filter((update) => !Y.snapshotContainsUpdate(known, update));
    }
    // Still missing after an answer: the server may not have stored it yet; ask again, less often.
    if (answered && this.pending.length > 0) this.scheduleAsk();
    this.notify();
  }

  private scheduleAsk(): void {
    if (this.askTimer) clearTimeout(this.askTimer);
    this.askTimer = setTimeout(this.ask, this.askDelay);
    this.askDelay = Math.min(this.askDelay * 2, MAX_ASK_MS);
  }

  /** Sync step 1 with our own unconfirmed clocks wound back to what the server is known to hold. */
  private ask = () => {
    this.askTimer = null;
    const socket = this.provider.ws;
    if (this.pending.length === 0 || !socket || !this.provider.wsconnected || !this.provider.synced) return;
    const claimed = Y.decodeStateVector(Y.encodeStateVector(this.doc));
    for (const [client, clock] of claimed) {
      const known = this.serverClocks.get(client) ?? 0;
      if (clock > known) {
        if (known === 0) claimed.delete(client);
        else claimed.set(client, known);
      }
    }
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, messageSync);
    encoding.writeVarUint(encoder, syncStep1);
    encoding.writeVarUint8Array(encoder, Y.encodeStateVector(claimed));
    socket.send(encoding.toUint8Array(encoder));
  };

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
