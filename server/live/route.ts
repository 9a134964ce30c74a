import { type Request, type Response } from "express";
import { type Services } from "../../app/context";
import { DomainError } from "../../app/lib/errors";
import { loadMeeting } from "../../db/access";
import { parseId } from "../../app/lib/ids";
import { type User } from "../../db/schema/accounts";
import { type LiveHub } from "./hub";
import { translate } from "../../app/lib/i18n";
import { type Session } from "../../db/schema/accounts";

/**
 * GET /live/meetings/:id — the event stream of one meeting, for whoever may read the meeting; 404 for anyone
 * else; 429 when the user already holds the most streams allowed (MAX_STREAMS_PER_USER).
 */
export function liveMeetingRoute(services: Services, hub: LiveHub) {
  return (req: Request, res: Response) => {
    const user = res.locals.user as User | null;
    const session = res.locals.session as Session | null;
    if (!user || !session) return res.status(401).end();
    const id = parseId(req.params.id);
    if (id === null) return res.status(404).end();
    try {
      const { meeting } = loadMeeting(services.db, user, id, "meeting.read");
      const owner = { userId: user.id, sessionId: session.id, expiresAt: session.expiresAt };
      if (!hub.subscribe(meeting.id, res, owner))
        res
          .status(429)
          .set("Retry-After", "60")
          .type("text/plain")
          .send(translate(user.locale === "en" ? "en" : "ru", "live.tooManyStreams"));
    } catch (error) {
      if (error instanceof DomainError) return res.status(error.status).end();
      throw error;
    }
  };
}
