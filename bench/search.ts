// npm run bench:search [-- --docs N | --large]: the library's search (issue 11) over a generated corpus of
// documents the size of the model recommendations in the sources (mean of ../shared/domain/sources, else
// 18,000 characters, in 9 sections). Reports search latency (the real path: stemmed FTS5 ranking, the join of
// the top sections, the reader's visibility, snippets of the first page), index build time and size; beside it a
// reference in the same run: a bare FTS5 MATCH on the unstemmed text, ranked the same way, with the ratio.
// `--large` runs 10,000 and then 100,000 documents, each in its own process (the larger takes minutes).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { stem as snowball } from "../app/lib/library/stem.server";
import { sectionAnchors } from "../app/lib/library/structure";
import { contentWords, stemmedText } from "../app/lib/library/words";
import { migrateDatabase, openDatabase } from "../db/client";
import { readerOf } from "../db/library/read";
import { CANDIDATE_SECTIONS, hitSnippet, RANKED_SECTIONS, searchLibrary } from "../db/library/search";
import { matchExpression, parseQuery } from "../app/lib/library/query";
import * as t1 from "../db/seed/library/texts-1";
import * as t2 from "../db/seed/library/texts-2";
import { report } from "./support";

const { values } = parseArgs({
  options: { docs: { type: "string", default: "10000" }, large: { type: "boolean", default: false } },
});
if (values.large) {
  for (const docs of ["10000", "100000"]) {
    const started = Date.now();
    const run = spawnSync(process.execPath, [...process.execArgv, process.argv[1]!, "--docs", docs], {
      stdio: "inherit",
    });
    console.log(`${docs} documents: ${Math.round((Date.now() - started) / 1000)} s in all`);
    if (run.status !== 0) process.exit(run.status ?? 1);
  }
  process.exit(0);
}
const DOCS = Number(values.docs);
const SECTIONS = 9;
const QUERIES = 300;

const sourcesDir = path.resolve("..", "shared", "domain", "sources");
const sources = fs.existsSync(sourcesDir)
  ? fs.readdirSync(sourcesDir).map((f) => fs.readFileSync(path.join(sourcesDir, f), "utf8"))
  : [];
const docChars = sources.length ? Math.round(sources.reduce((n, s) => n + s.length, 0) / sources.length) : 18_000;
const seedText = [...sources, ...Object.values(t1), ...Object.values(t2)].join("\n");

// A vocabulary ranked by frequency in the real texts; words are drawn with Zipf's law, as in real prose.
const freq = new Map<string, number>();
for (const m of seedText.matchAll(/[\p{L}]+/gu)) freq.set(m[0], (freq.get(m[0]) ?? 0) + 1);
const vocabulary = [...freq].sort((a, b) => b[1] - a[1]).map(([w]) => w);
let seed = 42;
const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31), seed / 2 ** 31);
const harmonic = vocabulary.reduce((h, _, i) => h + 1 / (i + 1), 0);
const cumulative: number[] = [];
vocabulary.reduce((c, _, i) => (cumulative.push(c + 1 / (i + 1) / harmonic), c + 1 / (i + 1) / harmonic), 0);
function word(): string {
  const x = random();
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return vocabulary[lo]!;
}
function paragraph(chars: number): string {
  const out: string[] = [];
  let n = 0;
  while (n < chars) {
    const w = word();
    out.push(w);
    n += w.length + 1;
  }
  return out.join(" ") + ".";
}

const stems = new Map<string, string>();
const stem = (norm: string) => {
  let s = stems.get(norm);
  if (s === undefined) stems.set(norm, (s = snowball(norm)));
  return s;
};

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "search-bench-"));
const file = path.join(dir, "library.sqlite");
const db = openDatabase(file);
migrateDatabase(db);
const sqlite = db.$client;
sqlite.exec("CREATE VIRTUAL TABLE library_plain USING fts5(heading, body, content = '', tokenize = 'unicode61')");
const insertDoc = sqlite.prepare(
  "INSERT INTO library_documents (kind, title, issuer, visibility, countries, topics) VALUES ('recommendations', ?, 'Бенчмарк', ?, '[]', '[]')",
);
const insertEdition = sqlite.prepare(
  "INSERT INTO library_editions (document_id, number, status) VALUES (?, 1, 'adopted')",
);
const insertSection = sqlite.prepare(
  "INSERT INTO library_sections (edition_id, position, level, number, heading, anchor, body) VALUES (?, ?, 1, ?, ?, ?, ?)",
);
const index = sqlite.prepare("INSERT INTO library_search (rowid, heading, body) VALUES (?, ?, ?)");
const plain = sqlite.prepare("INSERT INTO library_plain (rowid, heading, body) VALUES (?, ?, ?)");

let generateMs = 0;
let stemMs = 0;
let indexMs = 0;
let plainMs = 0;
const anchors = sectionAnchors(Array.from({ length: SECTIONS }, (_, i) => ({ number: String(i + 1) })));
const BATCH = 200;
for (let from = 0; from < DOCS; from += BATCH) {
  sqlite.transaction(() => {
    for (let d = from; d < Math.min(DOCS, from + BATCH); d++) {
      let started = performance.now();
      const title = paragraph(80);
      const visibility = d % 3 === 0 ? "public" : "partners";
      const docId = Number(insertDoc.run(title, visibility).lastInsertRowid);
      const editionId = Number(insertEdition.run(docId).lastInsertRowid);
      const sections = Array.from({ length: SECTIONS }, (_, i) => ({
        heading: paragraph(40),
        body: Array.from({ length: 4 }, () => paragraph(docChars / SECTIONS / 4)).join("\n\n"),
        i,
      }));
      const ids = sections.map((s) =>
        Number(insertSection.run(editionId, s.i + 1, String(s.i + 1), s.heading, anchors[s.i], s.body).lastInsertRowid),
      );
      generateMs += performance.now() - started;
      started = performance.now();
      const stemmed = sections.map((s) => [
        stemmedText(`${s.i === 0 ? title : ""} ${s.heading}`, stem),
        stemmedText(s.body, stem),
      ]);
      stemMs += performance.now() - started;
      started = performance.now();
      ids.forEach((id, i) => index.run(id, stemmed[i]![0], stemmed[i]![1]));
      indexMs += performance.now() - started;
      started = performance.now();
      ids.forEach((id, i) => plain.run(id, sections[i]!.heading, sections[i]!.body));
      plainMs += performance.now() - started;
    }
  })();
}
sqlite.exec("INSERT INTO library_search(library_search) VALUES ('optimize')");
sqlite.exec("INSERT INTO library_plain(library_plain) VALUES ('optimize')");
sqlite.pragma("wal_checkpoint(TRUNCATE)");

const sizeOf = (prefix: string) =>
  (
    sqlite.prepare("SELECT coalesce(sum(pgsize), 0) AS n FROM dbstat WHERE name LIKE ?").get(`${prefix}%`) as {
      n: number;
    }
  ).n;
let indexBytes = -1;
let plainBytes = -1;
let sectionBytes = -1;
try {
  indexBytes = sizeOf("library_search");
  plainBytes = sizeOf("library_plain");
  sectionBytes = sizeOf("library_sections");
} catch {
  // dbstat is not compiled in: the file size below still tells
}

// Queries: a few a partner types, and pairs of words drawn from the middle of the vocabulary (not the
// commonest, which every section has; not the rarest, which none has): words, a phrase, a prefix.
const fixed = ["квалификации мигрантов", '"трудовой миграции"', "признание квалификаций", "подготовк*", "мигрант"];
const middle = vocabulary.filter((w) => w.length > 4).slice(50, 3000);
const pick = () => middle[Math.floor(random() * middle.length)]!.toLowerCase();
const queries = Array.from({ length: QUERIES }, (_, i) =>
  i < fixed.length * 4
    ? fixed[i % fixed.length]!
    : i % 3 === 0
      ? `"${pick()} ${pick()}"`
      : i % 3 === 1
        ? `${pick()} ${pick()}`
        : `${pick().slice(0, 5)}*`,
);

const pct = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) =>
    Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! * 10) / 10;
  return { p50: at(50), p95: at(95), p99: at(99) };
};

const reader = readerOf(db, { id: 1, isAdmin: false, status: "active" });
const latencies: number[] = [];
// Where the time goes, per query: the ranking alone (the stemmed MATCH with bm25, as searchLibrary runs it),
// the whole search without snippets, and by kind of query.
const rankLatencies: number[] = [];
const searchLatencies: number[] = [];
const byKind = new Map<string, number[]>();
const kindOf = (q: string) => (q.startsWith('"') ? "phrase" : q.endsWith("*") ? "prefix" : "words");
const rankOnly = sqlite.prepare(
  `SELECT rowid, score FROM (SELECT rowid, bm25(library_search, 4.0, 1.0) AS score FROM library_search
    WHERE library_search MATCH ? ORDER BY rowid DESC LIMIT ${CANDIDATE_SECTIONS}) ORDER BY score LIMIT ${RANKED_SECTIONS}`,
);
let found = 0;
for (const q of queries) {
  const match = matchExpression(parseQuery(q, snowball));
  let started = performance.now();
  if (match) rankOnly.all(match);
  rankLatencies.push(performance.now() - started);
  started = performance.now();
  const result = searchLibrary(db, reader, q);
  searchLatencies.push(performance.now() - started);
  if (result) for (const hit of result.hits.slice(0, 20)) hitSnippet(db, hit, result.query);
  const ms = performance.now() - started;
  latencies.push(ms);
  byKind.set(kindOf(q), [...(byKind.get(kindOf(q)) ?? []), ms]);
  if (result && result.hits.length > 0) found++;
}
// The reference: the same ranking over the unstemmed words, no join, no snippets.
const bare = sqlite.prepare(
  "SELECT rowid, bm25(library_plain, 4.0, 1.0) AS score FROM library_plain WHERE library_plain MATCH ? ORDER BY score LIMIT 1000",
);
const bareLatencies: number[] = [];
for (const q of queries) {
  const match = contentWords(q.replace(/\*/g, ""))
    .map((w) => `"${w.norm}"${q.includes("*") ? " *" : ""}`)
    .join(q.startsWith('"') ? " + " : " ");
  if (!match) continue;
  const started = performance.now();
  bare.all(match);
  bareLatencies.push(performance.now() - started);
}
const stemmedP = pct(latencies);
const bareP = pct(bareLatencies);
const mb = (b: number) => (b < 0 ? "n/a" : Math.round((b / 2 ** 20) * 10) / 10);
report(`search-${DOCS}`, [
  {
    what: "library search (stemmed FTS5 + join + visibility + snippets)",
    documents: DOCS,
    sections: DOCS * SECTIONS,
    queries: queries.length,
    withResults: found,
    ...stemmedP,
    goalP95: DOCS >= 100_000 ? 150 : 50,
  },
  {
    what: "  of which: ranking alone (stemmed MATCH, bm25 of the newest 5,000, top 500)",
    queries: queries.length,
    ...pct(rankLatencies),
  },
  { what: "  of which: search without snippets", queries: queries.length, ...pct(searchLatencies) },
  ...[...byKind].map(([kind, samples]) => ({ what: `  by kind: ${kind}`, queries: samples.length, ...pct(samples) })),
  { what: "reference: bare FTS5 MATCH, unstemmed", documents: DOCS, queries: bareLatencies.length, ...bareP },
  {
    what: "ratio (library / reference)",
    p50: Math.round((stemmedP.p50 / bareP.p50) * 10) / 10,
    p95: Math.round((stemmedP.p95 / bareP.p95) * 10) / 10,
    p99: Math.round((stemmedP.p99 / bareP.p99) * 10) / 10,
  },
]);
report(`search-${DOCS}-build`, [
  {
    docChars,
    generateS: Math.round(generateMs / 100) / 10,
    stemS: Math.round(stemMs / 100) / 10,
    indexS: Math.round(indexMs / 100) / 10,
    buildS: Math.round((stemMs + indexMs) / 100) / 10,
    referenceIndexS: Math.round(plainMs / 100) / 10,
    indexMB: mb(indexBytes),
    referenceIndexMB: mb(plainBytes),
    sectionsMB: mb(sectionBytes),
    fileMB: mb(fs.statSync(file).size),
  },
]);
db.$client.close();
if (process.env.SEARCH_BENCH_KEEP) console.log(`kept ${file}`);
else fs.rmSync(dir, { recursive: true, force: true });
