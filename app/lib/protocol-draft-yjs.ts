/**
 * The protocol's Yjs document read as ProseMirror JSON, and a refresh plan carried out on it (decision 0016).
 * Only the blocks the plan writes are touched: a kept block is the very same Yjs element afterwards, so typed
 * text keeps its identity (and the cursors and comments anchored in it) and a concurrent keystroke still lands.
 */
import * as Y from "yjs";
import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProsemirrorJSON } from "@tiptap/y-tiptap";
import { PROTOCOL_FRAGMENT } from "./protocol-room";
import { protocolSchema } from "./protocol-schema";
import type { JSONContent } from "./protocol-json";
import type { RefreshPlan } from "./protocol-draft-refresh";

export const protocolFragment = (doc: Y.Doc) => doc.getXmlFragment(PROTOCOL_FRAGMENT);

/** The document as ProseMirror JSON (`{ type: "doc", content }`). */
export function protocolJSON(doc: Y.Doc): JSONContent {
  return yXmlFragmentToProsemirrorJSON(protocolFragment(doc)) as JSONContent;
}

/** Blocks as Yjs elements not yet in any document (written in a scratch document, then cloned). */
function elementsOf(blocks: readonly JSONContent[]): Y.XmlElement[] {
  if (!blocks.length) return [];
  const scratch = new Y.Doc();
  const fragment = scratch.getXmlFragment(PROTOCOL_FRAGMENT);
  prosemirrorJSONToYXmlFragment(protocolSchema(), { type: "doc", content: blocks }, fragment);
  const elements = fragment.toArray().map((e) => (e as Y.XmlElement).clone());
  scratch.destroy();
  return elements;
}

/** Blocks as they read back from Yjs (attribute order, defaults): what a freshly generated block is compared as. */
export function asStored(blocks: readonly JSONContent[]): JSONContent[] {
  if (!blocks.length) return [];
  const scratch = new Y.Doc();
  const fragment = scratch.getXmlFragment(PROTOCOL_FRAGMENT);
  prosemirrorJSONToYXmlFragment(protocolSchema(), { type: "doc", content: blocks }, fragment);
  const json = yXmlFragmentToProsemirrorJSON(fragment) as JSONContent;
  scratch.destroy();
  return json.content ?? [];
}

/** Writes a whole document into an empty one (the generated first text). */
export function writeDocument(doc: Y.Doc, json: JSONContent): void {
  prosemirrorJSONToYXmlFragment(protocolSchema(), json, protocolFragment(doc));
}

/**
 * Carries out the plan: blocks of the current document that are not kept are deleted, written blocks are
 * inserted where the plan puts them; kept blocks are never deleted and re-inserted. Call inside `doc.transact`.
 */
export function applyRefreshPlan(doc: Y.Doc, plan: RefreshPlan): void {
  const fragment = protocolFragment(doc);
  const originalLength = fragment.length;
  let at = 0; // position in the live fragment
  let next = 0; // the next original block not yet dealt with
  const pending: JSONContent[] = [];
  const flush = () => {
    if (!pending.length) return;
    const elements = elementsOf(pending);
    fragment.insert(at, elements);
    at += elements.length;
    pending.length = 0;
  };
  for (const block of plan.blocks) {
    if ("write" in block) {
      pending.push(block.write);
      continue;
    }
    if (block.keep < next) throw new RangeError("a refresh plan never moves a kept block");
    flush();
    if (block.keep > next) fragment.delete(at, block.keep - next);
    at += 1;
    next = block.keep + 1;
  }
  flush();
  if (originalLength > next) fragment.delete(at, originalLength - next);
}
