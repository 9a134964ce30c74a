// The y-websocket protocol as a thin benchmark client speaks it: frames written with lib0, no Y.Doc.
// A client's typing is encoded by hand as Yjs v1 updates (one paragraph of its own in the fragment "default",
// then text appended after its own last character), so a thousand clients cost a few bytes of state each.
// Each typed run of text is a token "#@<id>#" that receivers find in the bytes to time its delivery.
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { messageYjsSyncStep1, messageYjsSyncStep2, messageYjsUpdate } from "y-protocols/sync";

export const messageSync = 0;
export const messageAwareness = 1;
export { messageYjsSyncStep1, messageYjsSyncStep2, messageYjsUpdate };

// Yjs struct refs and flags (yjs/src/structs, UpdateEncoderV1).
const CONTENT_STRING = 4;
const CONTENT_TYPE = 7;
const XML_ELEMENT = 3;
const XML_TEXT = 6;
const HAS_ORIGIN = 0x80;

function frame(write: (e: encoding.Encoder) => void): Uint8Array {
  const e = encoding.createEncoder();
  write(e);
  return encoding.toUint8Array(e);
}

/** Sync step 1 with an empty state vector: "send me the whole document". */
export const syncStep1Empty = frame((e) => {
  encoding.writeVarUint(e, messageSync);
  encoding.writeVarUint(e, messageYjsSyncStep1);
  encoding.writeVarUint8Array(e, new Uint8Array([0]));
});

/** Sync step 2 with an empty update: the answer of a client that has nothing the server lacks. */
export const syncStep2Empty = frame((e) => {
  encoding.writeVarUint(e, messageSync);
  encoding.writeVarUint(e, messageYjsSyncStep2);
  encoding.writeVarUint8Array(e, new Uint8Array([0, 0]));
});

export function updateFrame(update: Uint8Array): Uint8Array {
  return frame((e) => {
    encoding.writeVarUint(e, messageSync);
    encoding.writeVarUint(e, messageYjsUpdate);
    encoding.writeVarUint8Array(e, update);
  });
}

/** One awareness state, as a provider announces its user on joining. */
export function awarenessFrame(clientId: number, name: string): Uint8Array {
  const update = frame((e) => {
    encoding.writeVarUint(e, 1);
    encoding.writeVarUint(e, clientId);
    encoding.writeVarUint(e, 1);
    encoding.writeVarString(e, JSON.stringify({ user: { name, color: "#1f6feb" } }));
  });
  return frame((e) => {
    encoding.writeVarUint(e, messageAwareness);
    encoding.writeVarUint8Array(e, update);
  });
}

/** A client's own typing: its first update opens a paragraph, later ones append after its last character. */
export class Typist {
  private clock = 0;
  constructor(readonly clientId: number) {}

  type(text: string): Uint8Array {
    const first = this.clock === 0;
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, 1); // one client
    encoding.writeVarUint(e, first ? 3 : 1); // structs
    encoding.writeVarUint(e, this.clientId);
    encoding.writeVarUint(e, this.clock);
    if (first) {
      // <paragraph> at the start of the root fragment "default"
      encoding.writeUint8(e, CONTENT_TYPE);
      encoding.writeVarUint(e, 1); // parent is a root type, by key
      encoding.writeVarString(e, "default");
      encoding.writeVarUint(e, XML_ELEMENT);
      encoding.writeVarString(e, "paragraph");
      // its text node, parent = the paragraph (clock 0)
      encoding.writeUint8(e, CONTENT_TYPE);
      encoding.writeVarUint(e, 0);
      encoding.writeVarUint(e, this.clientId);
      encoding.writeVarUint(e, this.clock);
      encoding.writeVarUint(e, XML_TEXT);
      // the text, parent = the text node (clock 1)
      encoding.writeUint8(e, CONTENT_STRING);
      encoding.writeVarUint(e, 0);
      encoding.writeVarUint(e, this.clientId);
      encoding.writeVarUint(e, this.clock + 1);
      encoding.writeVarString(e, text);
      this.clock += 2;
    } else {
      encoding.writeUint8(e, CONTENT_STRING | HAS_ORIGIN);
      encoding.writeVarUint(e, this.clientId);
      encoding.writeVarUint(e, this.clock - 1);
      encoding.writeVarString(e, text);
    }
    this.clock += text.length; // ASCII only: UTF-16 length = bytes
    encoding.writeVarUint(e, 0); // empty delete set
    return encoding.toUint8Array(e);
  }
}

export const token = (id: number) => `#@${id.toString(36)}#`;

/** Calls `found` with the id of every token in the bytes (several when a server merges updates). */
export function scanTokens(bytes: Uint8Array, found: (id: number) => void): void {
  let i = bytes.indexOf(35);
  while (i >= 0 && i + 3 < bytes.length) {
    if (bytes[i + 1] !== 64) {
      i = bytes.indexOf(35, i + 1);
      continue;
    }
    let id = 0;
    let j = i + 2;
    for (; j < bytes.length && j < i + 12; j++) {
      const c = bytes[j]!;
      if (c >= 48 && c <= 57) id = id * 36 + (c - 48);
      else if (c >= 97 && c <= 122) id = id * 36 + (c - 87);
      else break;
    }
    if (j > i + 2 && bytes[j] === 35) {
      found(id);
      i = bytes.indexOf(35, j + 1);
    } else i = bytes.indexOf(35, i + 1);
  }
}

export type Incoming =
  | { kind: "step1" }
  | { kind: "synced"; bytes: number }
  | { kind: "update"; update: Uint8Array }
  | { kind: "awareness" }
  | { kind: "other"; type: number };

export function readFrame(data: Uint8Array): Incoming {
  const d = decoding.createDecoder(data);
  const type = decoding.readVarUint(d);
  if (type === messageAwareness) return { kind: "awareness" };
  if (type !== messageSync) return { kind: "other", type };
  const step = decoding.readVarUint(d);
  if (step === messageYjsSyncStep1) return { kind: "step1" };
  if (step === messageYjsSyncStep2) return { kind: "synced", bytes: data.length };
  return { kind: "update", update: decoding.readVarUint8Array(d) };
}
