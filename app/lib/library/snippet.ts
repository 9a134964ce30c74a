/**
 * A snippet of a matching section, built in JS for the top results only (STACK.md §27): the original text
 * around the densest run of matching words, each match marked. Returned as pieces, so the page renders
 * <mark> elements and never trusts text as HTML.
 */
import { matchesWord, type ParsedQuery } from "./query";
import { words, type Stem } from "./words";

export interface SnippetPiece {
  text: string;
  mark: boolean;
}

export function snippet(text: string, query: ParsedQuery, stem: Stem, maxWords = 30): SnippetPiece[] {
  const all = words(text);
  const hits = all.map((w) => matchesWord(query, stem(w.norm)));
  // The window of maxWords words holding the most matches.
  let best = 0;
  let bestCount = -1;
  let count = 0;
  for (let i = 0; i < all.length; i++) {
    if (hits[i]) count++;
    if (i >= maxWords && hits[i - maxWords]) count--;
    if (count > bestCount) {
      bestCount = count;
      best = Math.max(0, i - maxWords + 1);
    }
  }
  if (all.length === 0) return [];
  // Start a few words before the first match in the window, so the match reads in context.
  const firstHit = hits.indexOf(true, best);
  const from = firstHit >= 0 ? Math.max(0, Math.min(best, firstHit - 5)) : 0;
  const to = Math.min(all.length, from + maxWords);
  const pieces: SnippetPiece[] = [];
  let cursor = all[from]!.start;
  if (from > 0) pieces.push({ text: "… ", mark: false });
  for (let i = from; i < to; i++) {
    const w = all[i]!;
    if (!hits[i]) continue;
    if (w.start > cursor) pieces.push({ text: text.slice(cursor, w.start), mark: false });
    pieces.push({ text: text.slice(w.start, w.end), mark: true });
    cursor = w.end;
  }
  const end = all[to - 1]!.end;
  if (end > cursor) pieces.push({ text: text.slice(cursor, end), mark: false });
  if (to < all.length) pieces.push({ text: " …", mark: false });
  return pieces;
}
