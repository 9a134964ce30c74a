import type { Request, Response } from "express";
import type { Services } from "../../app/context";
import { parseId } from "../../app/lib/ids";
import { can } from "../../app/lib/policy";
import { findMeeting, meetingScope } from "../../db/queries/meetings";
import type { User } from "../../db/schema";
import type { LiveHub } from "./hub";

/** GET /live/meetings/:id — the event stream of one meeting, for whoever may read the meeting; 404 for anyone else. */
export function liveMeetingRoute(services: Services, hub: LiveHub) {
  return (req: Request, res: Response) => {
    const user = res.locals.user as User | null;
    const id = parseId(req.params.id);
    const meeting = id === null ? null : findMeeting(services.db, id);
    if (!user) return res.status(401).end();
    if (!meeting || !can(user, "meeting.read", meetingScope(services.db, user.id, meeting)))
      return res.status(404).end();
    hub.subscribe(meeting.id, res);
  };
}
