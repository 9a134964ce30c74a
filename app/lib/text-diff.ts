/**
 * Comparing two texts of a protocol (a named version with the current text): the document as lines, one per
 * block (a paragraph, a heading, a list item's paragraph, a table cell's paragraph), the lines compared as
 * wholes, and a changed line compared word by word. Pure; the page renders the result with <ins> and <del>.
 */
import type { JSONContent } from "./protocol-json";

export type BlockKind = "heading" | "paragraph" | "item" | "cell";
export interface DiffLine {
  kind: BlockKind;
  text: string;
}

export type WordPart = { op: "same" | "added" | "removed"; text: string };
export type BlockDiff =
  | { op: "same" | "added" | "removed"; kind: BlockKind; text: string }
  | { op: "changed"; kind: BlockKind; parts: WordPart[] };

/** The document's text blocks, in reading order; an empty paragraph is no line. */
export function linesOf(doc: JSONContent): DiffLine[] {
  const lines: DiffLine[] = [];
  const walk = (node: JSONContent, kind: BlockKind) => {
    if (node.type === "paragraph" || node.type === "heading") {
      const text = inlineText(node);
      if (text.trim()) lines.push({ kind: node.type === "heading" ? "heading" : kind, text });
      return;
    }
    const inner: BlockKind =
      node.type === "listItem" ? "item" : node.type === "tableCell" || node.type === "tableHeader" ? "cell" : kind;
    for (const child of node.content ?? []) walk(child, inner);
  };
  walk(doc, "paragraph");
  return lines;
}

function inlineText(node: JSONContent): string {
  return (node.content ?? [])
    .map((c) => (c.type === "text" ? (c.text ?? "") : c.type === "hardBreak" ? "\n" : ""))
    .join("");
}

type Op<T> = { op: "same"; a: T; b: T } | { op: "removed"; a: T } | { op: "added"; b: T };

// Beyond this many cells the table would cost too much memory: the middle is then shown as removed and added.
const MAX_CELLS = 4_000_000;

/** The longest common subsequence of two lists, as the operations that turn `a` into `b`. */
export function sequenceDiff<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): Op<T>[] {
  let start = 0;
  while (start < a.length && start < b.length && same(a[start]!, b[start]!)) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && same(a[endA - 1]!, b[endB - 1]!)) {
    endA--;
    endB--;
  }
  const head: Op<T>[] = a.slice(0, start).map((x, i) => ({ op: "same", a: x, b: b[i]! }));
  const tail: Op<T>[] = a.slice(endA).map((x, i) => ({ op: "same", a: x, b: b[endB + i]! }));
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const n = midA.length;
  const m = midB.length;
  const middle: Op<T>[] = [];
  if (n * m > MAX_CELLS) {
    middle.push(
      ...midA.map((x): Op<T> => ({ op: "removed", a: x })),
      ...midB.map((y): Op<T> => ({ op: "added", b: y })),
    );
    return [...head, ...middle, ...tail];
  }
  // lengths[i][j]: the LCS of midA[i..] and midB[j..], in one flat array.
  const lengths = new Uint32Array((n + 1) * (m + 1));
  const at = (i: number, j: number) => i * (m + 1) + j;
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lengths[at(i, j)] = same(midA[i]!, midB[j]!)
        ? lengths[at(i + 1, j + 1)]! + 1
        : Math.max(lengths[at(i + 1, j)]!, lengths[at(i, j + 1)]!);
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (same(midA[i]!, midB[j]!)) middle.push({ op: "same", a: midA[i++]!, b: midB[j++]! });
    else if (lengths[at(i + 1, j)]! >= lengths[at(i, j + 1)]!) middle.push({ op: "removed", a: midA[i++]! });
    else middle.push({ op: "added", b: midB[j++]! });
  }
  while (i < n) middle.push({ op: "removed", a: midA[i++]! });
  while (j < m) middle.push({ op: "added", b: midB[j++]! });
  return [...head, ...middle, ...tail];
}

/** Words and the spaces between them, so that joining the tokens gives the text back exactly. */
const tokens = (text: string) => text.split(/(\s+)/).filter((t) => t !== "");

/** A line compared word by word; neighbouring parts of the same kind are joined. */
export function wordDiff(before: string, after: string): WordPart[] {
  const parts: WordPart[] = [];
  for (const op of sequenceDiff(tokens(before), tokens(after), (x, y) => x === y)) {
    const text = op.op === "added" ? op.b : op.a;
    const last = parts[parts.length - 1];
    if (last && last.op === op.op) last.text += text;
    else parts.push({ op: op.op, text });
  }
  return parts;
}

/** How much of two lines is the same, by words (0–1): lines that share little are shown as removed and added. */
function likeness(a: string, b: string): number {
  const words = (s: string) => tokens(s).filter((t) => t.trim());
  const total = Math.max(words(a).length, words(b).length);
  if (!total) return 1;
  const same = sequenceDiff(words(a), words(b), (x, y) => x === y).filter((o) => o.op === "same").length;
  return same / total;
}

/** Two texts compared block by block; within a run of changes, a removed line and an added one alike are one change. */
export function diffTexts(before: readonly DiffLine[], after: readonly DiffLine[]): BlockDiff[] {
  const ops = sequenceDiff(before, after, (x, y) => x.kind === y.kind && x.text === y.text);
  const result: BlockDiff[] = [];
  let removed: DiffLine[] = [];
  let added: DiffLine[] = [];
  const flush = () => {
    const pairs = Math.min(removed.length, added.length);
    const leftRemoved: DiffLine[] = [];
    const leftAdded: DiffLine[] = [];
    for (let k = 0; k < pairs; k++) {
      const a = removed[k]!;
      const b = added[k]!;
      if (a.kind === b.kind && likeness(a.text, b.text) >= 0.4)
        result.push({ op: "changed", kind: b.kind, parts: wordDiff(a.text, b.text) });
      else {
        leftRemoved.push(a);
        leftAdded.push(b);
      }
    }
    for (const line of [...leftRemoved, ...removed.slice(pairs)]) result.push({ op: "removed", ...line });
    for (const line of [...leftAdded, ...added.slice(pairs)]) result.push({ op: "added", ...line });
    removed = [];
    added = [];
  };
  for (const op of ops) {
    if (op.op === "removed") removed.push(op.a);
    else if (op.op === "added") added.push(op.b);
    else {
      flush();
      result.push({ op: "same", ...op.b });
    }
  }
  flush();
  return result;
}

/** How many blocks were added, removed and changed (the summary above a comparison). */
export function diffSummary(diff: readonly BlockDiff[]) {
  return {
    added: diff.filter((d) => d.op === "added").length,
    removed: diff.filter((d) => d.op === "removed").length,
    changed: diff.filter((d) => d.op === "changed").length,
  };
}
