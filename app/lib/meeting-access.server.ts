import type { AppLoadContext } from "@remix-run/node";
import type { Body, Meeting, User } from "../../db/schema";
import { findBody } from "../../db/queries/bodies";
import { findMeeting, meetingScope } from "../../db/queries/meetings";
import { can, type MeetingScope } from "./policy";
import { idParam, requireUser } from "./request.server";

export interface MeetingAccess {
  user: User;
  meeting: Meeting;
  body: Body;
  scope: MeetingScope;
}

/** The meeting named in the URL, if the user may read it (member, officer, or invited guest); 404 otherwise. */
export function requireMeetingAccess(
  request: Request,
  context: AppLoadContext,
  meetingIdParam: string | undefined,
): MeetingAccess {
  const user = requireUser(request, context);
  const meeting = findMeeting(context.services.db, idParam(meetingIdParam));
  if (!meeting) throw new Response("Not Found", { status: 404 });
  const scope = meetingScope(context.services.db, user.id, meeting);
  if (!can(user, "meeting.read", scope)) throw new Response("Not Found", { status: 404 });
  return { user, meeting, body: findBody(context.services.db, meeting.bodyId)!, scope };
}
