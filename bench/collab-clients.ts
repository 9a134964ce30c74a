// The load generator of `npm run bench:collab`, a process of its own (forked by bench/collab.ts, commands over
// IPC) so that it does not share an event loop with either server. Thin clients: raw `ws` and the frames of
// collab-wire.ts; no provider and no Y.Doc. One timer drives every client's typing, evenly staggered.
import { randomInt } from "node:crypto";
import WebSocket from "ws";
import {
  awarenessFrame,
  readFrame,
  scanTokens,
  syncStep1Empty,
  syncStep2Empty,
  token,
  Typist,
  updateFrame,
} from "./collab-wire";

export interface Target {
  /** http://localhost:PORT */
  url: string;
  /** Sent as Origin (ours checks it); the reference ignores it. */
  origin: string;
}
export interface ClientSpec {
  room: string;
  cookie?: string;
}
export type Command =
  | ({ cmd: "connect"; clients: ClientSpec[]; awareness: boolean; concurrency: number } & Target)
  | { cmd: "type"; ratePerClient: number; durationMs: number; warmupMs: number; drainMs: number }
  | ({ cmd: "push"; rooms: ClientSpec[]; updates: string[]; concurrency: number } & Target)
  | { cmd: "close" };

interface Client {
  ws: WebSocket;
  index: number;
  room: number;
  typist: Typist;
  synced: boolean;
}

let clients: Client[] = [];
const roomSizes = new Map<number, number>();
const closeCodes: Record<string, number> = {};
let closedEarly = 0;

// Per typed update: when it was sent, by whom, in which room, how many deliveries are expected and came.
let sentAt = new Float64Array(1 << 16);
let sender = new Int32Array(1 << 16);
let expected = new Int32Array(1 << 16);
let received = new Int32Array(1 << 16);
let nextId = 1;
let latencies = new Float64Array(1 << 16);
let samples = 0;
let echoes = 0;
let strays = 0;
let onDelivery: (() => void) | null = null;
/** Updates sent during the warm-up (ids below this) are delivered and counted, but not timed. */
let timedFrom = Infinity;

function grow<T extends Float64Array | Int32Array>(a: T, need: number): T {
  if (need < a.length) return a;
  const b = new (a.constructor as new (n: number) => T)(Math.max(need + 1, a.length * 2));
  b.set(a);
  return b;
}

function deliver(client: Client, id: number, now: number) {
  if (id <= 0 || id >= nextId) return void strays++;
  if (sender[id] === client.index) return void echoes++;
  if (clients[sender[id]!]?.room !== client.room) return void strays++;
  received[id]!++;
  if (id >= timedFrom) {
    latencies = grow(latencies, samples);
    latencies[samples++] = now - sentAt[id]!;
  }
  onDelivery?.();
}

function open(
  target: Target,
  spec: ClientSpec,
  onSynced: () => void,
  onFail: () => void,
  onUpdate: (update: Uint8Array) => void,
): WebSocket {
  const ws = new WebSocket(`${target.url.replace(/^http/, "ws")}/collab/${spec.room}`, {
    perMessageDeflate: false,
    headers: { origin: target.origin, ...(spec.cookie ? { cookie: spec.cookie } : {}) },
  });
  let synced = false;
  ws.on("message", (data: Buffer) => {
    const frame = readFrame(data);
    if (frame.kind === "update") onUpdate(frame.update);
    else if (frame.kind === "step1") ws.send(syncStep2Empty);
    else if (frame.kind === "synced" && !synced) {
      synced = true;
      onSynced();
    }
  });
  ws.on("close", (code) => {
    closeCodes[code] = (closeCodes[code] ?? 0) + 1;
    if (!synced) onFail();
  });
  ws.on("error", () => undefined); // the close event follows and counts it
  return ws;
}

/** Runs `task` over `items` with at most `limit` at a time. */
async function pool<T>(items: T[], limit: number, task: (item: T, i: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        await task(items[i]!, i);
      }
    }),
  );
}

async function connect(c: Extract<Command, { cmd: "connect" }>) {
  const roomIds = new Map<string, number>();
  const syncMs: number[] = [];
  let failed = 0;
  const started = performance.now();
  await pool(c.clients, c.concurrency, async (spec) => {
    const at = performance.now();
    const room = roomIds.get(spec.room) ?? roomIds.set(spec.room, roomIds.size).get(spec.room)!;
    const client: Client = {
      ws: null as unknown as WebSocket,
      index: clients.length,
      room,
      typist: new Typist(randomInt(1, 2 ** 32 - 1)),
      synced: false,
    };
    clients.push(client);
    await new Promise<void>((resolve) => {
      client.ws = open(
        c,
        spec,
        () => {
          client.synced = true;
          syncMs.push(performance.now() - at);
          resolve();
        },
        () => {
          failed++;
          resolve();
        },
        (update) => {
          const now = performance.now();
          scanTokens(update, (id) => deliver(client, id, now));
        },
      );
      client.ws.once("open", () => {
        client.ws.send(syncStep1Empty);
        if (c.awareness) client.ws.send(awarenessFrame(client.typist.clientId, `bench ${client.index}`));
      });
      client.ws.on("close", () => {
        if (client.synced && typing) closedEarly++;
      });
    });
  });
  for (const client of clients) roomSizes.set(client.room, (roomSizes.get(client.room) ?? 0) + (client.synced ? 1 : 0));
  return {
    clients: c.clients.length,
    synced: syncMs.length,
    failed,
    closeCodes: { ...closeCodes },
    wallMs: performance.now() - started,
    ...percentiles(syncMs),
  };
}

let typing = false;

async function type(c: Extract<Command, { cmd: "type" }>) {
  const live = clients.filter((client) => client.synced);
  // Counted afresh: deliveries that came after an earlier run's drain gave up are not this run's.
  samples = 0;
  echoes = 0;
  strays = 0;
  const cpu = process.cpuUsage();
  const periodMs = 1000 / c.ratePerClient;
  const started = performance.now();
  let k = 0;
  typing = true;
  await new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      const now = performance.now();
      // Send number k belongs to client k mod N, due at k/N periods: the clients' phases are evenly spread.
      while (started + (k / live.length) * periodMs <= now) {
        if (now - started >= c.durationMs) {
          clearInterval(timer);
          return resolve();
        }
        const client = live[k % live.length]!;
        k++;
        if (client.ws.readyState !== WebSocket.OPEN) continue;
        const id = nextId++;
        if (timedFrom === Infinity && now - started >= c.warmupMs) timedFrom = id;
        sentAt = grow(sentAt, id);
        sender = grow(sender, id);
        expected = grow(expected, id);
        received = grow(received, id);
        sender[id] = client.index;
        expected[id] = (roomSizes.get(client.room) ?? 1) - 1;
        sentAt[id] = performance.now();
        client.ws.send(updateFrame(client.typist.type(token(id))));
      }
    }, 1);
  });
  const sendMs = performance.now() - started;
  const firstId = nextId - k;
  const outstanding = () => {
    let missing = 0;
    for (let id = firstId; id < nextId; id++) missing += Math.max(0, expected[id]! - received[id]!);
    return missing;
  };
  // Drain: wait for the last deliveries (or give up after drainMs, and count what never came).
  await new Promise<void>((resolve) => {
    const deadline = setTimeout(resolve, c.drainMs);
    let missing = outstanding();
    if (missing === 0) return (clearTimeout(deadline), resolve());
    onDelivery = () => {
      if (--missing <= 0 && outstanding() === 0) (clearTimeout(deadline), resolve());
    };
  });
  onDelivery = null;
  typing = false;
  let sent = 0;
  let wanted = 0;
  let got = 0;
  for (let id = firstId; id < nextId; id++) {
    sent++;
    wanted += expected[id]!;
    got += Math.min(expected[id]!, received[id]!);
  }
  const usage = process.cpuUsage(cpu);
  const result = {
    sent,
    expected: wanted,
    delivered: got,
    lost: wanted - got,
    echoes,
    strays,
    closedEarly,
    sendMs,
    generatorCpuPct: Math.round(((usage.user + usage.system) / 1000 / (performance.now() - started)) * 100),
    ...percentiles(Array.from(latencies.subarray(0, samples))),
  };
  timedFrom = Infinity;
  return result;
}

/** Prepares rooms on a server that keeps nothing on disk: one client per room sends the updates and leaves. */
async function push(c: Extract<Command, { cmd: "push" }>) {
  const frames = c.updates.map((u) => updateFrame(Buffer.from(u, "base64")));
  let failed = 0;
  await pool(c.rooms, c.concurrency, async (spec) => {
    const ws = new WebSocket(`${c.url.replace(/^http/, "ws")}/collab/${spec.room}`, {
      perMessageDeflate: false,
      headers: { origin: c.origin, ...(spec.cookie ? { cookie: spec.cookie } : {}) },
    });
    await new Promise<void>((resolve) => {
      ws.on("open", () => {
        for (const f of frames) ws.send(f);
        // Frames are handled in order: the answer to this step 1 comes after every update was applied.
        ws.send(syncStep1Empty);
      });
      ws.on("message", (data: Buffer) => {
        const frame = readFrame(data);
        if (frame.kind === "step1") ws.send(syncStep2Empty);
        if (frame.kind === "synced") ws.close();
      });
      ws.on("error", () => undefined);
      ws.on("close", (code) => {
        if (code !== 1000 && code !== 1005) failed++;
        resolve();
      });
    });
  });
  return { rooms: c.rooms.length, failed };
}

async function close() {
  await Promise.all(
    clients.map(
      (client) =>
        new Promise<void>((resolve) => {
          if (client.ws.readyState === WebSocket.CLOSED) return resolve();
          client.ws.once("close", () => resolve());
          client.ws.close();
          setTimeout(() => (client.ws.terminate(), resolve()), 5000).unref();
        }),
    ),
  );
  const n = clients.length;
  clients = [];
  roomSizes.clear();
  closedEarly = 0;
  for (const code of Object.keys(closeCodes)) delete closeCodes[code];
  return { closed: n };
}

export function percentiles(samples: number[]) {
  if (samples.length === 0) return { n: 0, p50: NaN, p99: NaN, max: NaN };
  const sorted = Float64Array.from(samples).sort();
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
  const r = (x: number) => Math.round(x * 10) / 10;
  return { n: sorted.length, p50: r(at(50)), p99: r(at(99)), max: r(sorted[sorted.length - 1]!) };
}

process.on("message", async (command: Command) => {
  try {
    const result =
      command.cmd === "connect"
        ? await connect(command)
        : command.cmd === "type"
          ? await type(command)
          : command.cmd === "push"
            ? await push(command)
            : await close();
    process.send!({ ok: true, result });
  } catch (error) {
    process.send!({ ok: false, error: String((error as Error).stack ?? error) });
  }
});
process.on("disconnect", () => process.exit(0));
