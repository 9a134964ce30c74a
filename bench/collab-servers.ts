// The two servers of `npm run bench:collab`, each a fresh process per scenario, and what is read of them
// from /proc (Linux): CPU time, resident memory and its peak.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort, serverProcess } from "./server-process";

export interface BenchServer {
  name: "reference" | "ours";
  url: string;
  origin: string;
  pid: number;
  /** ours: the database file of its temporary DATA_DIR */
  databaseFile?: string;
  close(): Promise<void>;
}

const gcHook = ["--expose-gc", "--require", path.resolve("bench/collab-gc.cjs")];

/** `@y/websocket-server` 0.1.1 as its own bin starts it: in memory, no persistence, no authentication. */
export async function referenceServer(): Promise<BenchServer> {
  const port = await freePort();
  const child = spawn(process.execPath, [...gcHook, path.resolve("node_modules/@y/websocket-server/src/server.js")], {
    env: { ...process.env, HOST: "127.0.0.1", PORT: String(port), NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://localhost:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`reference server exited with ${child.exitCode}`);
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await sleep(50);
  }
  return {
    name: "reference",
    url,
    origin: url,
    pid: child.pid!,
    async close() {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    },
  };
}

/** The production build on a fresh, migrated demo database (synchronous=FULL, as in production). */
export async function ourServer(profileDir?: string): Promise<BenchServer> {
  const flags = profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [];
  const server = await serverProcess([...gcHook, ...flags]);
  return {
    name: "ours",
    url: server.url,
    origin: server.url,
    pid: server.pid,
    databaseFile: path.join(server.dataDir, "platform.sqlite"),
    close: server.close,
  };
}

function status(pid: number, field: "VmRSS" | "VmHWM"): number {
  const line = fs
    .readFileSync(`/proc/${pid}/status`, "utf8")
    .split("\n")
    .find((l) => l.startsWith(field))!;
  return Math.round(Number(line.split(/\s+/)[1]) / 1024); // kB → MB
}

export const rssMb = (pid: number) => status(pid, "VmRSS");
export const peakRssMb = (pid: number) => status(pid, "VmHWM");

/** Starts the peak (VmHWM) over from the current RSS, so a scenario's peak is its own. */
export function resetPeak(pid: number) {
  fs.writeFileSync(`/proc/${pid}/clear_refs`, "5");
}

/** User + system CPU time of the process so far, in ms. */
export function cpuMs(pid: number): number {
  // /proc/PID/stat: after the command name, fields 14 and 15 are utime and stime in clock ticks (1/100 s).
  const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

const memoryDir = fs.mkdtempSync(path.join(os.tmpdir(), "collab-bench-memory-"));
process.env.BENCH_MEMORY_DIR = memoryDir; // inherited by both servers' processes

/** RSS after a full collection in the server (SIGUSR2, see collab-gc.cjs), and its JS heap then, in MB. */
export async function rssAfterGc(pid: number): Promise<{ rss: number; heap: number }> {
  const report = path.join(memoryDir, `${pid}.json`);
  fs.rmSync(report, { force: true });
  process.kill(pid, "SIGUSR2");
  // The server answers between two turns of its event loop: on a busy machine that can take a while.
  for (let i = 0; i < 1000 && !fs.existsSync(report); i++) await sleep(20);
  await sleep(100); // the allocator hands pages back a moment after the collection
  const heapUsed = fs.existsSync(report)
    ? (JSON.parse(fs.readFileSync(report, "utf8")) as NodeJS.MemoryUsage).heapUsed
    : NaN;
  return { rss: rssMb(pid), heap: Math.round(heapUsed / 1024 / 1024) };
}

export function removeMemoryReports() {
  fs.rmSync(memoryDir, { recursive: true, force: true });
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
