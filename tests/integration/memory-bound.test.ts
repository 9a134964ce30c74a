import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { streamRequest } from "../support/raw-http";

// Issue 8, item 1: the production server (build/server.js, as `npm start` runs it), attacked by 20 anonymous
// chunked bodies of 50 MB each at once. Before the fix /login read each whole: about a gigabyte of RSS.
const BODIES = 20;
const BODY_BYTES = 50 * 1024 * 1024;
const MAX_GROWTH_BYTES = 150 * 1024 * 1024;

let server: ChildProcess;
let port: string;
let dataDir: string;

function rssOf(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(status.match(/VmRSS:\s+(\d+) kB/)![1]) * 1024;
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "platform-memory-"));
  server = spawn(process.execPath, ["build/server.js"], {
    env: { ...process.env, NODE_ENV: "production", PORT: "0", HOST: "127.0.0.1", DATA_DIR: dataDir, APP_URL: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  server.stdout!.setEncoding("utf8");
  server.stderr!.setEncoding("utf8");
  server.stderr!.on("data", (chunk: string) => (output += chunk));
  port = await new Promise<string>((resolve, reject) => {
    server.stdout!.on("data", (chunk: string) => {
      output += chunk;
      const match = output.match(/http:\/\/localhost:(\d+)/);
      if (match && match[1] !== "0") resolve(match[1]!);
    });
    server.once("exit", (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
}, 120_000);

afterAll(async () => {
  if (server.exitCode === null) {
    server.kill("SIGTERM");
    await once(server, "exit");
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const attack = (bytes: number) =>
  streamRequest(`http://localhost:${port}/login`, {
    headers: { "content-type": "application/x-www-form-urlencoded", origin: `http://localhost:${port}` },
    bytes,
  });

describe("memory stays bounded under oversized chunked bodies (issue 8, item 1)", () => {
  it(`${BODIES} parallel chunked bodies of 50 MB: each gets 413, RSS grows by less than 150 MB`, async () => {
    const pid = server.pid!;
    await attack(4 * 1024 * 1024); // warm the code paths once, so the baseline includes them
    const baseline = rssOf(pid);
    let peak = baseline;
    // Sampling, not waiting: the peak is what matters, and it is only visible while the bodies arrive.
    const sampler = setInterval(() => (peak = Math.max(peak, rssOf(pid))), 25);
    let answers;
    try {
      answers = await Promise.all(Array.from({ length: BODIES }, () => attack(BODY_BYTES)));
    } finally {
      clearInterval(sampler);
    }
    peak = Math.max(peak, rssOf(pid));
    expect(peak - baseline, `RSS ${baseline >> 20} MB → peak ${peak >> 20} MB`).toBeLessThan(MAX_GROWTH_BYTES);
    expect(answers.map((a) => a.status)).toEqual(Array(BODIES).fill(413));
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
  }, 300_000);
});
