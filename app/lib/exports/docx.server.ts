/**
 * The DOCX writer (issues 10, 11): an editable copy for the ministries' own filing, so real Word structure
 * rather than a picture of the PDF: heading styles, numbered and bulleted lists, tables, links, footnotes as
 * Word footnotes, a heading line in the page header and the page number in the footer; and a protocol's
 * signatures as a table.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  FootnoteReferenceRun,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from "docx";
import type { PrintableDocument, SignaturePage } from "./document";
import type { Block, Run } from "./printable";

const FONT = "DejaVu Serif";
const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
const MAX_LEVEL = 8;

interface Context {
  /** Word footnotes collected while writing: id → text. */
  footnotes: Record<number, { children: Paragraph[] }>;
  /** Each ordered list restarts its numbering: one numbering instance per list. */
  nextList: number;
}

function childrenOf(runs: readonly Run[]): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const run of runs) {
    const text = new TextRun({
      text: run.text,
      bold: run.bold,
      italics: run.italic,
      ...(run.link ? { style: "Hyperlink" } : {}),
    });
    out.push(run.link ? new ExternalHyperlink({ link: run.link, children: [text] }) : text);
    if (run.breakAfter) out.push(new TextRun({ break: 1 }));
  }
  return out;
}

function paragraphsOf(blocks: readonly Block[], ctx: Context, depth = 0, list?: ListPlace): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  blocks.forEach((block, index) => {
    // In a list item only the first paragraph carries the item's number or bullet.
    const numbering = list && index === 0 ? list : undefined;
    switch (block.kind) {
      case "heading":
        out.push(new Paragraph({ heading: HEADINGS[block.level], children: childrenOf(block.runs) }));
        break;
      case "paragraph":
        out.push(
          new Paragraph({
            children: childrenOf(block.runs),
            alignment: AlignmentType.JUSTIFIED,
            ...(numbering
              ? numbering.ordered
                ? { numbering: { reference: "ordered", level: numbering.level, instance: numbering.instance } }
                : { bullet: { level: numbering.level } }
              : list
                ? { indent: { left: 720 * (list.level + 1) } }
                : {}),
          }),
        );
        break;
      case "list": {
        const instance = ctx.nextList++;
        const level = Math.min(depth, MAX_LEVEL);
        for (const item of block.items)
          out.push(...paragraphsOf(item, ctx, depth + 1, { ordered: block.ordered, level, instance }));
        break;
      }
      case "table":
        out.push(tableOf(block.rows, ctx));
        break;
      case "notes": {
        // A library section's footnotes become Word footnotes, referenced from a line where they stood.
        const refs: ParagraphChild[] = [];
        for (const note of block.notes) {
          const id = Object.keys(ctx.footnotes).length + 1;
          ctx.footnotes[id] = { children: [new Paragraph(note)] };
          refs.push(new FootnoteReferenceRun(id));
        }
        out.push(new Paragraph({ children: refs }));
        break;
      }
    }
  });
  return out;
}

interface ListPlace {
  ordered: boolean;
  level: number;
  instance: number;
}

const border = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const borders = { top: border, bottom: border, left: border, right: border };

function tableOf(rows: { header: boolean; cells: Block[][] }[], ctx: Context): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (row) =>
        new TableRow({
          tableHeader: row.header,
          children: row.cells.map(
            (cell) =>
              new TableCell({
                borders,
                children: cell.length
                  ? paragraphsOf(row.header ? cell.map((b) => (b.kind === "paragraph" ? boldBlock(b) : b)) : cell, ctx)
                  : [new Paragraph("")],
              }),
          ),
        }),
    ),
  });
}

const boldBlock = (b: Extract<Block, { kind: "paragraph" }>): Block => ({
  ...b,
  runs: b.runs.map((r) => ({ ...r, bold: true })),
});

function signatureSection(page: SignaturePage): (Paragraph | Table)[] {
  const header = [page.columns.name, page.columns.capacity, page.columns.side, page.columns.signedAt];
  const cell = (text: string, bold = false) =>
    new TableCell({ borders, children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, text: page.heading }),
    page.signatures.length
      ? new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }),
            ...page.signatures.map(
              (s) => new TableRow({ children: [s.name, s.capacity, s.side, s.signedAt].map((t) => cell(t)) }),
            ),
          ],
        })
      : new Paragraph(page.empty),
    new Paragraph({ spacing: { before: 240 }, children: [new TextRun({ text: page.hashLabel, bold: true })] }),
    new Paragraph({ children: [new TextRun({ text: page.sha256, font: "DejaVu Sans Mono", size: 18 })] }),
    new Paragraph({ spacing: { before: 240 }, children: [new TextRun({ text: page.verifyLabel, bold: true })] }),
    new Paragraph({
      children: [
        new ExternalHyperlink({
          link: page.verifyUrl,
          children: [new TextRun({ text: page.verifyUrl, style: "Hyperlink" })],
        }),
      ],
    }),
  ];
}

const levels = (format: (typeof LevelFormat)[keyof typeof LevelFormat], text: (level: number) => string) =>
  Array.from({ length: MAX_LEVEL + 1 }, (_, level) => ({
    level,
    format,
    text: text(level),
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
  }));

export async function renderDocx(document: PrintableDocument): Promise<Buffer> {
  const ctx: Context = { footnotes: {}, nextList: 1 };
  const body = paragraphsOf(document.blocks, ctx);
  if (document.signaturePage) body.push(...signatureSection(document.signaturePage));
  const [before, after] = document.pageLabel.split("{n}") as [string, string?];
  const doc = new Document({
    title: document.title,
    creator: "Cooperation Platform",
    styles: { default: { document: { run: { font: FONT, size: 24 } } } },
    numbering: {
      config: [{ reference: "ordered", levels: levels(LevelFormat.DECIMAL, (l) => `%${l + 1}.`) }],
    },
    footnotes: ctx.footnotes,
    sections: [
      {
        properties: {
          page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 850 } }, // 20, 20, 30, 15 mm in twips
        },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ text: document.runningHead, size: 16, color: "555555" })],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    size: 16,
                    children: [
                      before,
                      PageNumber.CURRENT,
                      (after ?? "").split("{total}")[0] ?? "",
                      PageNumber.TOTAL_PAGES,
                      (after ?? "").split("{total}")[1] ?? "",
                    ],
                  }),
                ],
              }),
            ],
          }),
        },
        children: body,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
