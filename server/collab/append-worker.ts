/**
 * The appends of the group commit, on a thread of their own (decision 0014, addendum): its own connection to the
 * same database file, synchronous=FULL, one IMMEDIATE transaction per batch. The fsync of each COMMIT then
 * blocks this thread, not the event loop that reads and broadcasts; the main thread still broadcasts a batch
 * only once this thread says it is committed. A synchronous wait (Atomics) serves flushes that cannot wait a
 * turn (shutdown, the platform's own changes: documents.ts).
 */
import { createRequire } from "node:module";
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from "node:worker_threads";

export interface BatchRoom {
  meetingId: number;
  rows: { update: Uint8Array; userId: number }[];
}

/** What the thread did with a batch: every room stored (its newest id) or found finalised, or nothing (error). */
export type Written = { finalised: number[]; stored: [meetingId: number, lastId: number][] } | { error: string };

// Plain CommonJS, run with `eval`: no file of its own to find in the bundle (build/server.js) or in the sources.
const WORKER_SOURCE = `
const { workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
const { port } = workerData;
const done = new Int32Array(workerData.done);
const db = new Database(workerData.file);
db.pragma("journal_mode = WAL");
db.pragma("foreign_keys = ON");
db.pragma("busy_timeout = 5000");
db.pragma("synchronous = FULL");
const finalisedAt = db.prepare("select finalised_at from protocols where meeting_id = ?");
const append = db.prepare('insert into protocol_updates (meeting_id, "update", user_id) values (?, ?, ?)');
const write = db.transaction((rooms) => {
  const finalised = [];
  const stored = [];
  for (const { meetingId, rows } of rooms) {
    // Read inside the transaction: a protocol finalised a moment ago refuses this batch (R13).
    if (finalisedAt.get(meetingId)?.finalised_at != null) {
      finalised.push(meetingId);
      continue;
    }
    let last = 0;
    for (const { update, userId } of rows) {
      const blob = Buffer.from(update.buffer, update.byteOffset, update.byteLength);
      last = Number(append.run(meetingId, blob, userId).lastInsertRowid);
    }
    stored.push([meetingId, last]);
  }
  return { finalised, stored };
});
port.on("message", ({ seq, rooms }) => {
  let written;
  try {
    written = write.immediate(rooms);
  } catch (error) {
    written = { error: String((error && error.stack) || error) };
  }
  port.postMessage({ seq, written });
  Atomics.store(done, 0, seq);
  Atomics.notify(done, 0);
});
`;

/** How long a synchronous flush waits for the thread before it counts the batch as failed. */
const SYNC_WAIT_MS = 30_000;

export class AppendWorker {
  private worker: Worker;
  private port: MessagePort;
  private done = new Int32Array(new SharedArrayBuffer(4));
  private seq = 0;

  constructor(
    file: string,
    private readonly onWritten: (written: Written) => void,
    onBroken: (error: unknown) => void,
  ) {
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        driver: createRequire(import.meta.url).resolve("better-sqlite3"),
        file,
        port: port2,
        done: this.done.buffer,
      },
      transferList: [port2],
    });
    this.worker.on("error", onBroken);
    this.worker.unref();
    this.port.on("message", ({ written }: { written: Written }) => this.onWritten(written));
    this.port.unref();
  }

  /** Sends a batch; `onWritten` hears of it (or `waitFor` returns it). */
  write(rooms: BatchRoom[]): void {
    this.port.postMessage({ seq: ++this.seq, rooms });
  }

  /** Blocks until the batch sent last is written, and takes its answer here instead of in `onWritten`. */
  waitFor(): Written {
    while (Atomics.load(this.done, 0) < this.seq) {
      const seen = Atomics.load(this.done, 0);
      if (seen >= this.seq) break;
      if (Atomics.wait(this.done, 0, seen, SYNC_WAIT_MS) === "timed-out") return { error: "append thread timed out" };
    }
    const message = receiveMessageOnPort(this.port);
    return message ? (message.message as { written: Written }).written : { error: "append thread lost its answer" };
  }

  close(): void {
    this.port.close();
    void this.worker.terminate();
  }
}
