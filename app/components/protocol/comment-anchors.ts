/**
 * A comment's passage in the live text: made from the reader's selection as two Yjs relative positions (they
 * follow the words through everyone's edits), and found again to highlight it.
 */
import { Extension, type Editor } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import {
  absolutePositionToRelativePosition,
  relativePositionToAbsolutePosition,
  ySyncPluginKey,
} from "@tiptap/y-tiptap";
import { decodeAnchor, encodeAnchor, quoteOf } from "~/lib/protocol-comment-rules";

export interface Anchor {
  anchorStart: string;
  anchorEnd: string;
  quote: string;
}

/** The selected passage of the editor as an anchor, or null when nothing (or nothing in the editor) is selected. */
export function anchorOfSelection(editor: Editor): Anchor | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const dom = editor.view.dom;
  if (!dom.contains(range.startContainer) || !dom.contains(range.endContainer)) return null;
  // From the DOM, not from ProseMirror's selection: a read-only editor does not track one.
  let from: number, to: number;
  try {
    from = editor.view.posAtDOM(range.startContainer, range.startOffset);
    to = editor.view.posAtDOM(range.endContainer, range.endOffset);
  } catch {
    return null;
  }
  if (to < from) [from, to] = [to, from];
  const quote = quoteOf(editor.state.doc.textBetween(from, to, " "));
  const sync = ySyncPluginKey.getState(editor.state);
  if (!quote || !sync?.binding) return null;
  const relative = (pos: number) => absolutePositionToRelativePosition(pos, sync.type, sync.binding.mapping);
  return { anchorStart: encodeAnchor(relative(from)), anchorEnd: encodeAnchor(relative(to)), quote };
}

const highlightKey = new PluginKey<Anchor | null>("protocolCommentHighlight");

/** Where the passage is now, or null when it has been deleted. */
function rangeOf(editor: Editor["state"], anchor: Anchor): { from: number; to: number } | null {
  const sync = ySyncPluginKey.getState(editor);
  const [start, end] = [decodeAnchor(anchor.anchorStart), decodeAnchor(anchor.anchorEnd)];
  if (!sync?.binding || !start || !end) return null;
  const absolute = (p: typeof start) =>
    relativePositionToAbsolutePosition(sync.doc, sync.type, p, sync.binding.mapping);
  const from = absolute(start);
  const to = absolute(end);
  return from === null || to === null || to <= from ? null : { from, to };
}

/** Highlights one comment's passage (the one chosen in the side panel). */
export const CommentHighlight = Extension.create({
  name: "commentHighlight",
  addProseMirrorPlugins() {
    return [
      new Plugin<Anchor | null>({
        key: highlightKey,
        state: {
          init: () => null,
          apply: (tr, value) => {
            const next = tr.getMeta(highlightKey);
            return next === undefined ? value : (next as Anchor | null);
          },
        },
        props: {
          decorations(state) {
            const anchor = highlightKey.getState(state);
            const range = anchor && rangeOf(state, anchor);
            if (!range) return DecorationSet.empty;
            return DecorationSet.create(state.doc, [
              Decoration.inline(range.from, range.to, { class: "protocol-comment-mark" }),
            ]);
          },
        },
      }),
    ];
  },
});

/**
 * Highlights the passage and scrolls to it; false when it is no longer in the text. Scrolling a non-editable
 * view through its selection does nothing, so the marked element itself is scrolled into view.
 */
export function showPassage(editor: Editor, anchor: Anchor | null): boolean {
  editor.view.dispatch(editor.state.tr.setMeta(highlightKey, anchor));
  if (!anchor) return true;
  const range = rangeOf(editor.state, anchor);
  if (!range) return false;
  editor.view.dom.querySelector(".protocol-comment-mark")?.scrollIntoView({ block: "center", behavior: "smooth" });
  return true;
}
