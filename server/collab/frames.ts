/**
 * The y-websocket protocol's frames, read defensively. Every frame from a client is hostile until it parses
 * whole: a Yjs update is decoded before anything applies it (STACK.md pitfall 15: `Y.decodeUpdate` throws for
 * exactly the updates that would throw, or half-apply, in `Y.applyUpdate`), and trailing bytes are refused.
 */
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";

export const messageSync = 0;
export const messageAwareness = 1;
export const messageAuth = 2;
export const messageQueryAwareness = 3;

export type ClientFrame =
  | { kind: "syncStep1"; stateVector: Uint8Array }
  /** Sync step 2 or an update: both carry a Yjs update. `empty`: it adds and deletes nothing. */
  | { kind: "update"; update: Uint8Array; empty: boolean }
  | { kind: "awareness"; update: Uint8Array }
  | { kind: "queryAwareness" };

/** The frame, or null when it is malformed, truncated, of an unknown type, or has bytes left over. */
export function readClientFrame(data: Uint8Array): ClientFrame | null {
  try {
    const decoder = decoding.createDecoder(data);
    const frame = readFrame(decoder);
    return frame && !decoding.hasContent(decoder) ? frame : null;
  } catch {
    return null;
  }
}

function readFrame(decoder: decoding.Decoder): ClientFrame | null {
  switch (decoding.readVarUint(decoder)) {
    case messageSync:
      switch (decoding.readVarUint(decoder)) {
        case syncProtocol.messageYjsSyncStep1: {
          const stateVector = decoding.readVarUint8Array(decoder);
          Y.decodeStateVector(stateVector); // throws when malformed
          return { kind: "syncStep1", stateVector };
        }
        case syncProtocol.messageYjsSyncStep2:
        case syncProtocol.messageYjsUpdate: {
          const update = decoding.readVarUint8Array(decoder);
          const decoded = Y.decodeUpdate(update); // throws for every update that cannot apply whole
          return { kind: "update", update, empty: decoded.structs.length === 0 && decoded.ds.clients.size === 0 };
        }
        default:
          return null;
      }
    case messageAwareness:
      return { kind: "awareness", update: decoding.readVarUint8Array(decoder) };
    case messageQueryAwareness:
      return { kind: "queryAwareness" };
    default:
      return null; // messageAuth is server-to-client only
  }
}

export function syncStep1Frame(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageSync);
  syncProtocol.writeSyncStep1(encoder, doc);
  return encoding.toUint8Array(encoder);
}

export function syncStep2Frame(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageSync);
  syncProtocol.writeSyncStep2(encoder, doc, stateVector);
  return encoding.toUint8Array(encoder);
}

export function updateFrame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageSync);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

export function awarenessFrame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageAwareness);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}
