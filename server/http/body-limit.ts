import type { NextFunction, Request, Response } from "express";
import type { Socket } from "node:net";
import { MAX_FORM_BYTES, MAX_UPLOAD_FORM_BYTES } from "../../app/web/form-body.server";

/**
 * The most a request body may carry: the form readers (`app/web/form-body.server.ts`) enforce these limits
 * as they read, with a page in the user's language; this is the backstop below them, for every request.
 */
export function bodyLimitOf(req: Request): number {
  const multipart = (req.headers["content-type"] ?? "").toLowerCase().startsWith("multipart/form-data");
  return multipart ? MAX_UPLOAD_FORM_BYTES : MAX_FORM_BYTES;
}

/**
 * Bytes received but not yet read sit in buffers (tens of KB) while a reader works: the backstop counts those
 * too, so it must not fire before the reader's own, friendlier limit.
 */
const READ_AHEAD_SLACK = 256 * 1024;
/**
 * After answering early, how long (and how much) to keep reading and dropping the unread rest; see below. Dropped
 * bytes cost no memory; the bounds only stop a client that never stops sending. They are nginx's lingering close:
 * up to 5 s of silence between reads and 30 s in all, because a client on a busy machine may push megabytes into its
 * socket before it reads our answer, and a reset before then loses the answer.
 */
const LINGER_IDLE_MS = 5000;
const LINGER_TOTAL_MS = 30_000;
const LINGER_BYTES = 64 * 1024 * 1024;

const TOO_LARGE = "Слишком большой запрос.\nRequest too large.\n";

function refuse(res: Response) {
  res.setHeader("Connection", "close");
  res.status(413).type("text/plain; charset=utf-8").send(TOO_LARGE);
}

/**
 * A hard ceiling on every request body, counted as the bytes arrive, so a chunked body (no Content-Length)
 * is bounded too; a declared length over the limit is refused before anything reads.
 *
 * When the answer goes out before the body was read to its end (413, 415, a redirect of a signed-out user …),
 * the connection is closed after it, so the unread rest cannot be taken for the next request. It is closed
 * gently: our side ends, and the rest is read and dropped for a moment (bounded in time and bytes) before the
 * socket is destroyed. Destroying at once would make the kernel answer the client's next bytes with a reset,
 * which can discard our 413 before the client has read it.
 */
export function boundedBody(limitOf: (req: Request) => number = bodyLimitOf) {
  return (req: Request, res: Response, next: NextFunction) => {
    const hasBody = Number(req.headers["content-length"] ?? 0) > 0 || req.headers["transfer-encoding"] !== undefined;
    if (!hasBody) return next();
    const limit = limitOf(req);
    const early = closeAfterEarlyAnswer(req, res);
    if (Number(req.headers["content-length"] ?? 0) > limit) return refuse(res);

    let received = 0;
    // The HTTP parser hands every body chunk to `push`: counting there sees each byte once, whoever reads.
    const push = req.push;
    req.push = function (this: Request, chunk: unknown, encoding?: BufferEncoding) {
      if (chunk === null || chunk === undefined) return push.call(this, chunk, encoding);
      received += (chunk as Buffer).length;
      if (early.discarding) return early.drop((chunk as Buffer).length);
      if (received > limit + READ_AHEAD_SLACK) {
        if (!res.headersSent) refuse(res);
        res.locals.bodyRefused = true;
        // Whoever was reading gets an error, never a cut body taken for a whole one.
        if (req.listenerCount("error") > 0) req.emit("error", new Error("request body over the limit"));
        early.startDiscarding();
        return true;
      }
      return push.call(this, chunk, encoding);
    };
    next();
  };
}

function closeAfterEarlyAnswer(req: Request, res: Response) {
  const state = {
    discarding: false,
    dropped: 0,
    /** Set while lingering: the client is still sending, so the silence timer starts again. */
    stillSending: () => {},
    startDiscarding() {
      state.discarding = true;
    },
    drop(bytes: number): boolean {
      state.dropped += bytes;
      if (state.dropped > LINGER_BYTES) req.socket.destroy();
      else state.stillSending();
      return true;
    },
  };
  const writeHead = res.writeHead;
  res.writeHead = function (this: Response, ...args: Parameters<Response["writeHead"]>) {
    if (!req.complete) {
      this.setHeader("Connection", "close");
      lingerOnClose(req.socket, (stillSending) => {
        state.discarding = true;
        state.stillSending = stillSending;
        req.removeAllListeners("data");
        req.resume();
      });
    }
    return writeHead.apply(this, args);
  } as Response["writeHead"];
  return state;
}

/**
 * Node ends a `Connection: close` response with `socket.destroySoon()`: end our side, then linger while the client
 * keeps sending (each dropped chunk restarts the silence timer), and destroy after a silence or at the total bound.
 */
function lingerOnClose(socket: Socket, discard: (stillSending: () => void) => void) {
  socket.destroySoon = function (this: Socket) {
    const silence = setTimeout(() => this.destroy(), LINGER_IDLE_MS);
    const total = setTimeout(() => this.destroy(), LINGER_TOTAL_MS);
    silence.unref();
    total.unref();
    this.once("close", () => {
      clearTimeout(silence);
      clearTimeout(total);
    });
    discard(() => silence.refresh());
    this.end();
  };
}

/** After a body was refused, the handler that was reading it fails too: its answer has already gone out. */
export function quietAfterRefusedBody() {
  return (error: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.locals.bodyRefused) return;
    next(error);
  };
}
