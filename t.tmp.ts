import { openDatabase } from "./db/client";
import { matchExpression, parseQuery } from "./app/lib/library/query";
import { stem } from "./app/lib/library/stem.server";
const db = openDatabase(process.argv[2]!);
const c = db.$client;
const words = c.prepare("select body from library_sections where id % 997 = 0 limit 60").all().map((r: any) => r.body.split(/\s+/)[5].replace(/[^\p{L}]/gu, "").toLowerCase()).filter(Boolean);
const qs = [...words.map((w: string) => w), ...words.map((w: string) => w.slice(0, 5) + "*")];
const rank = c.prepare("SELECT rowid, bm25(library_search, 4.0, 1.0) AS score FROM library_search WHERE library_search MATCH ? ORDER BY score LIMIT 500");
const join = c.prepare(`SELECT s.id AS section_id, top.score, s.anchor, s.number, s.heading, e.status, d.id AS document_id, d.visibility, d.body_id
 FROM (SELECT rowid, bm25(library_search, 4.0, 1.0) AS score FROM library_search WHERE library_search MATCH ? ORDER BY score LIMIT ?) AS top
 JOIN library_sections s ON s.id = top.rowid JOIN library_editions e ON e.id = s.edition_id JOIN library_documents d ON d.id = e.document_id ORDER BY top.score`);
const count = c.prepare("SELECT count(*) n FROM library_search WHERE library_search MATCH ?");
const time = (f: () => unknown) => { const t = performance.now(); f(); return performance.now() - t; };
let tr = 0, tj = 0;
for (const q of qs) {
  const m = matchExpression(parseQuery(q, stem)); if (!m) continue;
  const a = time(() => rank.all(m)); const b = time(() => join.all(m, 500));
  tr += a; tj += b;
  if (b > 20 || a > 20) console.log(q, m, (count.get(m) as any).n, a.toFixed(1), b.toFixed(1));
}
console.log("rank total", tr.toFixed(0), "join total", tj.toFixed(0));
