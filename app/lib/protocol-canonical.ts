/**
 * The canonical form of a protocol's text (issue 10; STACK.md pitfall 16): what is frozen when a secretary
 * finalises it, hashed, and signed. Yjs bytes are not canonical (the same text typed in another order gives
 * other bytes), so the form is the ProseMirror JSON with every string in Unicode NFC, object keys sorted,
 * attributes without a value dropped, marks sorted, and neighbouring text runs with the same marks joined:
 * the same text from any edit history gives the same characters, hence the same SHA-256.
 */
import type { JSONContent } from "./protocol-json";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The canonical JSON text of a protocol document. */
export function canonicalProtocol(doc: JSONContent): string {
  return JSON.stringify(canonicalValue(normaliseNode(doc as Record<string, unknown>)));
}

function normaliseNode(node: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (value === undefined || value === null) continue;
    if (key === "attrs") {
      const attrs = Object.fromEntries(
        Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined && v !== null),
      );
      if (Object.keys(attrs).length) out.attrs = attrs;
    } else if (key === "marks") {
      const marks = (value as Record<string, unknown>[]).map(normaliseNode);
      marks.sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
      if (marks.length) out.marks = marks;
    } else if (key === "content") {
      const content = joinTextRuns((value as Record<string, unknown>[]).map(normaliseNode));
      if (content.length) out.content = content;
    } else out[key] = value;
  }
  return out;
}

const sortKey = (value: unknown) => JSON.stringify(canonicalValue(value));

/** Neighbouring text nodes with the same marks are one run; empty text nodes are nothing. */
function joinTextRuns(nodes: Record<string, unknown>[]): Record<string, unknown>[] {
  const joined: Record<string, unknown>[] = [];
  for (const node of nodes) {
    if (node.type === "text" && !node.text) continue;
    const last = joined[joined.length - 1];
    if (last && node.type === "text" && last.type === "text" && sortKey(last.marks ?? []) === sortKey(node.marks ?? []))
      joined[joined.length - 1] = { ...last, text: `${last.text as string}${node.text as string}` };
    else joined.push(node);
  }
  return joined;
}

function canonicalValue(value: unknown): Json {
  if (typeof value === "string") return value.normalize("NFC");
  if (typeof value === "number" || typeof value === "boolean" || value === null) return value;
  if (Array.isArray(value)) return value.map(canonicalValue);
  if (typeof value === "object" && value) {
    const out: { [key: string]: Json } = {};
    for (const key of Object.keys(value).sort())
      if ((value as Record<string, unknown>)[key] !== undefined)
        out[key.normalize("NFC")] = canonicalValue((value as Record<string, unknown>)[key]);
    return out;
  }
  return null;
}
