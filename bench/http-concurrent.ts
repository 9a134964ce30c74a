// npm run bench:http -- --concurrent: requests per second under 50 concurrent connections (autocannon), for the
// pages people use, next to a bare Remix page of the same build, measured in one run. The machine's load drifts,
// so compare ratios to the bare page, not absolute figures across runs. Rounds interleave the pages so that
// drift during the run falls on all of them alike.
//   --duration=S   seconds per page per round (default 5)     --rounds=N   rounds (default 3)
//   --only=/a,/b   just these pages (and the floors)          --cpu-prof   profile the server into data/bench/
import autocannon, { type Result } from "autocannon";
import path from "node:path";
import { serverProcess } from "./server-process";
import { writeBenchResult } from "./support";

const CONNECTIONS = 50;
const WARM_UP = 2; // seconds per page, before the rounds
const BARE = "/bench/bare";

interface Target {
  path: string;
  what: string;
  signedIn: boolean;
}

const targets: Target[] = [
  { path: "/healthz", what: "Express alone, no Remix", signedIn: false },
  { path: "/bench/ping", what: "Remix resource route, no rendering", signedIn: false },
  { path: BARE, what: "bare Remix page (root layout, nothing else)", signedIn: false },
  { path: "/login", what: "sign-in form, signed out", signedIn: false },
  { path: "/", what: "home, administrator", signedIn: true },
  { path: "/bodies/1", what: "body page", signedIn: true },
  { path: "/meetings/2", what: "meeting page", signedIn: true },
  { path: "/meetings/2/live", what: "live meeting page", signedIn: true },
];

const arg = (name: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ??
  (process.argv.includes(`--${name}`) ? "" : undefined);
const duration = Number(arg("duration") ?? 5);
const rounds = Number(arg("rounds") ?? 3);
const only = arg("only")?.split(",");
const chosen = only ? targets.filter((t) => t.path === BARE || only.includes(t.path)) : targets;
const profileDir = path.resolve("data", "bench", "profiles");
const nodeFlags = arg("cpu-prof") !== undefined ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [];

const server = await serverProcess(nodeFlags);
try {
  const cookie = await signIn(server.url);
  const headersFor = (t: Target): Record<string, string> => (t.signedIn ? { cookie } : {});
  const bytes = new Map<string, number>();
  for (const t of chosen) {
    const r = await fetch(server.url + t.path, { headers: headersFor(t), redirect: "manual" });
    if (r.status !== 200) throw new Error(`${t.path}: ${r.status}`);
    bytes.set(t.path, (await r.arrayBuffer()).byteLength);
    // Warm up: JIT, SQLite's page cache, lazily loaded route modules.
    await autocannon({ url: server.url + t.path, connections: CONNECTIONS, duration: WARM_UP, headers: headersFor(t) });
    await drained(server.url);
  }
  const runs: { round: number; path: string; result: Result; cpuMs: number | null }[] = [];
  for (let round = 1; round <= rounds; round++) {
    for (const t of chosen) {
      const cpuBefore = server.cpuMs();
      const result = await autocannon({
        url: server.url + t.path,
        connections: CONNECTIONS,
        duration,
        headers: headersFor(t),
      });
      if (result.non2xx || result.errors)
        throw new Error(`${t.path}: ${result.non2xx} non-2xx, ${result.errors} errors`);
      const cpuAfter = server.cpuMs();
      await drained(server.url);
      const cpuMs = cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore;
      runs.push({ round, path: t.path, result, cpuMs });
    }
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const perSecond = (p: string) => mean(runs.filter((r) => r.path === p).map((r) => r.result.requests.average));
  const bare = perSecond(BARE);
  // Server CPU per request: steadier than req/s when other work shares the machine.
  const cpuPerRequest = (p: string) => {
    const own = runs.filter((r) => r.path === p);
    if (own.some((r) => r.cpuMs === null)) return null;
    return own.reduce((a, r) => a + r.cpuMs!, 0) / own.reduce((a, r) => a + r.result.requests.total, 0);
  };
  const bareCpu = cpuPerRequest(BARE);
  const rows = chosen.map((t) => {
    const own = runs.filter((r) => r.path === t.path);
    const reqPerSec = perSecond(t.path);
    const cpu = cpuPerRequest(t.path);
    return {
      page: t.path,
      what: t.what,
      "req/s": Math.round(reqPerSec),
      "p50 ms": Math.round(mean(own.map((r) => r.result.latency.p50))),
      "p99 ms": Math.round(mean(own.map((r) => r.result.latency.p99))),
      "× bare": Math.round((reqPerSec / bare) * 100) / 100,
      "KB/page": Math.round((bytes.get(t.path)! / 1024) * 10) / 10,
      "CPU ms/req": cpu === null ? null : Math.round(cpu * 100) / 100,
      "× bare by CPU": cpu === null || bareCpu === null ? null : Math.round((bareCpu / cpu) * 100) / 100,
    };
  });
  console.log(`\nhttp, concurrent: ${CONNECTIONS} connections, ${rounds} × ${duration} s per page`);
  console.table(rows);
  writeBenchResult("http", "concurrent", { connections: CONNECTIONS, duration, rounds, bare: BARE, rows });
} finally {
  await server.close();
  if (nodeFlags.length) console.log(`server CPU profile in ${path.relative(process.cwd(), profileDir)}/`);
}

/**
 * When a run ends, up to one request per connection is still queued in the server; on a loaded machine that
 * tail takes seconds and would be counted against the next page. One more request, answered last, marks its end.
 */
async function drained(origin: string) {
  await (await fetch(`${origin}/healthz`)).arrayBuffer();
}

async function signIn(origin: string): Promise<string> {
  const r = await fetch(`${origin}/login`, {
    method: "POST",
    redirect: "manual",
    headers: { origin, "content-type": "application/x-www-form-urlencoded" },
    body: "email=admin%40example.org&password=demo-password",
  });
  if (r.status !== 302) throw new Error(`sign-in failed: ${r.status}`);
  return r.headers.getSetCookie()[0]!.split(";")[0]!;
}
