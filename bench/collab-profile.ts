// `npm run bench:collab -- --profile`: where our server's CPU time went, from the .cpuprofile that --cpu-prof
// writes when the server exits: self time per function (file:function:line) and per file, top first.
import fs from "node:fs";
import path from "node:path";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Now on the clock of V8's profiles (CLOCK_MONOTONIC, µs): marks the scenario's window in the server's profile. */
export const profileClock = () => Number(process.hrtime.bigint() / 1000n);

/**
 * Self time per function and per file, and total (inclusive) time of the project's own functions
 * (build/server.js: where the collaboration server's time goes, callees included), within `window` only.
 */
export function printProfileSummary(dir: string, window: [number, number], top = 20) {
  const file = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".cpuprofile"))
    .map((f) => path.join(dir, f))
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0];
  if (!file) return console.log(`no profile in ${dir}`);
  const profile = JSON.parse(fs.readFileSync(file, "utf8")) as Profile;
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n: ProfileNode) =>
    `${shortPath(n.callFrame.url)}:${n.callFrame.functionName || "(anonymous)"}:${n.callFrame.lineNumber + 1}`;
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    at += us;
    if (at < window[0] || at > window[1]) return;
    const node = byNode.get(id)!;
    total += us;
    if (node.callFrame.functionName === "(idle)") return;
    const where = shortPath(node.callFrame.url);
    byFunction.set(name(node), (byFunction.get(name(node)) ?? 0) + us);
    byFile.set(where, (byFile.get(where) ?? 0) + us);
    const seen = new Set<string>();
    for (let n: ProfileNode | undefined = node; n; n = byNode.get(parent.get(n.id) ?? -1)) {
      if (!n.callFrame.url.endsWith("build/server.js") || seen.has(name(n))) continue;
      seen.add(name(n));
      inclusive.set(name(n), (inclusive.get(name(n)) ?? 0) + us);
    }
  });
  const rows = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([what, us]) => ({ what, ms: Math.round(us / 1000), "%": +((us / total) * 100).toFixed(1) }));
  console.log(
    `\nprofile ${path.relative(process.cwd(), file)}, ${Math.round(total / 1000)} ms of the scenario: self time by function`,
  );
  console.table(rows(byFunction));
  console.log("self time by file");
  console.table(rows(byFile));
  console.log("total time (callees included) of the project's functions");
  console.table(rows(inclusive));
}

/** node_modules/<package>/… or the project-relative path; "(native)" for V8's own frames. */
function shortPath(url: string): string {
  if (!url) return "(native)";
  const p = url.replace(/^file:\/\//, "");
  const nm = p.lastIndexOf("node_modules/");
  return nm >= 0 ? p.slice(nm + "node_modules/".length) : path.relative(process.cwd(), p);
}
