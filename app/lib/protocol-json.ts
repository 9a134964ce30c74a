// ProseMirror JSON of a protocol document, built and read without an editor (server and tests).
import type { JSONContent } from "@tiptap/core";

export type { JSONContent };

const bold = [{ type: "bold" }];

/** A paragraph of plain text (an empty one when the text is empty: ProseMirror refuses empty text nodes). */
export function paragraph(text: string, options: { bold?: boolean } = {}): JSONContent {
  if (!text) return { type: "paragraph" };
  return { type: "paragraph", content: [{ type: "text", text, ...(options.bold ? { marks: bold } : {}) }] };
}

export function heading(level: 1 | 2 | 3, text: string): JSONContent {
  return { type: "heading", attrs: { level }, content: [{ type: "text", text }] };
}

function list(type: "bulletList" | "orderedList", lines: readonly string[]): JSONContent {
  return { type, content: lines.map((line) => ({ type: "listItem", content: [paragraph(line)] })) };
}

export const bulletList = (lines: readonly string[]) => list("bulletList", lines);
export const orderedList = (lines: readonly string[]) => list("orderedList", lines);

/** A generated part (decision 0016): the refresh rewrites its content, and only its content. */
export function generatedPart(part: string, content: JSONContent[]): JSONContent {
  return { type: "generatedPart", attrs: { part }, content };
}

/** The part name of a top-level block, or null for typed text. */
export function partOf(block: JSONContent): string | null {
  if (block.type !== "generatedPart") return null;
  const part = block.attrs?.part;
  return typeof part === "string" && part ? part : null;
}

/** JSON compared by value, keys in any order: attrs read back from Yjs come in another order than written. */
export function sameContent(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>)
            .filter(([, x]) => x !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}
