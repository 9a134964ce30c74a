/**
 * An edition's text, structured (issue 11): headings, numbered sections and footnotes, read from Markdown or
 * plain text. Pure; the import command and the demo both use it.
 */

export interface SectionInput {
  level: number;
  number: string;
  heading: string;
  body: string;
  footnotes: string[];
}

export interface StructuredText {
  /** The first heading, or the first line: the title when none is given. */
  title: string;
  sections: SectionInput[];
}

const MD_HEADING = /^(#{1,6})\s+(.+?)\s*#*\s*$/;
const FOOTNOTE = /^\[\^([^\]]+)\]:\s*(.*)$/;
// «1. Цель», «2.3 Порядок», «Статья 5. Право», «Глава 2», «Раздел I»: a short line that ends without a full stop.
const NUMBERED = /^(\d+(?:\.\d+)*)\.?\s+(\S.*)$/;
const NAMED = /^((?:Статья|Глава|Раздел|Section|Article|Chapter)\s+[\dIVXLC]+(?:\.\d+)*)\.?\s*(.*)$/i;
const MAX_HEADING = 160;

function plainHeading(line: string): { level: number; number: string; heading: string } | null {
  if (line.length > MAX_HEADING || /[.;:,]$/.test(line)) return null;
  const named = NAMED.exec(line);
  if (named) return { level: 1, number: named[1]!, heading: named[2]! };
  const numbered = NUMBERED.exec(line);
  if (numbered && /^\p{Lu}/u.test(numbered[2]!)) {
    return { level: numbered[1]!.split(".").length, number: numbered[1]!, heading: numbered[2]! };
  }
  return null;
}

function splitNumber(text: string): { number: string; heading: string } {
  const m = NAMED.exec(text) ?? NUMBERED.exec(text);
  return m && m[2] ? { number: m[1]!, heading: m[2] } : { number: "", heading: text };
}

export function structureText(text: string, format: "markdown" | "text"): StructuredText {
  const lines = text
    .replace(/\r\n?/g, "\n")
    .replace(/^\uFEFF/, "")
    .split("\n");
  const sections: SectionInput[] = [];
  let title = "";
  let current: SectionInput = { level: 1, number: "", heading: "", body: "", footnotes: [] };
  let paragraph: string[] = [];
  const endParagraph = () => {
    if (paragraph.length === 0) return;
    current.body += (current.body ? "\n\n" : "") + paragraph.join(" ");
    paragraph = [];
  };
  const startSection = (level: number, number: string, heading: string) => {
    endParagraph();
    if (current.body || current.heading || current.footnotes.length) sections.push(current);
    current = { level, number, heading, body: "", footnotes: [] };
  };
  for (const raw of lines) {
    // Word's exported bookmarks carry nothing for a reader.
    const line = raw.replace(/\[bookmark: [^\]]*\]/g, "").trim();
    if (!line) {
      endParagraph();
      continue;
    }
    const footnote = FOOTNOTE.exec(line);
    if (footnote) {
      endParagraph();
      current.footnotes.push(footnote[2]!);
      continue;
    }
    const md = format === "markdown" ? MD_HEADING.exec(line) : null;
    if (md) {
      const { number, heading } = splitNumber(md[2]!);
      // The first top heading is the document's title, not a section of it.
      if (!title && md[1] === "#") {
        title = md[2]!;
        continue;
      }
      if (!title) title = md[2]!;
      startSection(md[1]!.length, number, heading);
      continue;
    }
    const plain = plainHeading(line);
    if (plain) {
      startSection(plain.level, plain.number, plain.heading);
      continue;
    }
    if (!title) title = line.length > MAX_HEADING ? `${line.slice(0, MAX_HEADING)}…` : line;
    // Plain text keeps one paragraph a line (as the sources are); Markdown joins the lines of a paragraph.
    paragraph.push(line);
    if (format === "text") endParagraph();
  }
  startSection(1, "", "");
  return { title, sections };
}

/** The section's `id` on the document's page: by its number where it has one, else by its place. */
export function sectionAnchors(sections: readonly Pick<SectionInput, "number">[]): string[] {
  const used = new Set<string>();
  return sections.map((s, i) => {
    const base = s.number ? `s-${s.number.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "-")}` : `p-${i + 1}`;
    let anchor = base;
    for (let n = 2; used.has(anchor); n++) anchor = `${base}-${n}`;
    used.add(anchor);
    return anchor;
  });
}
