// What an uploaded file really is, judged by its bytes (magic numbers), never by its name.

/** The largest file a user may upload (a material, an opinion's file, a regulation). */
export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;

export type DetectedType = {
  kind: "pdf" | "docx" | "xlsx" | "odt" | "ods" | "png" | "jpeg" | "gif" | "webp" | "text";
  mime: string;
  extension: string;
};
type Kind = DetectedType["kind"];

const types: Record<Kind, DetectedType> = {
  pdf: { kind: "pdf", mime: "application/pdf", extension: "pdf" },
  docx: {
    kind: "docx",
    mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    extension: "docx",
  },
  xlsx: { kind: "xlsx", mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", extension: "xlsx" },
  odt: { kind: "odt", mime: "application/vnd.oasis.opendocument.text", extension: "odt" },
  ods: { kind: "ods", mime: "application/vnd.oasis.opendocument.spreadsheet", extension: "ods" },
  png: { kind: "png", mime: "image/png", extension: "png" },
  jpeg: { kind: "jpeg", mime: "image/jpeg", extension: "jpg" },
  gif: { kind: "gif", mime: "image/gif", extension: "gif" },
  webp: { kind: "webp", mime: "image/webp", extension: "webp" },
  text: { kind: "text", mime: "text/plain; charset=utf-8", extension: "txt" },
};

/** Extensions a name may carry for each kind; the first is the one we give. */
const extensionsOf: Record<Kind, string[]> = {
  pdf: ["pdf"],
  docx: ["docx"],
  xlsx: ["xlsx"],
  odt: ["odt"],
  ods: ["ods"],
  png: ["png"],
  jpeg: ["jpg", "jpeg"],
  gif: ["gif"],
  webp: ["webp"],
  text: ["txt", "csv"],
};

function kindOfExtension(ext: string): Kind | null {
  const lower = ext.toLowerCase();
  for (const kind of Object.keys(extensionsOf) as Kind[]) if (extensionsOf[kind].includes(lower)) return kind;
  return null;
}

const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

function startsWith(bytes: Uint8Array, prefix: ArrayLike<number>, at = 0): boolean {
  if (bytes.length < at + prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[at + i] !== prefix[i]) return false;
  return true;
}

const u16 = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8);
const u32 = (b: Uint8Array, at: number) => (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
/** Bytes as Latin-1 text, at most 256 of them: enough for any name prefix or mimetype we compare against. */
const latin1 = (b: Uint8Array, from: number, to: number) =>
  String.fromCharCode(...b.subarray(from, Math.min(to, from + 256)));

const LOCAL_HEADER = ascii("PK\x03\x04");
const CENTRAL_HEADER = ascii("PK\x01\x02");
const END_OF_CENTRAL_DIRECTORY = ascii("PK\x05\x06");

/** Entry names from the central directory, which lists every entry; null when it cannot be read (truncated, ZIP64). */
function centralDirectoryNames(b: Uint8Array): string[] | null {
  // The end record is in the last 22 bytes plus a comment of up to 65535 bytes.
  for (let at = b.length - 22; at >= Math.max(0, b.length - 22 - 0xffff); at--) {
    if (!startsWith(b, END_OF_CENTRAL_DIRECTORY, at)) continue;
    const count = u16(b, at + 10);
    let p = u32(b, at + 16);
    const names: string[] = [];
    for (let i = 0; i < count; i++) {
      if (!startsWith(b, CENTRAL_HEADER, p) || p + 46 > b.length) return null;
      const nameLength = u16(b, p + 28);
      names.push(latin1(b, p + 46, Math.min(b.length, p + 46 + nameLength)));
      p += 46 + nameLength + u16(b, p + 30) + u16(b, p + 32);
    }
    return names;
  }
  return null;
}

/** Entry names from every local file header in the bytes: the fallback when there is no usable central directory. */
function localHeaderNames(b: Uint8Array): string[] {
  const names: string[] = [];
  for (let at = b.indexOf(0x50); at >= 0 && at + 30 <= b.length; at = b.indexOf(0x50, at + 1)) {
    if (startsWith(b, LOCAL_HEADER, at)) names.push(latin1(b, at + 30, Math.min(b.length, at + 30 + u16(b, at + 26))));
  }
  return names;
}

/** OpenDocument: the first entry is "mimetype", stored uncompressed, and its content names the document type. */
function openDocumentKind(b: Uint8Array): Kind | null {
  const nameLength = u16(b, 26);
  if (nameLength !== 8 || latin1(b, 30, 38) !== "mimetype" || u16(b, 8) !== 0) return null;
  const start = 30 + nameLength + u16(b, 28);
  const content = latin1(b, start, Math.min(b.length, start + u32(b, 18)));
  if (content === types.odt.mime) return "odt";
  if (content === types.ods.mime) return "ods";
  return null;
}

function zipKind(b: Uint8Array): Kind | null {
  if (b.length < 30) return null;
  const odf = openDocumentKind(b);
  if (odf) return odf;
  const names = centralDirectoryNames(b) ?? localHeaderNames(b);
  const word = names.some((n) => n.startsWith("word/"));
  const excel = names.some((n) => n.startsWith("xl/"));
  // Both at once is no file Word or Excel writes: call it unknown rather than guess.
  if (word === excel) return null;
  return word ? "docx" : "xlsx";
}

const utf8 = new TextDecoder("utf-8", { fatal: true });
function isUtf8Text(b: Uint8Array): boolean {
  if (b.length === 0 || b.includes(0)) return false;
  try {
    utf8.decode(b);
    return true;
  } catch {
    return false;
  }
}

export function detectFileType(bytes: Uint8Array): DetectedType | null {
  const kind = detectKind(bytes);
  return kind ? types[kind] : null;
}

function detectKind(b: Uint8Array): Kind | null {
  if (startsWith(b, ascii("%PDF-"))) return "pdf";
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (startsWith(b, [0xff, 0xd8, 0xff])) return "jpeg";
  if (startsWith(b, ascii("GIF87a")) || startsWith(b, ascii("GIF89a"))) return "gif";
  if (startsWith(b, ascii("RIFF")) && startsWith(b, ascii("WEBP"), 8)) return "webp";
  if (startsWith(b, LOCAL_HEADER)) return zipKind(b);
  return isUtf8Text(b) ? "text" : null;
}

export type UploadProblem = "file.empty" | "file.tooLarge" | "file.typeNotAllowed" | "file.disguised";
export type UploadCheck = { ok: true; type: DetectedType; safeName: string } | { ok: false; problem: UploadProblem };

export function checkUpload(input: {
  name: string;
  bytes: Uint8Array;
  allowed: Kind[];
  maxBytes: number;
}): UploadCheck {
  const { name, bytes, allowed, maxBytes } = input;
  if (bytes.length === 0) return { ok: false, problem: "file.empty" };
  if (bytes.length > maxBytes) return { ok: false, problem: "file.tooLarge" };
  const type = detectFileType(bytes);
  const claimed = kindOfExtension(splitExtension(baseName(name)).ext);
  // The name promises a type we accept, the bytes say otherwise: someone renamed the file, perhaps on purpose.
  if (claimed && allowed.includes(claimed) && type?.kind !== claimed) return { ok: false, problem: "file.disguised" };
  if (!type || !allowed.includes(type.kind)) return { ok: false, problem: "file.typeNotAllowed" };
  return { ok: true, type, safeName: safeFileName(name, type) };
}

const MAX_NAME_LENGTH = 150;

function baseName(name: string): string {
  const parts = name.split(/[/\\]/);
  return parts[parts.length - 1];
}

function splitExtension(name: string): { stem: string; ext: string } {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? { stem: name.slice(0, dot), ext: name.slice(dot + 1) } : { stem: name, ext: "" };
}

/**
 * A name safe to store and to send in Content-Disposition: no path, no control or invisible formatting characters
 * (a right-to-left override can make "gpj.exe" look like "exe.jpg"), no quotes, separators or wildcards;
 * letters of any script, Cyrillic included, are kept. The real type's extension is enforced: one of ours is
 * replaced, anything else is kept and the real one appended.
 */
function safeFileName(name: string, type: DetectedType): string {
  const cleaned = baseName(name)
    .normalize("NFC")
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, "")
    .replace(/[^\p{L}\p{M}\p{N} ._\-()[\]№+]/gu, "_")
    .replace(/\s+/gu, " ")
    .replace(/_+/g, "_");
  const { stem, ext } = splitExtension(cleaned);
  const ownExtensions = extensionsOf[type.kind];
  const keep = ownExtensions.includes(ext.toLowerCase());
  const finalExt = keep ? ext.toLowerCase() : type.extension;
  let base = keep || kindOfExtension(ext) ? stem : cleaned;
  base = trimEnds(base);
  if (base === "" || /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(base)) base = `file${base ? `_${base}` : ""}`;
  // Count code points, not UTF-16 units, so a letter is never cut in half.
  const room = MAX_NAME_LENGTH - finalExt.length - 1;
  const chars = Array.from(base);
  if (chars.length > room) base = trimEnds(chars.slice(0, room).join("")) || "file";
  return `${base}.${finalExt}`;
}

/** Leading dots would hide the file; trailing dots and spaces are dropped by Windows. */
function trimEnds(s: string): string {
  return s.replace(/^[\s.]+|[\s.]+$/gu, "");
}
