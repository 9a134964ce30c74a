/**
 * A search query (issue 11): words, phrases in quotes, prefixes (word*). Every part is matched against the
 * stemmed index (STACK.md §27), so a word finds its other forms and a phrase finds its stems side by side.
 */
import { contentWords, type Stem } from "./words";

export type QueryPart = { kind: "word"; stem: string; prefix: boolean } | { kind: "phrase"; stems: string[] };

export interface ParsedQuery {
  parts: QueryPart[];
  /** What the highlighter looks for in the original text: whole stems, and prefixes. */
  stems: Set<string>;
  prefixes: string[];
}

const MAX_PARTS = 12;

export function parseQuery(q: string, stem: Stem): ParsedQuery {
  const parts: QueryPart[] = [];
  // Quoted phrases first; an unmatched quote is read as the text it is.
  const rest = q.replace(/"([^"]*)"|«([^»]*)»/g, (_, a: string | undefined, b: string | undefined) => {
    const stems = contentWords(a ?? b ?? "").map((w) => stem(w.norm));
    if (stems.length === 1) parts.push({ kind: "word", stem: stems[0]!, prefix: false });
    else if (stems.length > 1) parts.push({ kind: "phrase", stems });
    return " ";
  });
  for (const w of contentWords(rest)) {
    const prefix = rest[w.end] === "*";
    // A prefix is matched as the stem of what was typed: the stem is a prefix of the word, and of its other forms.
    parts.push({ kind: "word", stem: stem(w.norm), prefix });
  }
  const kept = dedupe(parts).slice(0, MAX_PARTS);
  const stems = new Set<string>();
  const prefixes: string[] = [];
  for (const p of kept) {
    if (p.kind === "phrase") p.stems.forEach((s) => stems.add(s));
    else if (p.prefix) prefixes.push(p.stem);
    else stems.add(p.stem);
  }
  return { parts: kept, stems, prefixes };
}

function dedupe(parts: QueryPart[]): QueryPart[] {
  const seen = new Set<string>();
  return parts.filter((p) => {
    const key = p.kind === "phrase" ? `"${p.stems.join(" ")}"` : `${p.stem}${p.prefix ? "*" : ""}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const quoted = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** The FTS5 MATCH expression: every part must match (implicit AND); null when nothing is left to search for. */
export function matchExpression(query: ParsedQuery): string | null {
  if (query.parts.length === 0) return null;
  return query.parts
    .map((p) => (p.kind === "phrase" ? quoted(p.stems.join(" ")) : p.prefix ? `${quoted(p.stem)} *` : quoted(p.stem)))
    .join(" ");
}

/** Whether a word of the original text is one the query looks for (for <mark>). */
export function matchesWord(query: ParsedQuery, wordStem: string): boolean {
  return query.stems.has(wordStem) || query.prefixes.some((p) => wordStem.startsWith(p));
}
