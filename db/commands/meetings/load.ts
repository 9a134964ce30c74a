import { eq } from "drizzle-orm";
import { DomainError } from "../../../app/lib/errors";
import type { MessageKey } from "../../../app/lib/i18n-core";
import { can, meetingActionStates, type Actor, type MeetingScope } from "../../../app/lib/policy";
import type { Db } from "../../client";
import { bodies, meetings, type Body, type Meeting } from "../../schema";
import { meetingScope } from "../../queries/meetings";

export interface MeetingContext {
  meeting: Meeting;
  body: Body;
  scope: MeetingScope;
}

/** The meeting as it is now, inside the caller's transaction; 404 for someone who may not even read it. */
export function loadMeeting(tx: Db, actor: Actor, meetingId: number): MeetingContext {
  const meeting = tx.select().from(meetings).where(eq(meetings.id, meetingId)).get();
  if (!meeting) throw new DomainError("error.notFound.title", 404);
  const scope = meetingScope(tx, actor.id, meeting);
  if (!can(actor, "meeting.read", scope)) throw new DomainError("error.notFound.title", 404);
  const body = tx.select().from(bodies).where(eq(bodies.id, meeting.bodyId)).get()!;
  return { meeting, body, scope };
}

type MeetingAction = keyof typeof meetingActionStates;

/**
 * The policy's answer, with the reason when it is no: when the user's role would allow the action in another
 * state of the meeting, the state is the problem and they get `stateError` (e.g. "too late: the meeting has
 * started"); otherwise they simply may not.
 */
export function authorize<A extends MeetingAction>(
  actor: Actor,
  action: A,
  scope: MeetingScope & { sideId?: number },
  stateError: MessageKey,
): void {
  if (can(actor, action as "agenda.approve", { ...scope, sideId: scope.sideId ?? -1 })) return;
  const someState = meetingActionStates[action].some((status) =>
    can(actor, action as "agenda.approve", { ...scope, status, sideId: scope.sideId ?? -1 }),
  );
  if (someState) throw new DomainError(stateError, 409);
  throw new DomainError("error.forbidden.title", 403);
}
