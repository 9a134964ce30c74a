/**
 * The decisions of a final protocol (issue 10; R4, R11 of shared/domain/README.md), read from its canonical
 * ProseMirror JSON. Pure. Under each agenda item the draft has the scaffold «СЛУШАЛИ / ВЫСТУПИЛИ / РЕШИЛИ»
 * (app/lib/protocol-draft.ts, in the body's working language); what the secretaries wrote under «РЕШИЛИ» is the
 * item's decisions: each list item, or else each paragraph, is one decision, keyed «<item>.<n>».
 */
import { protocolDraftEn } from "../locales/protocol-draft.en";
import { protocolDraftRu } from "../locales/protocol-draft.ru";
import { itemIdOfPart } from "./protocol-draft";
import { partOf, type JSONContent } from "./protocol-json";

export interface Decision {
  /** «2.1»: the second agenda item's first decision. */
  key: string;
  text: string;
}

export interface ItemDecisions {
  /** The item's number in the protocol (1, 2, …) and its agenda item id. */
  number: number;
  itemId: number;
  title: string;
  decisions: Decision[];
}

/** The scaffold's labels, in either working language, without the colon and case-folded. */
const label = (s: string) =>
  s
    .replace(/[:：]\s*$/, "")
    .trim()
    .toLocaleUpperCase("ru");
const DECIDED = new Set(
  [protocolDraftRu["protocolDraft.doc.decided"], protocolDraftEn["protocolDraft.doc.decided"]].map(label),
);
const OTHER_LABELS = new Set(
  [
    protocolDraftRu["protocolDraft.doc.heard"],
    protocolDraftRu["protocolDraft.doc.spoke"],
    protocolDraftEn["protocolDraft.doc.heard"],
    protocolDraftEn["protocolDraft.doc.spoke"],
  ].map(label),
);

/** The plain text of a node, its blocks joined by a space. */
export function textOfNode(node: JSONContent): string {
  if (node.type === "text") return node.text ?? "";
  if (node.type === "hardBreak") return " ";
  const parts = (node.content ?? []).map(textOfNode);
  const inline = node.type === "paragraph" || node.type === "heading";
  return (inline ? parts.join("") : parts.join(" ")).replace(/\s+/g, " ").trim();
}

/** «1. Одобрить …», «1) Одобрить …», «2.1. …»: the numbering typed by hand is the key's job, not the text's. */
const stripNumbering = (text: string) => text.replace(/^\d{1,3}(?:\.\d{1,3})*[.)]\s+/, "").trim();

/** Which scaffold label a block is («РЕШИЛИ: …» may carry its first decision on the same line). */
function labelOf(block: JSONContent): { kind: "decided" | "other"; rest: string } | null {
  if (block.type !== "paragraph" && block.type !== "heading") return null;
  const text = textOfNode(block);
  const match = /^([\p{L} ]{3,20}?)\s*[:：]\s*(.*)$/u.exec(text) ?? /^([\p{L}]{3,20})$/u.exec(text);
  if (!match) return null;
  const word = label(match[1]!);
  if (DECIDED.has(word)) return { kind: "decided", rest: (match[2] ?? "").trim() };
  if (OTHER_LABELS.has(word)) return { kind: "other", rest: "" };
  return null;
}

/** One decision per list item, or per non-empty paragraph (a table or a quote is one decision). */
function decisionTexts(block: JSONContent): string[] {
  if (block.type === "bulletList" || block.type === "orderedList")
    return (block.content ?? []).flatMap((item) => {
      const text = stripNumbering(textOfNode(item));
      return text ? [text] : [];
    });
  const text = stripNumbering(textOfNode(block));
  return text ? [text] : [];
}

/**
 * R11 (3.10): the decisions of a final protocol, per agenda item. R9 (3.7): a session without quorum decides
 * nothing, so its protocol yields none, whatever was typed under «РЕШИЛИ».
 */
export function decisionsOfProtocol(doc: JSONContent, quorate: boolean): ItemDecisions[] {
  if (!quorate) return [];
  const items: ItemDecisions[] = [];
  let current: ItemDecisions | null = null;
  let inDecided = false;
  for (const block of doc.content ?? []) {
    const part = partOf(block);
    if (part !== null) {
      const itemId = itemIdOfPart(part);
      inDecided = false;
      current = null;
      if (itemId !== null) {
        const heading = (block.content ?? []).find((b) => b.type === "heading");
        current = { number: items.length + 1, itemId, title: heading ? textOfNode(heading) : "", decisions: [] };
        items.push(current);
      }
      continue;
    }
    if (!current) continue;
    const marker = labelOf(block);
    if (marker) {
      inDecided = marker.kind === "decided";
      if (inDecided && marker.rest) addDecisions(current, [stripNumbering(marker.rest)]);
      continue;
    }
    if (inDecided) addDecisions(current, decisionTexts(block));
  }
  return items;
}

function addDecisions(item: ItemDecisions, texts: string[]): void {
  for (const text of texts) item.decisions.push({ key: `${item.number}.${item.decisions.length + 1}`, text });
}

/** The decisions of a final, from its stored canonical text. */
export function decisionsOfFinal(final: { canonical: string; quorate: boolean }): ItemDecisions[] {
  return decisionsOfProtocol(JSON.parse(final.canonical) as JSONContent, final.quorate);
}

/** One decision by its key, or null. */
export function findDecision(items: readonly ItemDecisions[], key: string): Decision | null {
  for (const item of items) for (const d of item.decisions) if (d.key === key) return d;
  return null;
}
