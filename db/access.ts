/**
 * The one way in to a meeting or a body for a user (decision 0009). Every page, command, download, live stream
 * and, next, the collaboration socket loads what it works on here, inside the caller's transaction, and gets
 * a domain error when it may not: not found (404, also for a stranger, who never learns that it exists),
 * forbidden (403), or the wrong state of the meeting (409). The adapters map that error to their protocol.
 */
import { and, eq, sql } from "drizzle-orm";
import { DomainError } from "../app/lib/errors";
import type { MessageKey } from "../app/lib/i18n-core";
import {
  can,
  meetingActionStates,
  type Action,
  type Actor,
  type BodyScope,
  type MeetingScope,
} from "../app/lib/policy";
import { preparedPerConnection, type Db } from "./client";
import { bodies, meetingGuests, meetings, type Body, type Meeting } from "./schema";
import { bodyScope } from "./queries/bodies";

export interface MeetingContext {
  meeting: Meeting;
  body: Body;
  scope: MeetingScope;
}

export interface BodyContext {
  body: Body;
  scope: BodyScope;
}

export type MeetingAction = keyof typeof meetingActionStates;
/** Actions asked about a body as a whole (not one of its meetings, not one of its sides). */
export type BodyAction = Extract<Action, "body.read" | "body.update" | "meeting.create" | "composition.change">;

const accessQueries = preparedPerConnection((db) => ({
  meeting: db
    .select()
    .from(meetings)
    .where(eq(meetings.id, sql.placeholder("id")))
    .prepare(),
  body: db
    .select()
    .from(bodies)
    .where(eq(bodies.id, sql.placeholder("id")))
    .prepare(),
  guest: db
    .select({ kind: meetingGuests.kind })
    .from(meetingGuests)
    .where(
      and(
        eq(meetingGuests.meetingId, sql.placeholder("meetingId")),
        eq(meetingGuests.userId, sql.placeholder("userId")),
      ),
    )
    .prepare(),
}));

const notFound = () => new DomainError("error.notFound.title", 404);

/**
 * What the policy is asked about a meeting: the user's seats in its body now and when the meeting was held
 * (R14), whether they are its guest (R12), and its state.
 */
export function meetingScope(
  tx: Db,
  userId: number,
  meeting: Pick<Meeting, "id" | "bodyId" | "status" | "startsAt">,
): MeetingScope {
  const guest = accessQueries(tx).guest.get({ meetingId: meeting.id, userId });
  return {
    ...bodyScope(tx, userId, meeting.bodyId),
    seatsAtMeeting: bodyScope(tx, userId, meeting.bodyId, meeting.startsAt).seats,
    status: meeting.status,
    guest: guest?.kind ?? null,
  };
}

/**
 * The meeting as it is now, for this user and this action. 404 for someone who may not even read it;
 * then, for another action, 403 or (when their role would allow it in another state) 409 with `stateError`.
 */
export function loadMeeting(
  tx: Db,
  actor: Actor,
  meetingId: number,
  action: MeetingAction = "meeting.read",
  stateError: MessageKey = "error.wrongState.title",
): MeetingContext {
  const queries = accessQueries(tx);
  const meeting = queries.meeting.get({ id: meetingId });
  if (!meeting) throw notFound();
  const scope = meetingScope(tx, actor.id, meeting);
  if (!can(actor, "meeting.read", scope)) throw notFound();
  if (action !== "meeting.read") authorize(actor, action, scope, stateError);
  const body = queries.body.get({ id: meeting.bodyId })!;
  return { meeting, body, scope };
}

/**
 * The body as it is now, for this user: 404 for someone who may not read it, 403 for another action refused
 * (`sideId` names the side for `composition.change`).
 */
export function loadBody(
  tx: Db,
  actor: Actor,
  bodyId: number,
  action: BodyAction = "body.read",
  sideId?: number,
): BodyContext {
  const body = tx.select().from(bodies).where(eq(bodies.id, bodyId)).get();
  if (!body) throw notFound();
  const scope = bodyScope(tx, actor.id, body.id);
  if (!can(actor, "body.read", scope)) throw notFound();
  authorizeBody(actor, action, scope, sideId);
  return { body, scope };
}

/** 403 unless the policy allows the body action (for `composition.change`, on the side named). */
export function authorizeBody(actor: Actor, action: BodyAction, scope: BodyScope, sideId = -1): void {
  if (!can(actor, action as "composition.change", { ...scope, sideId }))
    throw new DomainError("error.forbidden.title", 403);
}

/**
 * The policy's answer, with the reason when it is no: when the user's role would allow the action in another
 * state of the meeting, the state is the problem and they get `stateError` (e.g. "too late: the meeting has
 * started"); otherwise they simply may not.
 */
export function authorize<A extends MeetingAction>(
  actor: Actor,
  action: A,
  scope: MeetingScope & { sideId?: number; authorId?: number; named?: boolean },
  stateError: MessageKey,
): void {
  const asked = { ...scope, sideId: scope.sideId ?? -1, authorId: scope.authorId ?? -1 };
  if (can(actor, action as "agenda.approve", asked)) return;
  const someState = meetingActionStates[action].some((status) =>
    can(actor, action as "agenda.approve", { ...asked, status }),
  );
  if (someState) throw new DomainError(stateError, 409);
  throw new DomainError("error.forbidden.title", 403);
}
