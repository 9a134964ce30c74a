/**
 * The draft as plain, read-only HTML, rendered on the server from the document's ProseMirror JSON: what a page
 * without JavaScript shows, and what shows before the live editor has loaded. Built from React elements, so every
 * string is escaped; only the node and mark types of the protocol schema are drawn, links only to http(s)/mailto.
 */
import { createElement, type ReactNode } from "react";
import type { ProseNode } from "~/lib/prose-json";

const blocks: Record<string, string> = {
  paragraph: "p",
  bulletList: "ul",
  orderedList: "ol",
  listItem: "li",
  blockquote: "blockquote",
  table: "table",
  tableRow: "tr",
  tableCell: "td",
  tableHeader: "th",
};
const marks: Record<string, string> = { bold: "strong", italic: "em", strike: "s", underline: "u", code: "code" };

const safeHref = (href: unknown) =>
  typeof href === "string" && /^(https?:\/\/|mailto:)/i.test(href.trim()) ? href.trim() : null;

const span = (value: unknown) =>
  typeof value === "number" && Number.isInteger(value) && value > 1 ? value : undefined;

function renderText(node: ProseNode, key: number): ReactNode {
  let out: ReactNode = node.text ?? "";
  for (const mark of node.marks ?? []) {
    if (mark.type === "link") {
      const href = safeHref(mark.attrs?.href);
      out = href ? createElement("a", { href, rel: "noopener noreferrer nofollow" }, out) : out;
    } else if (marks[mark.type]) out = createElement(marks[mark.type]!, null, out);
  }
  return createElement("span", { key }, out);
}

function renderNode(node: ProseNode, key: number): ReactNode {
  const children = (node.content ?? []).map(renderNode);
  switch (node.type) {
    case "text":
      return renderText(node, key);
    case "hardBreak":
      return createElement("br", { key });
    case "horizontalRule":
      return createElement("hr", { key });
    case "heading": {
      const level = Math.min(Math.max(Number(node.attrs?.level) || 2, 1), 6);
      return createElement(`h${level}`, { key }, children);
    }
    case "table":
      return createElement("table", { key }, createElement("tbody", null, children));
    case "tableCell":
    case "tableHeader":
      return createElement(
        blocks[node.type]!,
        { key, colSpan: span(node.attrs?.colspan), rowSpan: span(node.attrs?.rowspan) },
        children,
      );
    case "orderedList": {
      const start = Number(node.attrs?.start);
      return createElement("ol", { key, start: Number.isInteger(start) && start !== 1 ? start : undefined }, children);
    }
    default: {
      const tag = blocks[node.type];
      return tag ? createElement(tag, { key }, children) : createElement("div", { key }, children);
    }
  }
}

export function ProtocolText({ doc }: { doc: ProseNode }) {
  return <>{(doc.content ?? []).map(renderNode)}</>;
}
