/**
 * Full-text search of the library (issue 11; STACK.md §18, §27). The FTS5 index holds stems, so a word finds
 * its other forms. Ranking happens in a subquery over the index alone (bm25, headings weigh more); only its
 * top rows are joined to sections and documents, filtered by what the reader may see, and grouped by
 * document. Snippets are built in JS for the page shown only.
 */
import { matchExpression, parseQuery, type ParsedQuery } from "../../app/lib/library/query";
import { snippet, type SnippetPiece } from "../../app/lib/library/snippet";
import { stem } from "../../app/lib/library/stem.server";
import type { Db } from "../client";
import { inArray } from "drizzle-orm";
import { libraryDocuments, type LibraryDocument } from "../schema";
import { mayRead, type Reader } from "./read";

/**
 * How many of the best-ranked sections are looked at (and give the facets their counts): past these, results
 * rank too low to be read, and joining them costs every query.
 */
export const RANKED_SECTIONS = 500;

/**
 * How many matching sections bm25 ranks at most: the newest ones (by section id) when a query matches more.
 * Ranking is the cost of a search (bm25 reads each match's positions and length); a word found in most of
 * the library would otherwise rank all of it (bench/search.ts, decision 0017).
 */
export const CANDIDATE_SECTIONS = 5_000;

export interface SectionHit {
  sectionId: number;
  anchor: string;
  number: string;
  heading: string;
  status: string;
  score: number;
}

export interface DocumentHit {
  doc: LibraryDocument;
  best: SectionHit;
  /** How many of its sections match. */
  sections: number;
}

interface Row {
  section_id: number;
  score: number;
  anchor: string;
  number: string;
  heading: string;
  status: string;
  document_id: number;
  visibility: LibraryDocument["visibility"];
  body_id: number | null;
}

/** The documents matching the query that the reader may see, best first; null when the query has no words. */
export function searchLibrary(db: Db, reader: Reader, q: string): { query: ParsedQuery; hits: DocumentHit[] } | null {
  const query = parseQuery(q, stem);
  const match = matchExpression(query);
  if (!match) return null;
  const rows = db.$client
    .prepare(
      `SELECT s.id AS section_id, top.score, s.anchor, s.number, s.heading, e.status,
              d.id AS document_id, d.visibility, d.body_id
         FROM (SELECT rowid, score FROM
                 (SELECT rowid, bm25(library_search, 4.0, 1.0) AS score FROM library_search
                   WHERE library_search MATCH ? ORDER BY rowid DESC LIMIT ?)
                ORDER BY score LIMIT ?) AS top
         JOIN library_sections s ON s.id = top.rowid
         JOIN library_editions e ON e.id = s.edition_id
         JOIN library_documents d ON d.id = e.document_id
        ORDER BY top.score`,
    )
    .all(match, CANDIDATE_SECTIONS, RANKED_SECTIONS) as Row[];
  const best = new Map<number, { best: SectionHit; sections: number }>();
  for (const r of rows) {
    const found = best.get(r.document_id);
    if (found) {
      found.sections++;
      continue;
    }
    if (!mayRead(reader, { visibility: r.visibility, bodyId: r.body_id })) continue;
    const { section_id: sectionId, score, anchor, number, heading, status } = r;
    best.set(r.document_id, { best: { sectionId, score, anchor, number, heading, status }, sections: 1 });
  }
  // The documents themselves, once each, for the facets and the list.
  const docs = new Map<number, LibraryDocument>();
  const ids = [...best.keys()];
  for (let i = 0; i < ids.length; i += 500)
    for (const d of db
      .select()
      .from(libraryDocuments)
      .where(inArray(libraryDocuments.id, ids.slice(i, i + 500)))
      .all())
      docs.set(d.id, d);
  return { query, hits: ids.map((id) => ({ doc: docs.get(id)!, ...best.get(id)! })) };
}

/**
 * The snippet of a hit's best section: its text around the matches, marked; the heading when the text has none.
 * The text is read here, for the page shown only: the ranking query never carries it.
 */
export function hitSnippet(db: Db, hit: DocumentHit, query: ParsedQuery): SnippetPiece[] {
  const { body } = db.$client.prepare("SELECT body FROM library_sections WHERE id = ?").get(hit.best.sectionId) as {
    body: string;
  };
  const fromBody = snippet(body, query, stem);
  if (fromBody.some((p) => p.mark) || !hit.best.heading) return fromBody;
  return snippet(hit.best.heading, query, stem);
}
