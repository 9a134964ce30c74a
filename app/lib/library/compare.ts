/**
 * Two editions of a library document compared (issue 11): section by section first (a section is the same
 * section in both when its number, else its heading, is the same), then, within a section kept, paragraph by
 * paragraph and word by word with the protocol's comparison (`text-diff.ts`). Pure.
 */
import { diffTexts, sequenceDiff, wordDiff, type BlockDiff, type DiffLine, type WordPart } from "../text-diff";
import type { SectionInput } from "./structure";

export type ComparedSection = Pick<SectionInput, "level" | "number" | "heading" | "body" | "footnotes">;

export interface SectionDiff {
  op: "same" | "changed" | "added" | "removed";
  level: number;
  number: string;
  /** The heading word by word (only `same` parts when it did not change). */
  heading: WordPart[];
  blocks: BlockDiff[];
}

const key = (s: ComparedSection) => s.number || s.heading;
const linesOf = (s: ComparedSection): DiffLine[] => [
  ...s.body
    .split("\n\n")
    .filter((p) => p.trim())
    .map((text): DiffLine => ({ kind: "paragraph", text })),
  ...s.footnotes.map((text): DiffLine => ({ kind: "item", text })),
];

export function compareEditions(before: readonly ComparedSection[], after: readonly ComparedSection[]): SectionDiff[] {
  return sequenceDiff(before, after, (a, b) => key(a) === key(b)).map((op): SectionDiff => {
    if (op.op === "added" || op.op === "removed") {
      const s = op.op === "added" ? op.b : op.a;
      const blocks = linesOf(s).map((l): BlockDiff => ({ op: op.op, ...l }));
      return { op: op.op, level: s.level, number: s.number, heading: [{ op: op.op, text: s.heading }], blocks };
    }
    const heading =
      op.a.heading === op.b.heading
        ? [{ op: "same" as const, text: op.b.heading }]
        : wordDiff(op.a.heading, op.b.heading);
    const blocks = diffTexts(linesOf(op.a), linesOf(op.b));
    const changed = heading.some((p) => p.op !== "same") || blocks.some((b) => b.op !== "same");
    return { op: changed ? "changed" : "same", level: op.b.level, number: op.b.number, heading, blocks };
  });
}

/** How many sections were added, removed and changed (the summary above the comparison). */
export function comparisonSummary(diff: readonly SectionDiff[]) {
  const count = (op: SectionDiff["op"]) => diff.filter((d) => d.op === op).length;
  return { added: count("added"), removed: count("removed"), changed: count("changed") };
}
