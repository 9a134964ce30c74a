import { openDatabase } from "./db/client";
import { matchExpression, parseQuery } from "./app/lib/library/query";
import { stem } from "./app/lib/library/stem.server";
const db = openDatabase(process.argv[2]!);
const c = db.$client;
const words = c.prepare("select body from library_sections where id % 997 = 0 limit 60").all().map((r: any) => r.body.split(/\s+/)[5].replace(/[^\p{L}]/gu, "").toLowerCase()).filter(Boolean);
const qs = [...words.map((w: string) => w), ...words.map((w: string) => w.slice(0, 5) + "*"), ...words.slice(0,30).map((w: string, i: number) => `"${w} ${words[i+1]}"`)];
const rank = c.prepare("SELECT rowid, bm25(library_search, 4.0, 1.0) AS score FROM library_search WHERE library_search MATCH ? ORDER BY score LIMIT 500");
const capped = c.prepare("SELECT rowid, score FROM (SELECT rowid, bm25(library_search, 4.0, 1.0) AS score FROM library_search WHERE library_search MATCH ? ORDER BY rowid DESC LIMIT 5000) ORDER BY score LIMIT 500");
const plain = c.prepare("SELECT rowid FROM library_search WHERE library_search MATCH ? ORDER BY rowid DESC LIMIT 5000");
const time = (f: () => unknown) => { const t = performance.now(); f(); return performance.now() - t; };
const A: number[] = [], B: number[] = [], C: number[] = [];
for (const q of qs) {
  const m = matchExpression(parseQuery(q, stem)); if (!m) continue;
  A.push(time(() => rank.all(m))); B.push(time(() => capped.all(m))); C.push(time(() => plain.all(m)));
}
const p = (x: number[]) => { const s = [...x].sort((a, b) => a - b); return [50, 95, 99].map((q) => s[Math.floor(q / 100 * s.length)]!.toFixed(1)).join(" / "); };
console.log("full", p(A)); console.log("capped", p(B)); console.log("plain rowid desc", p(C));
console.log(c.prepare("EXPLAIN QUERY PLAN SELECT rowid, score FROM (SELECT rowid, bm25(library_search, 4.0, 1.0) AS score FROM library_search WHERE library_search MATCH ? ORDER BY rowid DESC LIMIT 5000) ORDER BY score LIMIT 500").all("x"));
