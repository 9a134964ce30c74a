import { describe, expect, it } from "vitest";
import type { PrintableDocument } from "~/lib/exports/document";
import { renderDocx } from "~/lib/exports/docx.server";
import { renderPdf } from "~/lib/exports/pdf.server";
import { blocksOfProse, blocksOfSections, plainText } from "~/lib/exports/printable";
import { sha256Hex } from "~/lib/protocol-hash.server";
import { bulletList, generatedPart, heading, orderedList, paragraph } from "~/lib/protocol-json";
import { pdfPages, pdfText } from "../support/pdf-text";

const HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

const protocolText = {
  type: "doc",
  content: [
    generatedPart("heading", [
      heading(1, "ПРОТОКОЛ № 1"),
      paragraph("заседания"),
      paragraph("Рабочая группа", { bold: true }),
    ]),
    generatedPart("quorum", [paragraph("Кворум имеется. Заседание правомочно.", { bold: true })]),
    bulletList(["Иванов И. И., Минтруд России", "Ёлкина А. А., «НАРК» — эксперт"]),
    orderedList(["первое", "второе"]),
    {
      type: "paragraph",
      content: [
        { type: "text", text: "Курсив ", marks: [{ type: "italic" }] },
        { type: "text", text: "ссылка", marks: [{ type: "link", attrs: { href: "https://example.org/x" } }] },
        { type: "text", text: " опасная", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] },
      ],
    },
    {
      type: "table",
      content: [
        {
          type: "tableRow",
          content: [
            { type: "tableHeader", content: [paragraph("Поручение")] },
            { type: "tableHeader", content: [paragraph("Срок")] },
          ],
        },
        {
          type: "tableRow",
          content: [
            { type: "tableCell", content: [paragraph("Подготовить доклад")] },
            { type: "tableCell", content: [paragraph("01.12.2026")] },
          ],
        },
      ],
    },
  ],
};

const document = (): PrintableDocument => ({
  language: "ru",
  title: "Протокол № 1",
  runningHead: "Рабочая группа · Протокол № 1 · 10 сентября 2026 г. · Москва",
  pageLabel: "Страница {n} из {total}",
  createdAt: new Date("2026-09-20T10:00:00Z"),
  blocks: blocksOfProse(protocolText),
  signaturePage: {
    heading: "Подписи",
    empty: "Подписей нет.",
    columns: { name: "Подписант", capacity: "В качестве", side: "Сторона", signedAt: "Подписано" },
    signatures: [
      { name: "Петров П. П.", capacity: "сопредседатель", side: "Российская Федерация", signedAt: "20.09.2026, 13:00" },
    ],
    hashLabel: "SHA-256 текста протокола:",
    sha256: HASH,
    verifyLabel: "Проверка:",
    verifyUrl: `https://platform.example.org/verify?hash=${HASH}`,
  },
});

describe("the printable model of a protocol's text", () => {
  it("keeps headings, lists, tables and safe links; unwraps the generated parts; drops unsafe links", () => {
    const blocks = blocksOfProse(protocolText);
    expect(blocks[0]).toEqual({ kind: "heading", level: 1, runs: [{ text: "ПРОТОКОЛ № 1" }] });
    expect(blocks.find((b) => b.kind === "list" && b.ordered)).toMatchObject({ start: 1, items: { length: 2 } });
    expect(blocks.find((b) => b.kind === "table")).toMatchObject({ rows: [{ header: true }, { header: false }] });
    const links = blocks.flatMap((b) => (b.kind === "paragraph" ? b.runs : [])).filter((r) => r.link);
    expect(links.map((r) => r.link)).toEqual(["https://example.org/x"]);
    expect(plainText(blocks)).toContain("Кворум имеется.");
  });

  it("a library edition: numbered headings, paragraphs, footnotes", () => {
    const blocks = blocksOfSections([
      {
        level: 1,
        number: "1",
        heading: "Общие положения",
        body: "Первый абзац.\n\nВторой абзац.",
        footnotes: ["Сноска."],
      },
    ]);
    expect(blocks.map((b) => b.kind)).toEqual(["heading", "paragraph", "paragraph", "notes"]);
    expect(plainText(blocks)).toBe("1. Общие положения\nПервый абзац.\nВторой абзац.\nСноска.");
  });
});

describe("the PDF (A4, embedded DejaVu fonts, signature page)", () => {
  it("is deterministic: the same document gives the same bytes", () => {
    expect(sha256Hex(renderPdf(document()))).toBe(sha256Hex(renderPdf(document())));
    expect(sha256Hex(renderPdf({ ...document(), createdAt: new Date("2026-09-21T10:00:00Z") }))).not.toBe(
      sha256Hex(renderPdf(document())),
    );
  });

  it("its text is extractable: Cyrillic, quotes, dashes, the hash on one line, page numbers", async () => {
    const pdf = renderPdf(document());
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.toString("latin1")).toContain("/MediaBox [0 0 595.28 841.89]");
    expect(pdf.toString("latin1")).toMatch(/\/FontFile2/);
    const pages = await pdfPages(pdf);
    expect(pages).toHaveLength(2);
    expect(pages[0]).toContain("ПРОТОКОЛ № 1");
    expect(pages[0]).toContain("Ёлкина А. А., «НАРК» — эксперт");
    expect(pages[0]).toContain("Страница 1 из 2");
    expect(pages[1]).toContain("Петров П. П.");
    expect(pages[1]).toContain(HASH);
    expect(pages[1]).toContain(`https://platform.example.org/verify?hash=${HASH}`);
  });

  it("long texts flow onto more pages, each with its heading line", async () => {
    const long = {
      ...document(),
      blocks: Array.from({ length: 120 }, (_, i) => ({
        kind: "paragraph" as const,
        runs: [{ text: `Абзац ${i} `.repeat(12) }],
      })),
    };
    const pages = await pdfPages(renderPdf(long));
    expect(pages.length).toBeGreaterThan(3);
    for (const page of pages) expect(page).toContain("Рабочая группа · Протокол № 1");
    expect(await pdfText(renderPdf(long))).toContain("Абзац 119");
  });
});

describe("the DOCX (editable)", () => {
  it("is a Word document with real headings, lists, a table and the signatures", async () => {
    const bytes = await renderDocx(document());
    expect(bytes.subarray(0, 2).toString()).toBe("PK");
    const mammoth = await import("mammoth");
    const { value: html } = await mammoth.convertToHtml({ buffer: bytes });
    expect(html).toContain("<h1>ПРОТОКОЛ № 1</h1>");
    expect(html).toMatch(/<ul><li>Иванов И. И., Минтруд России<\/li>/);
    expect(html).toMatch(/<ol><li>первое<\/li><li>второе<\/li><\/ol>/);
    expect(html).toContain("<table>");
    expect(html).toContain('<a href="https://example.org/x">ссылка</a>');
    expect(html).toContain("Петров П. П.");
    expect(html).toContain(HASH);
  });
});
