import type { ServerBuild } from "@remix-run/node";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { startPlatform } from "../server/start";

/** The production build on a free port with a fresh demo database in a temporary folder. */
export async function benchPlatform() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "platform-bench-"));
  const build = (await import(pathToFileURL(path.resolve("build/server/index.js")).href)) as ServerBuild;
  const platform = await startPlatform({
    config: {
      appUrl: "http://localhost",
      dataDir,
      databaseFile: path.join(dataDir, "platform.sqlite"),
      smtpUrl: null,
      mailFrom: "bench@localhost",
      secureCookies: false,
      production: true,
    },
    port: 0,
    host: "127.0.0.1",
    demo: true,
    appUrlFromPort: true,
    build,
    assets: { clientDir: path.resolve("build/client") },
  });
  return {
    ...platform,
    async close() {
      await platform.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
  return { n: sorted.length, p50: round(at(50)), p95: round(at(95)), max: round(sorted[sorted.length - 1]!) };
}

const round = (x: number) => Math.round(x * 10) / 10;

export function report(name: string, rows: Record<string, unknown>[], mode?: string) {
  console.log(`\n${name}`);
  console.table(rows);
  if (mode) writeBenchResult(name, mode, { rows });
  else writeJson(name, { ...environment(), rows });
}

/** Adds one mode's results to data/bench/NAME.json, keeping the other modes' last results beside them. */
export function writeBenchResult(name: string, mode: string, result: Record<string, unknown>) {
  const file = path.resolve("data", "bench", `${name}.json`);
  let modes: Record<string, unknown> = {};
  try {
    const earlier = JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, unknown>;
    if (!("rows" in earlier)) modes = earlier; // a file from before modes existed is replaced
  } catch {
    // no earlier results
  }
  writeJson(name, { ...modes, [mode]: { ...environment(), ...result } });
}

const environment = () => ({ at: new Date().toISOString(), node: process.version, cpus: os.cpus().length });

function writeJson(name: string, content: unknown) {
  const out = path.resolve("data", "bench");
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, `${name}.json`), JSON.stringify(content, null, 2));
  console.log(`written to data/bench/${name}.json`);
}
