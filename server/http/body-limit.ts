import type { NextFunction, Request, Response } from "express";
import { MAX_FORM_BYTES, MAX_UPLOAD_FORM_BYTES } from "../../app/lib/form-body.server";

/**
 * The most a request body may carry: the form readers (`app/lib/form-body.server.ts`) enforce these limits
 * as they read, with a page in the user's language; this is the backstop below them.
 */
export function bodyLimitOf(req: Request): number {
  const multipart = (req.headers["content-type"] ?? "").toLowerCase().startsWith("multipart/form-data");
  return multipart ? MAX_UPLOAD_FORM_BYTES : MAX_FORM_BYTES;
}

/**
 * While the form readers read, bytes already received but not yet read sit in buffers (tens of KB): the
 * backstop counts those too, so it must not fire before the reader's own, friendlier limit.
 */
const READ_AHEAD_SLACK = 256 * 1024;

const TOO_LARGE = "Слишком большой запрос.\nRequest too large.\n";

function refuse(res: Response) {
  res.setHeader("Connection", "close");
  res.status(413).type("text/plain; charset=utf-8").send(TOO_LARGE);
}

/**
 * A hard ceiling on every request body, counted as the bytes arrive, so a chunked body (no Content-Length)
 * is bounded too. A declared length over the limit is refused before anything reads. Past the ceiling the
 * rest is dropped, the reader (if any) gets an error rather than a cut body, and the connection closes
 * after a 413 so the unread rest cannot poison keep-alive.
 */
export function bodySizeLimit(limitOf: (req: Request) => number = bodyLimitOf) {
  return (req: Request, res: Response, next: NextFunction) => {
    const limit = limitOf(req);
    if (Number(req.headers["content-length"] ?? 0) > limit) return refuse(res);
    const ceiling = limit + READ_AHEAD_SLACK;
    let received = 0;
    let over = false;
    // The HTTP parser hands every body chunk to `push`: counting there sees each byte once, whoever reads.
    const push = req.push;
    req.push = function (this: Request, chunk: unknown, encoding?: BufferEncoding) {
      if (over) return false;
      if (chunk !== null && chunk !== undefined) {
        received += (chunk as Buffer).length;
        if (received > ceiling) {
          over = true;
          if (!res.headersSent) refuse(res);
          res.locals.bodyRefused = true;
          if (req.listenerCount("error") > 0) req.emit("error", new Error("request body over the limit"));
          return false;
        }
      }
      return push.call(this, chunk, encoding);
    };
    next();
  };
}

/** After a body was refused, the handler that was reading it fails too: its answer has already gone out. */
export function quietAfterRefusedBody() {
  return (error: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.locals.bodyRefused) return;
    next(error);
  };
}
