// The scenarios of `npm run bench:collab` (bench/collab.ts runs each on both servers): what is prepared on each
// server, what the load generator is told, and the row of figures that comes back.
import { fork } from "node:child_process";
import path from "node:path";
import * as Y from "yjs";
import { loadProtocol } from "../db/protocols/store";
import type { Command } from "./collab-clients";
import { cpuMs, type BenchServer } from "./collab-servers";
import { compact, documentOf, seatEditors, storeSnapshots, storeUpdates, withDb } from "./collab-setup";

export type Row = Record<string, string | number>;
export type Clients = <R = Record<string, number>>(command: Command) => Promise<R>;

/** Typing before the timed part (JIT, first paragraphs): delivered and counted, not timed. */
const WARMUP_MS = 1000;

/** The load generator, a process of its own; `clients(command)` resolves with its answer. */
export function startGenerator() {
  const generator = fork(path.resolve("bench/collab-clients.ts"), [], {
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const clients: Clients = <R>(command: Command) =>
    new Promise<R>((resolve, reject) => {
      generator.once("message", (m: { ok: boolean; result?: R; error?: string }) =>
        m.ok ? resolve(m.result!) : reject(new Error(m.error)),
      );
      generator.send(command);
    });
  return { clients, stop: () => generator.disconnect() };
}

/** Clients for `rooms` rooms of `size`: signed-in officers on ours, bare room names on the reference. */
function roomsOn(server: BenchServer, rooms: number, size: number) {
  if (server.databaseFile) return seatEditors(server.databaseFile, rooms, size);
  return Array.from({ length: rooms }, (_, r) => ({
    meetingId: r + 1,
    room: `protocol-${r + 1}`,
    clients: Array.from({ length: size }, () => ({ room: `protocol-${r + 1}` })),
  }));
}

/** Scenarios a and b: every client types `rate` updates a second; delivery latency to the others in its room. */
export async function typing(
  clients: Clients,
  server: BenchServer,
  rooms: number,
  size: number,
  rate: number,
  durationMs: number,
): Promise<Row> {
  const all = roomsOn(server, rooms, size).flatMap((r) => r.clients);
  const joined = await clients({
    cmd: "connect",
    url: server.url,
    origin: server.origin,
    clients: all,
    awareness: true,
    concurrency: 50,
  });
  if (joined.synced !== all.length)
    throw new Error(`${server.name}: only ${joined.synced} of ${all.length} joined: ${JSON.stringify(joined)}`);
  const cpu = cpuMs(server.pid);
  const started = performance.now();
  const t = await clients({
    cmd: "type",
    ratePerClient: rate,
    durationMs: WARMUP_MS + durationMs,
    warmupMs: WARMUP_MS,
    drainMs: 3000,
  });
  const cpuUsed = cpuMs(server.pid) - cpu;
  return {
    "p50 ms": t.p50!,
    "p99 ms": t.p99!,
    "CPU % core": Math.round((cpuUsed / (performance.now() - started)) * 100),
    "CPU ms": cpuUsed,
    detail: `${t.sent} updates, ${t.delivered}/${t.expected} delivered, ${t.echoes} echoed to sender, generator ${t.generatorCpuPct} % core`,
    lost: t.lost!,
  };
}

export const STORM_DOCS = 200;
export const STORM_CLIENTS = 1000;

/** Scenario c: every client joins at once, onto stored documents; time until each has the whole document. */
export async function joinStorm(clients: Clients, server: BenchServer): Promise<Row> {
  const rooms = roomsOn(server, STORM_DOCS, STORM_CLIENTS / STORM_DOCS);
  const doc = documentOf(100_000);
  if (server.databaseFile)
    storeSnapshots(
      server.databaseFile,
      rooms.map((r) => r.meetingId),
      doc,
    );
  else
    await clients({
      cmd: "push",
      url: server.url,
      origin: server.origin,
      rooms: rooms.map((r) => r.clients[0]!),
      updates: [Buffer.from(doc).toString("base64")],
      concurrency: 10,
    });
  const all = rooms.flatMap((r) => r.clients);
  const cpu = cpuMs(server.pid);
  const j = await clients({
    cmd: "connect",
    url: server.url,
    origin: server.origin,
    clients: all,
    awareness: true,
    concurrency: all.length,
  });
  return {
    "p50 ms": j.p50!,
    "p99 ms": j.p99!,
    "CPU ms": cpuMs(server.pid) - cpu,
    detail: `${j.synced}/${all.length} synced in ${Math.round(j.wallMs!)} ms (${Math.round(doc.length / 1024)} KB each)`,
    synced: j.synced!,
    wallMs: Math.round(j.wallMs!),
  };
}

export const STORED_UPDATES = 20_000;

/**
 * Scenario d: joining a document of 20,000 typed updates, stored one by one (ours, before and after compaction),
 * or received one by one over a socket (the reference, which keeps the document in memory).
 */
export async function storedUpdates(
  clients: Clients,
  server: BenchServer,
  compacted: boolean,
  docs: number,
  updates: Uint8Array[],
): Promise<Row> {
  const rooms = roomsOn(server, docs, 1);
  let note: string;
  if (server.databaseFile) {
    const file = server.databaseFile;
    const ids = rooms.map((r) => r.meetingId);
    storeUpdates(file, ids, updates);
    const folded = compacted ? `compaction ${Math.round(compact(file, ids) / docs)} ms each; ` : "";
    note = `${folded}loadProtocol ${Math.round(timed(() => withDb(file, (db) => loadProtocol(db, ids[0]!).doc.destroy())))} ms`;
  } else {
    const started = performance.now();
    const base64 = updates.map((u) => Buffer.from(u).toString("base64"));
    await clients({
      cmd: "push",
      url: server.url,
      origin: server.origin,
      rooms: rooms.map((r) => r.clients[0]!),
      updates: base64,
      concurrency: docs,
    });
    note = `pushed as ${STORED_UPDATES} frames in ${Math.round((performance.now() - started) / docs)} ms each; applying them into a Y.Doc: ${Math.round(timed(() => applyAll(updates)))} ms`;
  }
  const cpu = cpuMs(server.pid);
  const j = await clients({
    cmd: "connect",
    url: server.url,
    origin: server.origin,
    clients: rooms.map((r) => r.clients[0]!),
    awareness: false,
    concurrency: 1,
  });
  return {
    "p50 ms": j.p50!,
    "p99 ms": j.p99!,
    "CPU ms": cpuMs(server.pid) - cpu,
    detail: `join of ${j.synced} docs; ${note}`,
  };
}

function timed(work: () => void): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}

function applyAll(updates: Uint8Array[]) {
  const doc = new Y.Doc();
  doc.transact(() => updates.forEach((u) => Y.applyUpdate(doc, u)));
  doc.destroy();
}
