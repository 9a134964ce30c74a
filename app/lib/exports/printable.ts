/**
 * One printable model for every export (issue 10: protocols; issue 11: library editions): the PDF and DOCX
 * writers draw these blocks and know nothing of ProseMirror or of library sections. Pure.
 */
import type { JSONContent } from "../protocol-json";

type ProseNode = JSONContent;
type ProseMark = NonNullable<JSONContent["marks"]>[number];

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** An http(s) or mailto address; anything else is printed as plain text. */
  link?: string;
  /** A line break after this run (ProseMirror's hardBreak). */
  breakAfter?: boolean;
}

export type Block =
  | { kind: "heading"; level: 1 | 2 | 3; runs: Run[] }
  | { kind: "paragraph"; runs: Run[] }
  | { kind: "list"; ordered: boolean; start: number; items: Block[][] }
  | { kind: "table"; rows: { header: boolean; cells: Block[][] }[] }
  | { kind: "notes"; notes: string[] };

const SAFE_LINK = /^(https?:|mailto:)/i;

function runsOf(nodes: readonly ProseNode[] | undefined): Run[] {
  const runs: Run[] = [];
  for (const node of nodes ?? []) {
    if (node.type === "hardBreak") {
      const last = runs[runs.length - 1];
      if (last) last.breakAfter = true;
      else runs.push({ text: "", breakAfter: true });
    } else if (node.type === "text" && node.text) runs.push(runOf(node.text, node.marks ?? []));
  }
  return runs;
}

function runOf(text: string, marks: readonly ProseMark[]): Run {
  const run: Run = { text };
  for (const mark of marks) {
    if (mark.type === "bold") run.bold = true;
    else if (mark.type === "italic") run.italic = true;
    else if (mark.type === "link" && typeof mark.attrs?.href === "string" && SAFE_LINK.test(mark.attrs.href))
      run.link = mark.attrs.href;
  }
  return run;
}

/** A protocol's text (ProseMirror JSON of `protocolSchema()`) as printable blocks; generated parts are unwrapped. */
export function blocksOfProse(node: ProseNode): Block[] {
  switch (node.type) {
    case "doc":
    case "generatedPart":
    case "blockquote":
      return (node.content ?? []).flatMap(blocksOfProse);
    case "heading": {
      const level = Number(node.attrs?.level ?? 1);
      return [{ kind: "heading", level: level <= 1 ? 1 : level === 2 ? 2 : 3, runs: runsOf(node.content) }];
    }
    case "paragraph":
      return [{ kind: "paragraph", runs: runsOf(node.content) }];
    case "bulletList":
    case "orderedList":
      return [
        {
          kind: "list",
          ordered: node.type === "orderedList",
          start: Number(node.attrs?.start ?? 1) || 1,
          items: (node.content ?? []).map((item) => (item.content ?? []).flatMap(blocksOfProse)),
        },
      ];
    case "table":
      return [
        {
          kind: "table",
          rows: (node.content ?? []).map((row) => ({
            header: (row.content ?? []).every((cell) => cell.type === "tableHeader"),
            cells: (row.content ?? []).map((cell) => (cell.content ?? []).flatMap(blocksOfProse)),
          })),
        },
      ];
    case "horizontalRule":
      return [{ kind: "paragraph", runs: [{ text: "* * *" }] }];
    default:
      // A node this schema does not know (never written by the editor): its text is kept, not its shape.
      return node.text
        ? [{ kind: "paragraph", runs: [{ text: node.text }] }]
        : (node.content ?? []).flatMap(blocksOfProse);
  }
}

/** A library edition's sections (level, number, heading, paragraphs separated by blank lines, footnotes). */
export interface PrintableSection {
  level: number;
  number: string;
  heading: string;
  body: string;
  footnotes: readonly string[];
}

export function blocksOfSections(sections: readonly PrintableSection[]): Block[] {
  const blocks: Block[] = [];
  for (const s of sections) {
    const title = [s.number, s.heading].filter(Boolean).join(". ");
    if (title) blocks.push({ kind: "heading", level: s.level <= 1 ? 2 : 3, runs: [{ text: title, bold: true }] });
    for (const text of s.body.split(/\n{2,}/)) if (text.trim()) blocks.push({ kind: "paragraph", runs: [{ text }] });
    if (s.footnotes.length) blocks.push({ kind: "notes", notes: [...s.footnotes] });
  }
  return blocks;
}

/** The text of blocks, in reading order (what a reader of the file would extract). */
export function plainText(blocks: readonly Block[]): string {
  const lines: string[] = [];
  const walk = (list: readonly Block[]) => {
    for (const b of list) {
      if (b.kind === "heading" || b.kind === "paragraph") lines.push(b.runs.map((r) => r.text).join(""));
      else if (b.kind === "list") b.items.forEach(walk);
      else if (b.kind === "table") b.rows.forEach((r) => r.cells.forEach(walk));
      else lines.push(...b.notes);
    }
  };
  walk(blocks);
  return lines.join("\n");
}
