/**
 * Whether the server has every change this browser made: the honest basis of «Все изменения сохранены на
 * сервере». The y-websocket protocol has no acknowledgement, so we keep what the server has shown us it holds: its
 * state vector (its sync step 1 on every connection) extended by every update it sends (its answer to our sync
 * step 1, the others' edits, and its echo of our own updates, sent once they are stored: store-before-broadcast),
 * and its deletions. A local update is saved once that knowledge contains it, structs and deletions alike.
 */
import * as decoding from "lib0/decoding";
import * as Y from "yjs";
import type { WebsocketProvider } from "y-websocket";

const messageSync = 0;
const syncStep1 = 0;

export class ServerAcknowledgement {
  private serverClocks = new Map<number, number>();
  private serverDeletions = Y.createDeleteSet();
  /** Local updates (typed here, or restored from this browser's storage) the server has not shown it holds. */
  private pending: Uint8Array[] = [];
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly doc: Y.Doc,
    private readonly provider: WebsocketProvider,
  ) {
    doc.on("update", this.onUpdate);
    // Read each sync message from the server before the provider applies it.
    const handle = provider.messageHandlers[messageSync]!;
    provider.messageHandlers[messageSync] = (encoder, decoder, p, emitSynced, type) => {
      this.observe(decoding.clone(decoder));
      handle(encoder, decoder, p, emitSynced, type);
      this.settle();
    };
    provider.on("status", this.settle);
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
    this.provider.off("status", this.settle);
    this.listeners.clear();
  }

  private onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === this.provider) return; // it came from the server: the server has it
    this.pending.push(update);
    this.notify();
  };

  private observe(decoder: decoding.Decoder): void {
    try {
      const kind = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (kind === syncStep1) {
        // The server's own state vector, exact: a fresh connection starts from it.
        this.serverClocks = new Map(Y.decodeStateVector(payload));
        return;
      }
      const { from, to } = Y.parseUpdateMeta(payload);
      for (const [client, end] of to) {
        const known = this.serverClocks.get(client) ?? 0;
        // Only a run that continues what the server is known to hold extends it (no gaps are assumed away).
        if ((from.get(client) ?? 0) <= known && end > known) this.serverClocks.set(client, end);
      }
      this.serverDeletions = Y.mergeDeleteSets([this.serverDeletions, Y.decodeUpdate(payload).ds]);
    } catch {
      // Not ours to judge: the provider reads the message and the server's own checks apply.
    }
  }

  private settle = () => {
    if (this.pending.length === 0) return this.notify();
    const known = Y.createSnapshot(this.serverDeletions, this.serverClocks);
    this.pending = this.pending.filter((update) => !Y.snapshotContainsUpdate(known, update));
    this.notify();
  };

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
