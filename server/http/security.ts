import type { NextFunction, Request, Response } from "express";
import { randomBytes } from "node:crypto";
import { isSafeMethod, isSameOrigin } from "../../app/lib/origin";

/** Security headers, with a fresh CSP nonce per response for the scripts Remix renders. */
export function securityHeaders(options: { production: boolean }) {
  return (_req: Request, res: Response, next: NextFunction) => {
    const nonce = randomBytes(16).toString("base64");
    res.locals.cspNonce = nonce;
    const script = options.production ? `'self' 'nonce-${nonce}'` : `'self' 'unsafe-inline' 'unsafe-eval'`;
    const connect = options.production ? "'self'" : "'self' ws: wss:";
    res.setHeader(
      "Content-Security-Policy",
      [
        "default-src 'self'",
        `script-src ${script}`,
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        `connect-src ${connect}`,
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
      ].join("; "),
    );
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    next();
  };
}

/** Refuses a state-changing request whose Origin is foreign or missing, before anything reads its body. */
export function originCheck(appUrl: () => string) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (isSafeMethod(req.method) || isSameOrigin(req.headers.origin, req.headers.host, appUrl())) return next();
    res
      .status(403)
      .type("text/plain; charset=utf-8")
      .send(
        "Запрос отклонён: он отправлен не со страницы платформы.\nRequest refused: it did not come from a page of this platform.\n",
      );
  };
}

/** A hard ceiling on any request body, checked before anything reads it (uploads have their own, friendlier limit). */
export function bodySizeLimit(maxBytes: number) {
  return (req: Request, res: Response, next: NextFunction) => {
    const length = Number(req.headers["content-length"] ?? 0);
    if (length <= maxBytes) return next();
    res.setHeader("Connection", "close");
    res.status(413).type("text/plain; charset=utf-8").send("Слишком большой запрос.\nRequest too large.\n");
  };
}

/**
 * When a response is sent before the request's body was read to its end (an upload refused as too large),
 * the rest of the body is still on the wire: the client must not send another request on that connection.
 */
export function closeConnectionsLeftUnread() {
  return (req: Request, res: Response, next: NextFunction) => {
    const hasBody = Number(req.headers["content-length"] ?? 0) > 0 || req.headers["transfer-encoding"] !== undefined;
    if (hasBody) {
      const writeHead = res.writeHead;
      res.writeHead = function (this: Response, ...args: Parameters<Response["writeHead"]>) {
        if (!req.complete) this.setHeader("Connection", "close");
        return writeHead.apply(this, args);
      } as Response["writeHead"];
    }
    next();
  };
}
