import { describe, expect, it } from "vitest";
import { checkUpload, detectFileType, type DetectedType } from "../../db/files/types";

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === "string" ? Array.from(p, (c) => c.charCodeAt(0)) : p)));
const utf8 = (s: string) => new TextEncoder().encode(s);
const le16 = (n: number) => [n & 0xff, (n >> 8) & 0xff];
const le32 = (n: number) => [...le16(n & 0xffff), ...le16(n >>> 16)];

/**
 * A ZIP of stored (uncompressed) entries, as Word, Excel and LibreOffice lay them out. CRCs are left at zero:
 * detection never checks them. Without the central directory only the local headers remain to be read.
 */
function zip(entries: { name: string; content: string }[], { centralDirectory = true } = {}): Uint8Array {
  const local: number[] = [];
  const central: number[] = [];
  for (const { name, content } of entries) {
    const offset = local.length;
    const common = [
      ...le16(20),
      ...le16(0),
      ...le16(0),
      ...le16(0),
      ...le16(0),
      ...le32(0),
      ...le32(content.length),
      ...le32(content.length),
      ...le16(name.length),
      ...le16(0),
    ];
    local.push(...bytes("PK\x03\x04"), ...common, ...bytes(name, content));
    central.push(
      ...bytes("PK\x01\x02"),
      ...le16(20),
      ...common,
      ...le16(0),
      ...le16(0),
      ...le16(0),
      ...le32(0),
      ...le32(offset),
      ...bytes(name),
    );
  }
  if (!centralDirectory) return Uint8Array.from(local);
  const end = [
    ...bytes("PK\x05\x06"),
    ...le16(0),
    ...le16(0),
    ...le16(entries.length),
    ...le16(entries.length),
    ...le32(central.length),
    ...le32(local.length),
    ...le16(0),
  ];
  return Uint8Array.from([...local, ...central, ...end]);
}

const pdf = bytes("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n");
const png = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], "IHDR");
const jpeg = bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16], "JFIF", [0]);
const docx = zip([
  { name: "[Content_Types].xml", content: "<Types/>" },
  { name: "_rels/.rels", content: "<Relationships/>" },
  { name: "word/document.xml", content: "<w:document/>" },
]);
const xlsx = zip([
  { name: "[Content_Types].xml", content: "<Types/>" },
  { name: "xl/workbook.xml", content: "<workbook/>" },
]);
const odt = zip([
  { name: "mimetype", content: "application/vnd.oasis.opendocument.text" },
  { name: "content.xml", content: "<office:document-content/>" },
]);
const ods = zip([{ name: "mimetype", content: "application/vnd.oasis.opendocument.spreadsheet" }]);
const exe = bytes("MZ", [0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0], "This program cannot be run in DOS mode.");

describe("the type comes from the bytes, never from the name", () => {
  it("recognises PDF by its %PDF- header", () => {
    expect(detectFileType(pdf)).toEqual({ kind: "pdf", mime: "application/pdf", extension: "pdf" });
  });

  it("recognises PNG, JPEG, GIF and WebP by their signatures", () => {
    expect(detectFileType(png)?.kind).toBe("png");
    expect(detectFileType(jpeg)).toEqual({ kind: "jpeg", mime: "image/jpeg", extension: "jpg" });
    expect(detectFileType(bytes("GIF89a", [1, 0, 1, 0]))?.kind).toBe("gif");
    expect(detectFileType(bytes("RIFF", le32(4), "WEBPVP8 "))?.kind).toBe("webp");
  });

  it("tells a Word document from a spreadsheet by the entries inside the ZIP", () => {
    expect(detectFileType(docx)?.kind).toBe("docx");
    expect(detectFileType(xlsx)?.kind).toBe("xlsx");
  });

  it("reads the entry names from the local headers when there is no central directory", () => {
    expect(
      detectFileType(zip([{ name: "word/document.xml", content: "<w:document/>" }], { centralDirectory: false }))?.kind,
    ).toBe("docx");
    expect(
      detectFileType(zip([{ name: "xl/workbook.xml", content: "<workbook/>" }], { centralDirectory: false }))?.kind,
    ).toBe("xlsx");
  });

  it("recognises OpenDocument text and spreadsheets by the stored mimetype entry", () => {
    expect(detectFileType(odt)).toEqual({
      kind: "odt",
      mime: "application/vnd.oasis.opendocument.text",
      extension: "odt",
    });
    expect(detectFileType(ods)?.kind).toBe("ods");
  });

  it("a ZIP that is no office document is unknown", () => {
    expect(detectFileType(zip([{ name: "payload.js", content: "alert(1)" }]))).toBeNull();
    expect(detectFileType(zip([{ name: "mimetype", content: "application/epub+zip" }]))).toBeNull();
  });

  it("UTF-8 text counts as text, Russian included", () => {
    expect(detectFileType(utf8("Повестка дня: утверждение протокола № 5.\n"))).toEqual({
      kind: "text",
      mime: "text/plain; charset=utf-8",
      extension: "txt",
    });
  });

  it("bytes that are not valid UTF-8, or contain NUL, are not text", () => {
    // "Повестка" in Windows-1251 is not valid UTF-8.
    expect(detectFileType(Uint8Array.from([0xcf, 0xee, 0xe2, 0xe5, 0xf1, 0xf2, 0xea, 0xe0]))).toBeNull();
    expect(detectFileType(bytes("abc", [0], "def"))).toBeNull();
    expect(detectFileType(exe)).toBeNull();
  });
});

describe("checking an upload", () => {
  const documents: { allowed: DetectedType["kind"][]; maxBytes: number } = {
    allowed: ["pdf", "docx", "odt"],
    maxBytes: 1000,
  };
  const check = (name: string, content: Uint8Array, options = documents) =>
    checkUpload({ name, bytes: content, ...options });

  it("accepts an allowed type and reports what it really is", () => {
    expect(check("Протокол заседания.pdf", pdf)).toEqual({
      ok: true,
      type: detectFileType(pdf),
      safeName: "Протокол заседания.pdf",
    });
    expect(check("проект.docx", docx)).toMatchObject({ ok: true, type: { kind: "docx" } });
  });

  it("an empty file is refused as empty", () => {
    expect(check("пусто.pdf", new Uint8Array())).toEqual({ ok: false, problem: "file.empty" });
  });

  it("a file over the limit is refused as too large, even by one byte", () => {
    expect(check("большой.pdf", pdf, { allowed: ["pdf"], maxBytes: pdf.length })).toMatchObject({ ok: true });
    expect(check("большой.pdf", pdf, { allowed: ["pdf"], maxBytes: pdf.length - 1 })).toEqual({
      ok: false,
      problem: "file.tooLarge",
    });
  });

  it("an executable renamed отчёт.pdf is refused as disguised", () => {
    expect(check("отчёт.pdf", exe)).toEqual({ ok: false, problem: "file.disguised" });
  });

  it("content of another type behind an allowed extension is disguised too", () => {
    expect(check("отчёт.pdf", docx)).toEqual({ ok: false, problem: "file.disguised" });
  });

  it("a real type that is not allowed is refused as not allowed", () => {
    expect(check("фото.png", png)).toEqual({ ok: false, problem: "file.typeNotAllowed" });
    expect(check("программа.exe", exe)).toEqual({ ok: false, problem: "file.typeNotAllowed" });
  });

  it("a path in the name is dropped, whichever slashes it uses", () => {
    expect(check("../../etc/passwd.pdf", pdf)).toMatchObject({ ok: true, safeName: "passwd.pdf" });
    expect(check("C:\\Users\\Иван\\Документы\\план.pdf", pdf)).toMatchObject({ ok: true, safeName: "план.pdf" });
  });

  it("control characters and characters unsafe in Content-Disposition are removed or replaced", () => {
    // U+202E (right-to-left override) could make the name read backwards on screen.
    expect(check('отчёт"; filename=evil\u202e\r\n.pdf', pdf)).toMatchObject({
      ok: true,
      safeName: "отчёт_ filename_evil.pdf",
    });
  });

  it("the real type's extension is enforced on the stored name", () => {
    expect(check("скан", pdf)).toMatchObject({ safeName: "скан.pdf" });
    expect(check("Отчёт.PDF", pdf)).toMatchObject({ safeName: "Отчёт.pdf" });
    expect(check("report.exe", pdf)).toMatchObject({ safeName: "report.exe.pdf" });
    expect(check("снимок.jpeg", jpeg, { allowed: ["png"], maxBytes: 1000 })).toEqual({
      ok: false,
      problem: "file.typeNotAllowed",
    });
    expect(check("снимок.jpg", png, { allowed: ["png"], maxBytes: 1000 })).toMatchObject({ safeName: "снимок.png" });
  });

  it("a long name is cut to 150 characters, keeping the extension and whole Cyrillic letters", () => {
    const result = check(`${"ж".repeat(300)}.pdf`, pdf);
    expect(result).toMatchObject({ ok: true, safeName: `${"ж".repeat(146)}.pdf` });
  });
});
