/**
 * A Word document's text, as mammoth gives it in HTML, turned into the Markdown the library structures (issue 11):
 * Word headings become heading levels (the top level used becomes 1), the «Title» paragraph the document's title,
 * footnotes `[^n]:` lines in the section that refers to them; numbered paragraphs («1. Цель», «2.3 Порядок»)
 * are left to `structureText`, which reads them as numbered sections. Pure: mammoth's HTML is regular enough
 * (no attributes but ids, hrefs and our class) for a few expressions.
 */
import { structureText, type StructuredText } from "./structure";

/** Word's «Title» style, mapped by the caller to `<h1 class="title">` (mammoth drops unknown styles). */
export const DOCX_STYLE_MAP = ["p[style-name='Title'] => h1.title:fresh", "p[style-name='Subtitle'] => p:fresh"];

const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };
function plain(html: string): string {
  return html
    .replace(/<br\s*\/?>/g, " ")
    .replace(/<[^>]*>/g, "")
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
      if (name[0] === "#")
        return String.fromCodePoint(
          name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : Number(name.slice(1)),
        );
      return entities[name.toLowerCase()] ?? whole;
    })
    .replace(/\s+/g, " ")
    .trim();
}

type Block = { heading: number | null; title: boolean; text: string; notes: string[] };

export function structureDocxHtml(html: string): StructuredText {
  // Foot- and endnotes come last, as list items with ids; their back links (↑) are no part of the note.
  const notes = new Map<string, string>();
  const body = html.replace(/<li id="((?:foot|end)note-[\w-]+)">([\s\S]*?)<\/li>/g, (_, id: string, inner: string) => {
    notes.set(id, plain(inner.replace(/<a href="#(?:foot|end)note-ref-[^"]*">[\s\S]*?<\/a>/g, "")));
    return "";
  });
  const blocks: Block[] = [];
  for (const m of body.matchAll(/<(h([1-6])|p|li)(?: class="(\w+)")?>([\s\S]*?)<\/(?:h[1-6]|p|li)>/g)) {
    const refs = [...m[4]!.matchAll(/<a href="#((?:foot|end)note-[\w-]+)"/g)].map((r) => notes.get(r[1]!) ?? "");
    const inner = m[4]!.replace(/<sup><a href="#(?:foot|end)note-[^"]*"[^>]*>[\s\S]*?<\/a><\/sup>/g, "");
    const text = plain(inner);
    if (!text && refs.length === 0) continue;
    blocks.push({ heading: m[2] ? Number(m[2]) : null, title: m[3] === "title", text, notes: refs.filter(Boolean) });
  }
  let titleAt = blocks.findIndex((b) => b.title);
  // No «Title»: a lone top heading that opens the document is its title.
  const h1s = blocks.filter((b) => b.heading === 1);
  if (titleAt < 0 && h1s.length === 1 && blocks[0] === h1s[0]) titleAt = 0;
  const title = titleAt >= 0 ? blocks[titleAt]!.text : "";
  const rest = blocks.filter((_, i) => i !== titleAt);
  const top = Math.min(7, ...rest.filter((b) => b.heading !== null && !b.title).map((b) => b.heading!));
  const lines: string[] = [];
  for (const b of rest) {
    if (b.heading !== null && !b.title) lines.push(`${"#".repeat(b.heading - top + 1)} ${b.text}`);
    else if (b.text) lines.push(b.text);
    for (const note of b.notes) lines.push(`[^${lines.length}]: ${note}`);
  }
  // The title goes first as `#`: else a document opening with a heading would lose it as a section to the title.
  const joined = lines.join("\n\n");
  const first = title || (rest[0]?.heading != null ? rest[0].text : "");
  return structureText(first ? `# ${first}\n\n${joined}` : joined, "markdown");
}
