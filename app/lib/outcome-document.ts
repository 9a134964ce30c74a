/**
 * The outcome document's text (issue 12, decision 0024): the template it starts from, as in sources/001 (a title,
 * the introduction, "Участники … констатируют:", "Участники … рекомендуют:"), and its final text read as library
 * sections. Pure; the same editor schema as protocols (app/lib/protocol-schema.ts).
 */
import type { SectionInput } from "./library/structure";
import { bulletList, heading, paragraph, type JSONContent } from "./protocol-json";

export interface OutcomeWords {
  title: string;
  introduction: string;
  state: string;
  recommend: string;
}

/** The document the organisers begin from: the parts of a round table's recommendations, each to be filled in. */
export function outcomeTemplate(words: OutcomeWords): JSONContent {
  return {
    type: "doc",
    content: [
      heading(1, words.title),
      paragraph(words.introduction),
      paragraph(words.state, { bold: true }),
      bulletList([""]),
      paragraph(words.recommend, { bold: true }),
      bulletList([""]),
    ],
  };
}

/** The text of a node and everything in it. */
export function textOf(node: JSONContent): string {
  if (node.type === "text") return node.text ?? "";
  if (node.type === "hardBreak") return "\n";
  return (node.content ?? []).map(textOf).join("");
}

/** A block's text as a library section's body: list items as «- …» lines, table rows as cells joined by « | ». */
function blockText(block: JSONContent): string {
  switch (block.type) {
    case "bulletList":
    case "orderedList":
      return (block.content ?? [])
        .map((item, i) => {
          const text = (item.content ?? []).map(blockText).filter(Boolean).join(" ");
          return text ? `${block.type === "orderedList" ? `${i + 1}.` : "-"} ${text}` : "";
        })
        .filter(Boolean)
        .join("\n\n");
    case "table":
      return (block.content ?? []).map((row) => (row.content ?? []).map(textOf).join(" | ")).join("\n");
    default:
      return textOf(block).trim();
  }
}

/** A paragraph that opens a part of the document, as «Участники круглого стола рекомендуют:» does. */
const isLeadIn = (block: JSONContent) => {
  if (block.type !== "paragraph") return false;
  const text = textOf(block).trim();
  return text.length > 0 && text.length <= 160 && text.endsWith(":");
};

/**
 * The final text as library sections: the first top heading is the document's title; every further heading, and
 * every lead-in paragraph ending with a colon, opens a section; the rest is the sections' body. Empty list items
 * of the template are left out.
 */
export function outcomeSections(doc: JSONContent): { title: string; sections: SectionInput[] } {
  let title = "";
  const sections: SectionInput[] = [];
  let current: SectionInput = { level: 1, number: "", heading: "", body: "", footnotes: [] };
  const close = () => {
    if (current.heading || current.body) sections.push(current);
  };
  for (const block of doc.content ?? []) {
    if (block.type === "heading" && !title && sections.length === 0 && !current.body) {
      title = textOf(block).trim();
      continue;
    }
    if (block.type === "heading" || isLeadIn(block)) {
      close();
      const level = block.type === "heading" ? Math.max(1, Number(block.attrs?.level ?? 1) - 1) : 1;
      current = { level, number: "", heading: textOf(block).trim().replace(/:$/, ""), body: "", footnotes: [] };
      continue;
    }
    const text = blockText(block);
    if (text) current.body += (current.body ? "\n\n" : "") + text;
  }
  close();
  return { title, sections };
}
