import type { Request, Response } from "express";
import type { Services } from "../../app/context";
import { translate } from "../../app/lib/i18n";
import { can } from "../../app/lib/policy";
import { findMeeting, meetingScope } from "../../db/queries/meetings";
import type { Session, User } from "../../db/schema";
import type { LiveHub } from "./hub";

/**
 * GET /live/meetings/:id — the event stream of one meeting, for whoever may read the meeting; 404 for anyone
 * else; 429 when the user already holds the most streams allowed (MAX_STREAMS_PER_USER).
 */
export function liveMeetingRoute(services: Services, hub: LiveHub) {
  return (req: Request, res: Response) => {
    const user = res.locals.user as User | null;
    const session = res.locals.session as Session | null;
    const meeting = findMeeting(services.db, Number(req.params.id));
    if (!user || !session) return res.status(401).end();
    if (!meeting || !can(user, "meeting.read", meetingScope(services.db, user.id, meeting)))
      return res.status(404).end();
    const owner = { userId: user.id, sessionId: session.id, expiresAt: session.expiresAt };
    if (!hub.subscribe(meeting.id, res, owner))
      res
        .status(429)
        .set("Retry-After", "60")
        .type("text/plain")
        .send(translate(user.locale === "en" ? "en" : "ru", "live.tooManyStreams"));
  };
}
