import { Transform } from "node:stream";

/**
 * React 18.3's Node streaming renderer sends its whole 2048-byte buffer even when a multi-byte character
 * did not fit at its end, so zero bytes leak into the HTML — in Cyrillic text, mid-word (react#31134,
 * fixed only in React 19, which Remix 2 cannot use). In UTF-8 a 0x00 byte is never part of another
 * character, and HTML has no use for NUL, so dropping every 0x00 byte restores the document exactly.
 */
export function stripNulBytes(): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      if (!chunk.includes(0)) return callback(null, chunk);
      const kept = Buffer.allocUnsafe(chunk.length);
      let length = 0;
      for (const byte of chunk) if (byte !== 0) kept[length++] = byte;
      callback(null, kept.subarray(0, length));
    },
  });
}
