// npm run bench:collab: our collaboration server (durable: every update in SQLite, synchronous=FULL, before it
// is broadcast) beside the reference, @y/websocket-server 0.1.1 (in memory), in one run, on the same load from
// a separate process of thin clients (collab-clients.ts). Each scenario starts a fresh process of each server.
//   --only=a,b,c,d   scenarios (default all)   --duration=S   typing time of a and b (default 10 s)
//   --quick          3 s of typing, one document in d   --profile   --cpu-prof on our server (data/bench/profiles)
import path from "node:path";
import { printProfileSummary, profileClock } from "./collab-profile";
import {
  joinStorm,
  startGenerator,
  STORED_UPDATES,
  storedUpdates,
  STORM_CLIENTS,
  typing,
  type Row,
} from "./collab-scenarios";
import {
  ourServer,
  peakRssMb,
  referenceServer,
  removeMemoryReports,
  resetPeak,
  rssAfterGc,
  type BenchServer,
} from "./collab-servers";
import { typedUpdates } from "./collab-setup";
import { writeBenchResult } from "./support";

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const quick = process.argv.includes("--quick");
const profile = process.argv.includes("--profile");
const only = (arg("only") ?? "a,b,c,d").split(",");
const durationMs = Number(arg("duration") ?? (quick ? 3 : 10)) * 1000;
/** "Back to baseline": RSS after every client left, after a full collection, within this of the RSS before. */
const BASELINE_SLACK_MB = 20;

const rows: Row[] = [];
const goals: { goal: string; pass: boolean; detail: string }[] = [];

const { clients, stop } = startGenerator();

/** Baseline RSS, then the scenario's work with the peak reset, then RSS once every client has left. */
async function measured(server: BenchServer, work: () => Promise<Row>): Promise<Row> {
  const before = await rssAfterGc(server.pid);
  resetPeak(server.pid);
  const row = await work();
  const peak = peakRssMb(server.pid);
  await clients({ cmd: "close" });
  let after = await rssAfterGc(server.pid);
  // Rooms unload when their last client leaves: give the server a few seconds to let them go.
  for (let i = 0; i < 8 && after.rss > before.rss + BASELINE_SLACK_MB; i++) after = await rssAfterGc(server.pid);
  return {
    server: server.name,
    ...row,
    "peak RSS MB": peak,
    "RSS before → after MB": `${before.rss} → ${after.rss}`,
    "heap before → after MB": `${before.heap} → ${after.heap}`,
    after: after.rss,
    before: before.rss,
  };
}

/** One scenario on a fresh process of one server: its row goes into the table. */
async function on(server: BenchServer, key: string, title: string, run: (server: BenchServer) => Promise<Row>) {
  const window: [number, number] = [profileClock(), Infinity];
  try {
    const row = await measured(server, () => run(server));
    rows.push({ scenario: title, ...row });
    return row;
  } finally {
    window[1] = profileClock();
    await clients({ cmd: "close" });
    await server.close();
    if (profile && server.name === "ours") printProfileSummary(profileDir(key), window);
  }
}

const ours = (key: string) => ourServer(profile ? profileDir(key) : undefined);

async function onBoth(key: string, title: string, run: (server: BenchServer) => Promise<Row>) {
  const ref = await on(await referenceServer(), key, title, run);
  const our = await on(await ours(key), key, title, run);
  rows.push({ scenario: title, server: "ours / ref", ...ratios(our, ref) });
  return { ref, ours: our };
}

const profileDir = (key: string) => path.resolve("data", "bench", "profiles", `collab-${key}`);

function ratios(ours: Row, ref: Row): Row {
  const out: Row = {};
  for (const k of ["p50 ms", "p99 ms", "CPU ms", "CPU % core", "peak RSS MB"])
    if (typeof ours[k] === "number" && typeof ref[k] === "number")
      out[k] = +((ours[k] as number) / (ref[k] as number)).toFixed(2);
  return out;
}

const n = (row: Row, key: string) => Number(row[key]);

function goal(goal: string, pass: boolean, detail: string) {
  goals.push({ goal, pass, detail });
}

function latencyGoals(name: string, ref: Row, ours: Row) {
  goal(
    `${name}: p99 ≤ reference p99, while durable`,
    n(ours, "p99 ms") <= n(ref, "p99 ms"),
    `${ours["p99 ms"]} vs ${ref["p99 ms"]} ms`,
  );
  goal(
    `${name}: memory back to baseline once all clients left (±${BASELINE_SLACK_MB} MB)`,
    n(ours, "after") <= n(ours, "before") + BASELINE_SLACK_MB,
    `${ours["RSS before → after MB"]} MB`,
  );
}

const started = performance.now();
try {
  if (only.includes("a")) {
    const { ref, ours } = await onBoth("a", "a: 200 rooms × 5 clients × 2/s", (s) =>
      typing(clients, s, 200, 5, 2, durationMs),
    );
    latencyGoals("a", ref, ours);
    goal("a: p99 ≤ 25 ms", n(ours, "p99 ms") <= 25, `${ours["p99 ms"]} ms`);
    goal("a: every update delivered", ours.lost === 0, `${ours.lost} lost`);
  }
  if (only.includes("b")) {
    const { ref, ours } = await onBoth("b", "b: 1 room × 50 clients × 20/s", (s) =>
      typing(clients, s, 1, 50, 20, durationMs),
    );
    latencyGoals("b", ref, ours);
    goal("b: every update delivered", ours.lost === 0, `${ours.lost} lost`);
  }
  if (only.includes("c")) {
    const { ref, ours } = await onBoth("c", "c: join storm 1,000 onto 200 × 100k chars", (s) => joinStorm(clients, s));
    latencyGoals("c", ref, ours);
    goal(
      "c: all synced in ≤ 5 s",
      ours.synced === STORM_CLIENTS && n(ours, "wallMs") <= 5000,
      `${ours.synced} in ${ours.wallMs} ms`,
    );
    goal("c: peak RSS ≤ 400 MB", n(ours, "peak RSS MB") <= 400, `${ours["peak RSS MB"]} MB`);
  }
  if (only.includes("d")) {
    const docs = quick ? 1 : 3;
    const updates = typedUpdates(STORED_UPDATES);
    const title = "d: 20k stored updates";
    const ref = await on(await referenceServer(), "d", title, (s) => storedUpdates(clients, s, false, docs, updates));
    for (const compacted of [false, true]) {
      const title = `d: 20k stored updates, ${compacted ? "after" : "before"} compaction`;
      const our = await on(await ours(`d${+compacted}`), `d${+compacted}`, title, (s) =>
        storedUpdates(clients, s, compacted, docs, updates),
      );
      rows.push({ scenario: title, server: "ours / ref", ...ratios(our, ref) });
      if (compacted) latencyGoals("d (after compaction)", ref, our);
      else
        goal(
          "d: loading before compaction ≤ reference",
          n(our, "p99 ms") <= n(ref, "p99 ms"),
          `${our["p99 ms"]} vs ${ref["p99 ms"]} ms`,
        );
    }
  }
} finally {
  stop();
  removeMemoryReports();
}

const shown = rows.map(({ after: _a, before: _b, lost: _l, synced: _s, wallMs: _w, ...r }) => r);
console.log(`\ncollab (${Math.round((performance.now() - started) / 1000)} s; durations ${durationMs / 1000} s)`);
console.table(shown);
for (const g of goals) console.log(`${g.pass ? "PASS" : "FAIL"}  ${g.goal}: ${g.detail}`);
writeBenchResult("collab", quick ? "quick" : "full", { durationMs, rows: shown, goals });
