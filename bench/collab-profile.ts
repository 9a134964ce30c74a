// `npm run bench:collab -- --profile`: where our server's CPU time went, from the .cpuprofile that --cpu-prof
// writes when the server exits: self time per function (file:function:line) and per file, top first.
import fs from "node:fs";
import path from "node:path";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export function printProfileSummary(dir: string, top = 20) {
  const file = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".cpuprofile"))
    .map((f) => path.join(dir, f))
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0];
  if (!file) return console.log(`no profile in ${dir}`);
  const profile = JSON.parse(fs.readFileSync(file, "utf8")) as Profile;
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const { functionName, url, lineNumber } = byNode.get(id)!.callFrame;
    const where = shortPath(url);
    const us = profile.timeDeltas[i] ?? 0;
    total += us;
    if (functionName === "(idle)") return;
    const key = `${where}:${functionName || "(anonymous)"}:${lineNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + us);
    byFile.set(where, (byFile.get(where) ?? 0) + us);
  });
  const rows = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([what, us]) => ({ what, ms: Math.round(us / 1000), "%": +((us / total) * 100).toFixed(1) }));
  console.log(`\nprofile ${path.relative(process.cwd(), file)}: self time by function`);
  console.table(rows(byFunction));
  console.log("self time by file");
  console.table(rows(byFile));
}

/** node_modules/<package>/… or the project-relative path; "(native)" for V8's own frames. */
function shortPath(url: string): string {
  if (!url) return "(native)";
  const p = url.replace(/^file:\/\//, "");
  const nm = p.lastIndexOf("node_modules/");
  return nm >= 0 ? p.slice(nm + "node_modules/".length) : path.relative(process.cwd(), p);
}
