import { Transform } from "node:stream";

/**
 * React 18.3's Node streaming renderer sends its whole 2048-byte buffer even when a multi-byte character
 * did not fit at its end, so zero bytes leak into the HTML — in Cyrillic text, mid-word (react#31134,
 * fixed only in React 19, which Remix 2 cannot use). In UTF-8 a 0x00 byte is never part of another
 * character, and HTML has no use for NUL, so dropping every 0x00 byte restores the document exactly.
 */
export function withoutNulBytes(bytes: Buffer): Buffer {
  if (!bytes.includes(0)) return bytes;
  const kept = Buffer.allocUnsafe(bytes.length);
  let length = 0;
  for (const byte of bytes) if (byte !== 0) kept[length++] = byte;
  return kept.subarray(0, length);
}

/** The same, for a stream of chunks. */
export function stripNulBytes(): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      callback(null, withoutNulBytes(chunk));
    },
  });
}
