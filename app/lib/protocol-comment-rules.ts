/**
 * What a comment on the protocol draft must be (R13, 3.4 б: members comment, the secretaries resolve): its text,
 * the quoted passage, and the passage's anchor, two Yjs relative positions that keep pointing at the same words
 * however the text around them changes.
 */
import * as Y from "yjs";
import type { MessageKey } from "./i18n-core";
import { textLimits, textProblem } from "./text-rules";

/** A comment is a short text (2,000 characters, as browsers count `maxlength`). */
export const COMMENT_MAX = textLimits.shortText;
/** The quote is what the passage said then; a longer selection is quoted cut, with an ellipsis. */
export const QUOTE_MAX = 1000;
/** An encoded relative position is a few dozen bytes; anything much longer is not one. */
const ANCHOR_MAX = 256;

export interface CommentInput {
  anchorStart: string;
  anchorEnd: string;
  quote: string;
  text: string;
}

export type CommentProblem = { key: MessageKey; params?: Record<string, number>; field: string };

/** The relative position a base64 anchor encodes, or null when it is not exactly one (canonical encoding). */
export function decodeAnchor(anchor: string): Y.RelativePosition | null {
  if (anchor.length === 0 || anchor.length > ANCHOR_MAX || !/^[A-Za-z0-9+/]+={0,2}$/.test(anchor)) return null;
  try {
    const bytes = Uint8Array.from(atob(anchor), (c) => c.charCodeAt(0));
    const position = Y.decodeRelativePosition(bytes);
    const again = Y.encodeRelativePosition(position);
    if (again.length !== bytes.length || again.some((b, i) => b !== bytes[i])) return null;
    return position;
  } catch {
    return null;
  }
}

/** base64 of an encoded relative position: what the form sends and the database keeps. */
export function encodeAnchor(position: Y.RelativePosition): string {
  let binary = "";
  for (const byte of Y.encodeRelativePosition(position)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** The cleaned comment, or the first thing wrong with it (in the order a person would fix it). */
export function checkComment(
  input: CommentInput,
): { ok: true; value: CommentInput } | { ok: false; problem: CommentProblem } {
  const text = input.text.replace(/\r\n?/g, "\n").trim();
  const quote = input.quote.trim();
  const wrong = textProblem(text, "shortText", { required: true });
  if (wrong === "field.required")
    return { ok: false, problem: { key: "protocolEditor.comments.error.empty", field: "text" } };
  if (wrong === "input.hiddenCharacters") return { ok: false, problem: { key: wrong, field: "text" } };
  if (wrong)
    return {
      ok: false,
      problem: { key: "protocolEditor.comments.error.tooLong", params: { max: COMMENT_MAX }, field: "text" },
    };
  if (quote.length === 0 || [...quote].length > QUOTE_MAX + 1 || textProblem(quote, "longText"))
    return {
      ok: false,
      problem: { key: "protocolEditor.comments.error.quote", params: { max: QUOTE_MAX }, field: "quote" },
    };
  if (!decodeAnchor(input.anchorStart) || !decodeAnchor(input.anchorEnd))
    return { ok: false, problem: { key: "protocolEditor.comments.error.anchor", field: "quote" } };
  return { ok: true, value: { ...input, text, quote } };
}

/** A selection's text as the comment quotes it: whitespace folded, cut at QUOTE_MAX with an ellipsis. */
export function quoteOf(selected: string): string {
  const folded = selected.replace(/\s+/g, " ").trim();
  const chars = [...folded];
  return chars.length > QUOTE_MAX ? `${chars.slice(0, QUOTE_MAX).join("")}…` : folded;
}
