/**
 * "Refresh the generated parts" as a plan over the top-level blocks of a protocol (decision 0016). Pure: the
 * plan says, block by block, what stays and what is written, and db/commands/protocols/regenerate.ts carries it
 * out on the Yjs document. What is typed is never in the plan's hands: every block outside a generated part is
 * kept, in place, untouched; nothing is ever moved (moving in Yjs is delete and insert, and would lose a
 * concurrent keystroke in the moved text).
 */
import { ANNEX, headParts, itemIdOfPart, itemPart, type ProtocolDraft } from "./protocol-draft";
import { partOf, type JSONContent } from "./protocol-json";

/** The refreshed document, block by block: a block of the current one kept as it is, or a block written anew. */
export type PlannedBlock = { keep: number; part: string | null } | { write: JSONContent; part: string | null };

export interface RefreshPlan {
  blocks: PlannedBlock[];
  /** Parts whose content was rewritten, added, or taken out because they no longer apply (no guests, no annex). */
  rewritten: string[];
  added: string[];
  removed: string[];
  /** Agenda items no longer on the agenda: their heading is kept as typed text, and so is everything under it. */
  itemsKeptAsText: number[];
}

export function planRefresh(
  current: readonly JSONContent[],
  draft: ProtocolDraft,
  same: (a: JSONContent, b: JSONContent) => boolean,
): RefreshPlan {
  const plan: RefreshPlan = { blocks: [], rewritten: [], added: [], removed: [], itemsKeptAsText: [] };
  const fresh = new Map<string, JSONContent>(draft.head.map((h) => [h.part, h.node]));
  for (const item of draft.items) fresh.set(itemPart(item.itemId), item.node);
  if (draft.annex) fresh.set(ANNEX, draft.annex);
  const seen = new Set<string>();
  const unwrap = (block: JSONContent) => {
    for (const child of block.content ?? []) plan.blocks.push({ write: child, part: null });
  };

  current.forEach((block, index) => {
    const part = partOf(block);
    if (part === null) return plan.blocks.push({ keep: index, part: null });
    // A second copy of a part (pasted): its words become typed text; the first copy is the one refreshed.
    if (seen.has(part)) return unwrap(block);
    seen.add(part);
    const node = fresh.get(part);
    const itemId = itemIdOfPart(part);
    if (node) {
      if (same(block, node)) return plan.blocks.push({ keep: index, part });
      plan.rewritten.push(part);
      return plan.blocks.push({ write: node, part });
    }
    if (itemId !== null) {
      // An item taken off the agenda since: what was written under it stays, and so does its heading, as text.
      plan.itemsKeptAsText.push(itemId);
      return unwrap(block);
    }
    if ((headParts as readonly string[]).includes(part) || part === ANNEX) {
      plan.removed.push(part);
      return;
    }
    plan.blocks.push({ keep: index, part }); // a part this version does not know: not ours to touch
  });

  // Fixed parts missing (deleted by hand, or newly applicable): after the nearest earlier fixed part, or first.
  headParts.forEach((part, order) => {
    const node = fresh.get(part);
    if (!node || seen.has(part)) return;
    const earlier = new Set<string>(headParts.slice(0, order));
    const after = lastIndexWhere(plan.blocks, (b) => b.part !== null && earlier.has(b.part));
    plan.blocks.splice(after + 1, 0, { write: node, part });
    plan.added.push(part);
  });

  // Items new on the agenda: after the text of the item before them, else before the first item or the annex.
  draft.items.forEach((item, order) => {
    const part = itemPart(item.itemId);
    if (seen.has(part)) return;
    const written: PlannedBlock[] = [
      { write: item.node, part },
      ...item.scaffold.map((s) => ({ write: s, part: null })),
    ];
    const previous = draft.items
      .slice(0, order)
      .map((i) => itemPart(i.itemId))
      .reverse()
      .map((p) => plan.blocks.findIndex((b) => b.part === p))
      .find((i) => i >= 0);
    let at: number;
    if (previous !== undefined) {
      const next = plan.blocks.findIndex((b, i) => i > previous && isSectionStart(b.part));
      at = next < 0 ? plan.blocks.length : next;
    } else {
      const next = plan.blocks.findIndex((b) => isSectionStart(b.part));
      at = next < 0 ? plan.blocks.length : next;
    }
    plan.blocks.splice(at, 0, ...written);
    plan.added.push(part);
  });

  if (draft.annex && !seen.has(ANNEX)) {
    plan.blocks.push({ write: draft.annex, part: ANNEX });
    plan.added.push(ANNEX);
  }
  return plan;
}

const isSectionStart = (part: string | null) => part !== null && (part === ANNEX || itemIdOfPart(part) !== null);

function lastIndexWhere<T>(list: readonly T[], test: (t: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i]!)) return i;
  return -1;
}

/** Whether the plan changes anything at all. */
export const planChanges = (plan: RefreshPlan, currentLength: number) =>
  plan.blocks.length !== currentLength || plan.blocks.some((b, i) => !("keep" in b) || b.keep !== i);
