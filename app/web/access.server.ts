/**
 * Routes' side of the one access path (db/access.ts): the signed-in user, the id from the URL, the meeting
 * or body loaded for the action, and a refusal turned into the HTTP status the error page shows. The one
 * guard shape in routes: `const { user, meeting, scope } = meetingFor(args, "meeting.read")`.
 */
import type { AppLoadContext, LoaderFunctionArgs } from "@remix-run/node";
import {
  loadBody,
  loadMeeting,
  type BodyAction,
  type BodyContext,
  type MeetingAction,
  type MeetingContext,
} from "../../db/access";
import { loadConference, loadPartnership, type ConferenceContext, type PartnershipContext } from "../../db/area-access";
import type { User } from "../../db/schema";
import type { ConferenceAction } from "~/lib/policy-conference";
import type { PartnershipAction } from "~/lib/policy-partnership";
import { participantTokenOf } from "~/web/participant-link.server";
import { DomainError } from "~/lib/errors";
import type { MessageKey } from "~/lib/i18n-core";
import { idParam, requireUser } from "~/web/request.server";

interface RouteArgs {
  request: Request;
  context: AppLoadContext;
  params: LoaderFunctionArgs["params"];
}

export type MeetingAccess = MeetingContext & { user: User };
export type BodyAccess = BodyContext & { user: User };

const statusText = { 403: "Forbidden", 404: "Not Found", 409: "Conflict" } as Record<number, string>;

/** A refusal of the access path as the HTTP response the route throws (the error page shows its status). */
export function refusalResponse(error: unknown): unknown {
  if (!(error instanceof DomainError)) return error;
  return new Response(statusText[error.status] ?? "Unprocessable", { status: error.status });
}

/**
 * The same refusal as a websocket close code shaped like the HTTP status (4403, 4404, 4409), for the
 * collaboration server (which closes with 4401 itself when nobody is signed in).
 */
export function closeCodeFor(error: unknown): number {
  return error instanceof DomainError ? 4000 + error.status : 4500;
}

function adapt<T>(load: () => T): T {
  try {
    return load();
  } catch (error) {
    throw refusalResponse(error);
  }
}

/**
 * A page request runs its frame's loader and its own on one Request: a plain read of the meeting (or body) is
 * done once for both. Only reads of GET requests are kept, and only while that Request lives; every action,
 * and every write, loads afresh inside its own transaction.
 */
const readsOfRequest = new WeakMap<Request, Map<string, unknown>>();
function readOnce<T>(request: Request, key: string, load: () => T): T {
  if (request.method !== "GET") return load();
  let reads = readsOfRequest.get(request);
  if (!reads) readsOfRequest.set(request, (reads = new Map()));
  if (!reads.has(key)) reads.set(key, load());
  return reads.get(key) as T;
}

/** The meeting named by `params.meetingId`, for the signed-in user and this action. */
export function meetingFor(
  { request, context, params }: RouteArgs,
  action: MeetingAction = "meeting.read",
  stateError?: MessageKey,
): MeetingAccess {
  const user = requireUser(request, context);
  const meetingId = idParam(params.meetingId);
  const load = () => adapt(() => loadMeeting(context.services.db, user, meetingId, action, stateError));
  const ctx = action === "meeting.read" ? readOnce(request, `meeting:${meetingId}:${user.id}`, load) : load();
  return { user, ...ctx };
}

/** The body named by `params.bodyId`, for the signed-in user and this action (`sideId` for `composition.change`). */
export function bodyFor(
  { request, context, params }: RouteArgs,
  action: BodyAction = "body.read",
  sideId?: number,
): BodyAccess {
  const user = requireUser(request, context);
  const bodyId = idParam(params.bodyId);
  const load = () => adapt(() => loadBody(context.services.db, user, bodyId, action, sideId));
  const ctx = action === "body.read" ? readOnce(request, `body:${bodyId}:${user.id}`, load) : load();
  return { user, ...ctx };
}

/**
 * The conference named by `params.conferenceId`, for whoever asks (signed in or not, with or without a participant's
 * personal link) and this action. `isPublic` is the material's, for `conferenceMaterial.read`.
 */
export function conferenceFor(
  { request, context, params }: RouteArgs,
  action: ConferenceAction = "conference.read",
  extra: { isPublic?: boolean } = {},
): ConferenceContext & { user: User | null } {
  const user = context.user ?? null;
  const conferenceId = idParam(params.conferenceId);
  const visitor = { actor: user, participantToken: participantTokenOf(request, conferenceId) };
  return { user, ...adapt(() => loadConference(context.services.db, visitor, conferenceId, action, extra)) };
}

/** The partnership named by `params.partnershipId`, for whoever asks and this action. */
export function partnershipFor(
  { context, params }: RouteArgs,
  action: PartnershipAction = "partnership.read",
  responsibleSideId?: number,
): PartnershipContext & { user: User | null } {
  const user = context.user ?? null;
  const partnershipId = idParam(params.partnershipId);
  return { user, ...adapt(() => loadPartnership(context.services.db, user, partnershipId, action, responsibleSideId)) };
}
