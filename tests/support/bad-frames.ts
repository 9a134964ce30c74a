/**
 * Hostile collaboration frames for tests: truncated, bit-flipped and random variants of real updates of a
 * TipTap-shaped document, kept only when an oracle independent of the server says they are bad.
 */
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as Y from "yjs";

/** A deterministic generator (mulberry32), so a failure can be replayed. */
export function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Real updates of a TipTap-shaped document: paragraphs, a heading, typing, bold, deletions. */
export function realUpdates(base: Uint8Array, rnd: () => number): Uint8Array[] {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, base);
  const updates: Uint8Array[] = [];
  doc.on("update", (update: Uint8Array) => updates.push(update));
  const fragment = doc.getXmlFragment("default");
  const heading = new Y.XmlElement("heading");
  heading.setAttribute("level", "2");
  fragment.push([heading]);
  heading.insert(0, [new Y.XmlText("СЛУШАЛИ")]);
  for (let i = 0; i < 40; i++) {
    const paragraph = new Y.XmlElement("paragraph");
    const text = new Y.XmlText();
    fragment.push([paragraph]);
    paragraph.insert(0, [text]);
    for (let j = 0; j < 5; j++) text.insert(text.length, `Слово ${i}.${j} `);
    if (rnd() < 0.4) text.format(0, 5, { bold: true });
    if (rnd() < 0.3) text.delete(0, 3);
  }
  doc.destroy();
  return updates;
}

export const syncUpdateFrame = (update: Uint8Array) => {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 2);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
};

/**
 * The oracle, independent of the server's code: a frame is good when it is exactly a sync frame whose update
 * applies to a copy of the document (or a well-formed state vector) or an awareness frame. Good frames are
 * left out: they would rightly change the document.
 */
export function isGood(frame: Uint8Array, base: Uint8Array): boolean {
  try {
    const decoder = decoding.createDecoder(frame);
    const type = decoding.readVarUint(decoder);
    if (type === 1 || type === 3) return true;
    if (type !== 0) return false;
    const sub = decoding.readVarUint(decoder);
    const payload = decoding.readVarUint8Array(decoder);
    if (decoding.hasContent(decoder)) return false;
    if (sub === 0) {
      Y.decodeStateVector(payload);
      return true;
    }
    if (sub !== 1 && sub !== 2) return false;
    const copy = new Y.Doc();
    Y.applyUpdate(copy, base);
    try {
      Y.applyUpdate(copy, payload);
    } finally {
      copy.destroy();
    }
    return true;
  } catch {
    return false;
  }
}

export function badFrames(base: Uint8Array, count: number, seed = 20260912): Uint8Array[] {
  const rnd = random(seed);
  const real = realUpdates(base, rnd).map(syncUpdateFrame);
  const frames: Uint8Array[] = [];
  let kind = 0;
  while (frames.length < count) {
    const source = real[Math.floor(rnd() * real.length)]!;
    let frame: Uint8Array;
    switch (kind++ % 3) {
      case 0: // truncated
        frame = source.slice(0, 1 + Math.floor(rnd() * (source.length - 1)));
        break;
      case 1: {
        // bit-flipped: one to three bits
        frame = source.slice();
        for (let n = 1 + Math.floor(rnd() * 3); n > 0; n--) {
          const at = Math.floor(rnd() * frame.length);
          frame[at] = frame[at]! ^ (1 << Math.floor(rnd() * 8));
        }
        break;
      }
      default: {
        // random bytes, often behind a plausible header
        const body = Uint8Array.from({ length: 1 + Math.floor(rnd() * 200) }, () => Math.floor(rnd() * 256));
        frame = rnd() < 0.5 ? new Uint8Array([0, 2, ...body]) : body;
      }
    }
    if (!isGood(frame, base)) frames.push(frame);
  }
  return frames;
}
