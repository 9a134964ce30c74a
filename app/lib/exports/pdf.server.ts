/**
 * The PDF writer (issues 10, 11): A4, an official layout, DejaVu fonts from the `dejavu-fonts-ttf` package
 * embedded as subsets with a ToUnicode map (the text is searchable and copyable; no system font is read), a
 * heading line and a page number on every page, and a protocol's signature page. Synchronous, so the circulation
 * of a signed protocol renders it inside the transaction of the last signature. Deterministic: the same document
 * gives the same bytes (fixed creation date; pdfkit derives the file ID from the metadata).
 */
import { createRequire } from "node:module";
import PDFDocument from "pdfkit";
import { pageLabelOf, type PrintableDocument, type SignaturePage } from "./document";
import type { Block, Run } from "./printable";

const require = createRequire(import.meta.url);
const font = (file: string) => require.resolve(`dejavu-fonts-ttf/ttf/${file}`);
const FONTS = {
  regular: font("DejaVuSerif.ttf"),
  bold: font("DejaVuSerif-Bold.ttf"),
  italic: font("DejaVuSerif-Italic.ttf"),
  boldItalic: font("DejaVuSerif-BoldItalic.ttf"),
  mono: font("DejaVuSansMono.ttf"),
};

// Russian office practice (ГОСТ Р 7.0.97): left margin 30 mm, right 15 mm, top and bottom 20 mm; 1 mm ≈ 2.835 pt.
const MARGINS = { top: 57, bottom: 57, left: 85, right: 43 };
const BODY_SIZE = 12;
const HEADING_SIZES = { 1: 15, 2: 13, 3: 12 } as const;
const LIST_INDENT = 20;

type Doc = InstanceType<typeof PDFDocument>;

export function renderPdf(document: PrintableDocument): Buffer {
  const doc = new PDFDocument({
    size: "A4",
    margins: MARGINS,
    bufferPages: true,
    lang: document.language,
    displayTitle: true,
    info: {
      Title: document.title,
      Creator: "Cooperation Platform",
      Producer: "Cooperation Platform (pdfkit)",
      CreationDate: document.createdAt,
    },
  });
  doc.font(FONTS.regular).fontSize(BODY_SIZE);
  const left = MARGINS.left;
  const width = doc.page.width - MARGINS.left - MARGINS.right;
  drawBlocks(doc, document.blocks, left, width);
  if (document.signaturePage) {
    doc.addPage();
    drawSignaturePage(doc, document.signaturePage, left, width);
  }
  drawPageFurniture(doc, document);
  doc.end();
  // pdfkit pushes the whole file into its stream on end(); read it back now, without waiting for events.
  const chunks: Buffer[] = [];
  for (let chunk = doc.read() as Buffer | null; chunk !== null; chunk = doc.read() as Buffer | null) chunks.push(chunk);
  return Buffer.concat(chunks);
}

function fontOf(run: Run): string {
  if (run.bold && run.italic) return FONTS.boldItalic;
  if (run.bold) return FONTS.bold;
  return run.italic ? FONTS.italic : FONTS.regular;
}

/** A line of runs with their own fonts and links, wrapped in [x, x + width]. */
function drawRuns(doc: Doc, runs: readonly Run[], x: number, width: number, align: "left" | "center" | "justify") {
  const printable = runs.filter((r) => r.text || r.breakAfter);
  if (!printable.length) {
    doc.font(FONTS.regular).text(" ", x, doc.y, { width });
    return;
  }
  printable.forEach((run, i) => {
    const last = i === printable.length - 1;
    doc.font(fontOf(run));
    const text = run.text + (run.breakAfter && !last ? "\n" : "");
    const options = {
      width,
      align,
      continued: !last,
      link: run.link ?? null,
      underline: Boolean(run.link),
    };
    if (i === 0) doc.text(text, x, doc.y, options);
    else doc.text(text, options);
  });
  doc.font(FONTS.regular);
}

function ensureRoom(doc: Doc, height: number) {
  if (doc.y + height > doc.page.height - MARGINS.bottom) doc.addPage();
}

function drawBlocks(doc: Doc, blocks: readonly Block[], x: number, width: number) {
  for (const block of blocks) {
    switch (block.kind) {
      case "heading": {
        const size = HEADING_SIZES[block.level];
        ensureRoom(doc, size * 3);
        doc.moveDown(block.level === 1 ? 0.2 : 0.5).fontSize(size);
        drawRuns(
          doc,
          block.runs.map((r) => ({ ...r, bold: true })),
          x,
          width,
          block.level === 1 ? "center" : "left",
        );
        doc.fontSize(BODY_SIZE).moveDown(0.3);
        break;
      }
      case "paragraph":
        drawRuns(doc, block.runs, x, width, "justify");
        doc.moveDown(0.25);
        break;
      case "list":
        block.items.forEach((item, i) => {
          const marker = block.ordered ? `${block.start + i}.` : "•";
          ensureRoom(doc, BODY_SIZE * 1.5);
          const top = doc.y;
          doc.font(FONTS.regular).text(marker, x, top, { width: LIST_INDENT - 4, lineBreak: false });
          doc.y = top;
          drawBlocks(doc, item, x + LIST_INDENT, width - LIST_INDENT);
        });
        doc.moveDown(0.2);
        break;
      case "table":
        drawTable(doc, block.rows, x, width);
        break;
      case "notes":
        doc.fontSize(9);
        block.notes.forEach((note, i) => {
          doc.text(`${i + 1}) ${note}`, x, doc.y, { width, align: "left" });
        });
        doc.fontSize(BODY_SIZE).moveDown(0.3);
        break;
    }
  }
}

const cellText = (cell: readonly Block[]): string =>
  cell
    .map((b) =>
      b.kind === "heading" || b.kind === "paragraph"
        ? b.runs.map((r) => r.text).join("")
        : b.kind === "list"
          ? b.items.map((item) => `• ${cellText(item)}`).join("\n")
          : b.kind === "notes"
            ? b.notes.join("\n")
            : "",
    )
    .join("\n");

/** A grid of plain-text cells, rows kept whole across pages where they fit. */
function drawTable(doc: Doc, rows: { header: boolean; cells: Block[][] }[], x: number, width: number) {
  const columns = Math.max(1, ...rows.map((r) => r.cells.length));
  const colWidth = width / columns;
  const pad = 4;
  doc.fontSize(10);
  for (const row of rows) {
    doc.font(row.header ? FONTS.bold : FONTS.regular);
    const texts = row.cells.map(cellText);
    const height =
      Math.max(12, ...texts.map((t) => doc.heightOfString(t || " ", { width: colWidth - 2 * pad }))) + 2 * pad;
    ensureRoom(doc, Math.min(height, doc.page.height - MARGINS.top - MARGINS.bottom));
    const top = doc.y;
    texts.forEach((t, i) => {
      doc
        .rect(x + i * colWidth, top, colWidth, height)
        .lineWidth(0.5)
        .stroke();
      doc.text(t, x + i * colWidth + pad, top + pad, { width: colWidth - 2 * pad });
    });
    doc.y = top + height;
  }
  doc.font(FONTS.regular).fontSize(BODY_SIZE).moveDown(0.5);
  doc.x = x;
}

function drawSignaturePage(doc: Doc, page: SignaturePage, x: number, width: number) {
  doc.font(FONTS.bold).fontSize(HEADING_SIZES[1]).text(page.heading, x, doc.y, { width, align: "center" });
  doc.moveDown(1).fontSize(BODY_SIZE);
  if (!page.signatures.length) doc.font(FONTS.regular).text(page.empty, x, doc.y, { width });
  for (const s of page.signatures) {
    ensureRoom(doc, BODY_SIZE * 5);
    doc.font(FONTS.bold).text(s.name, x, doc.y, { width });
    doc.font(FONTS.regular).text(`${s.capacity}, ${s.side}`, x, doc.y, { width });
    doc.fontSize(10).text(`${page.columns.signedAt}: ${s.signedAt}`, x, doc.y, { width });
    doc.fontSize(BODY_SIZE).moveDown(0.7);
  }
  doc.moveDown(1);
  ensureRoom(doc, BODY_SIZE * 8);
  doc.font(FONTS.bold).text(page.hashLabel, x, doc.y, { width });
  // The hash and the link each on one unbroken line (so they copy whole): a monospace size that fits the width.
  doc.font(FONTS.mono).fontSize(oneLineSize(page.sha256, width)).text(page.sha256, x, doc.y, { lineBreak: false });
  doc.moveDown(1).font(FONTS.bold).fontSize(BODY_SIZE).text(page.verifyLabel, x, doc.y, { width });
  doc
    .font(FONTS.mono)
    .fontSize(oneLineSize(page.verifyUrl, width))
    .text(page.verifyUrl, x, doc.y, { link: page.verifyUrl, underline: true, lineBreak: false });
  doc.font(FONTS.regular).fontSize(BODY_SIZE);
}

/** DejaVu Sans Mono's advance is 0.602 em: the largest size up to 9 pt at which `text` fits in `width`. */
const oneLineSize = (text: string, width: number) => Math.min(9, Math.floor((width / (text.length * 0.602)) * 10) / 10);

/** The heading line at the top of every page and «Страница n из N» at the bottom, drawn once all pages exist. */
function drawPageFurniture(doc: Doc, document: PrintableDocument) {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const width = doc.page.width - MARGINS.left - MARGINS.right;
    // Drawing inside the margins would start a new page: lift the bottom margin while the furniture is drawn.
    doc.page.margins.bottom = 0;
    doc
      .font(FONTS.regular)
      .fontSize(8)
      .fillColor("#555555")
      .text(document.runningHead, MARGINS.left, 28, { width, align: "center", lineBreak: false, ellipsis: true });
    doc.text(pageLabelOf(document.pageLabel, i - start + 1, count), MARGINS.left, doc.page.height - 38, {
      width,
      align: "center",
      lineBreak: false,
    });
    doc.fillColor("#000000");
    doc.page.margins.bottom = MARGINS.bottom;
  }
}
