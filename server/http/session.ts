import type { NextFunction, Request, Response } from "express";
import type { Services } from "../../app/context";
import { blankSessionCookie, readCookie, SESSION_COOKIE, sessionCookie, validateSessionToken } from "../../db/sessions";

/** Reads the session cookie once per request; a renewed session gets a fresh cookie, a dead one a blank cookie. */
export function sessionMiddleware(services: Services) {
  return (req: Request, res: Response, next: NextFunction) => {
    res.locals.user = null;
    res.locals.session = null;
    const token = readCookie(req.headers.cookie, SESSION_COOKIE);
    if (token) {
      const found = validateSessionToken(services.db, token);
      if (found) {
        res.locals.user = found.user;
        res.locals.session = found.session;
        if (found.renewed)
          res.append("Set-Cookie", sessionCookie(token, found.session.expiresAt, services.config.secureCookies));
      } else {
        res.append("Set-Cookie", blankSessionCookie(services.config.secureCookies));
      }
    }
    next();
  };
}
