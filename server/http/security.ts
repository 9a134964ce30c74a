import type { NextFunction, Request, Response } from "express";
import { randomBytes } from "node:crypto";
import { isSafeMethod, isSameOrigin } from "../../app/lib/origin";

/**
 * Security headers, with a fresh CSP nonce per response for the scripts Remix renders. HSTS only when the
 * public address is https (behind a TLS-terminating proxy): on plain http it would lock browsers out.
 */
export function securityHeaders(options: { production: boolean; hsts: boolean }) {
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
    if (options.hsts) res.setHeader("Strict-Transport-Security", "max-age=31536000");
    res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    next();
  };
}

/**
 * Refuses a state-changing request whose Origin is not exactly the public address (APP_URL: scheme, host and
 * port), before anything reads its body. The Host header is not trusted: under DNS rebinding an attacker's
 * page sends its own name in both.
 */
export function originCheck(appUrl: () => string) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (isSafeMethod(req.method) || (isSameOrigin(req.headers.origin, appUrl()) && isOurHost(req, appUrl())))
      return next();
    res
      .status(403)
      .type("text/plain; charset=utf-8")
      .send(
        "Запрос отклонён: он отправлен не со страницы платформы.\nRequest refused: it did not come from a page of this platform.\n",
      );
  };
}

/**
 * Remix compares the Origin with X-Forwarded-Host (or else Host) itself, and fails with a 500 when they
 * differ; refusing such a request here answers it with the 403 it deserves.
 */
function isOurHost(req: Request, appUrl: string): boolean {
  const forwarded = String(req.headers["x-forwarded-host"] ?? "")
    .split(",")[0]!
    .trim();
  return (forwarded || req.headers.host) === new URL(appUrl).host;
}

/**
 * Headers settled just before the response goes out, whoever wrote it (Remix, a download, the SSE route):
 * - `X-Content-Type-Options` once, though a download also sets it;
 * - `Cache-Control: private, no-store` on everything a signed-in user gets, and on every `.data` response,
 *   so no shared cache or back-button copy keeps a page of someone's meetings.
 */
export function finalHeaders() {
  return (req: Request, res: Response, next: NextFunction) => {
    const writeHead = res.writeHead;
    res.writeHead = function (this: Response, ...args: Parameters<Response["writeHead"]>) {
      if (!this.headersSent) {
        this.setHeader("X-Content-Type-Options", "nosniff");
        if (this.locals.user || req.path.endsWith(".data")) this.setHeader("Cache-Control", "private, no-store");
      }
      return writeHead.apply(this, args);
    } as Response["writeHead"];
    next();
  };
}
