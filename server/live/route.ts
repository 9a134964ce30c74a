import { type Request, type Response } from "express";
import { type Services } from "../../app/context";
import { DomainError } from "../../app/lib/errors";
import { loadMeeting } from "../../db/access";
import { parseId } from "../../app/lib/ids";
import { type User } from "../../db/schema/accounts";
import { type LiveHub } from "./hub";

/** GET /live/meetings/:id — the event stream of one meeting, for whoever may read the meeting; 404 for anyone else. */
export function liveMeetingRoute(services: Services, hub: LiveHub) {
  return (req: Request, res: Response) => {
    const user = res.locals.user as User | null;
    if (!user) return res.status(401).end();
    const id = parseId(req.params.id);
    if (id === null) return res.status(404).end();
    try {
      const { meeting } = loadMeeting(services.db, user, id, "meeting.read");
      hub.subscribe(meeting.id, res);
    } catch (error) {
      if (error instanceof DomainError) return res.status(error.status).end();
      throw error;
    }
  };
}
