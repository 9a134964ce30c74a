/** A ProseMirror document as JSON (what `yXmlFragmentToProsemirrorJSON` gives): the server renders it read-only. */
export interface ProseMark {
  type: string;
  attrs?: Record<string, unknown>;
}
export interface ProseNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: ProseNode[];
  text?: string;
  marks?: ProseMark[];
}

/** Whether the document has any text at all. */
export function isEmptyDraft(doc: ProseNode): boolean {
  const hasText = (n: ProseNode): boolean => Boolean(n.text?.trim()) || (n.content ?? []).some(hasText);
  return !hasText(doc);
}
