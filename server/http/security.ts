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
    res.status(403).type("text/plain; charset=utf-8").send("Запрос отклонён: он отправлен не со страницы платформы.\nRequest refused: it did not come from a page of this platform.\n");
  };
}
