/**
 * The one way in to a conference or a partnership (issue 12), as db/access.ts is for bodies and meetings: the scope
 * the policy is asked about, loaded inside the caller's transaction, and a domain error when the answer is no —
 * 404 for whoever may not even read it (never learning that it exists), 403 otherwise. The actor may be null: the
 * public pages have readers without an account, and a conference's participants register without one.
 */
import { and, eq, sql } from "drizzle-orm";
import { DomainError } from "../app/lib/errors";
import { hashToken } from "../app/lib/tokens.server";
import { can, type Actor } from "../app/lib/policy";
import type { ConferenceAction, ConferenceScope } from "../app/lib/policy-conference";
import type { PartnershipAction, PartnershipScope } from "../app/lib/policy-partnership";
import type { Db } from "./client";
import { bodies, conferences, outcomes, partnerships, registrations, users, type Body } from "./schema";
import type { Conference, Partnership, Registration } from "./schema";
import { bodyScope } from "./queries/bodies";

export interface ConferenceContext {
  body: Body;
  conference: Conference;
  /** The visitor's registration (by their personal link, or the e-mail they are signed in with), if any. */
  registration: Registration | null;
  scope: ConferenceScope;
}

export interface PartnershipContext {
  body: Body;
  partnership: Partnership;
  scope: PartnershipScope;
}

/** Who is asking: a user (or nobody signed in), and the personal link of a conference participant, if any. */
export interface Visitor {
  actor: (Actor & { email?: string }) | null;
  participantToken?: string | null;
}

const notFound = () => new DomainError("error.notFound.title", 404);
const forbidden = () => new DomainError("error.forbidden.title", 403);

function bodyOfKind(tx: Db, bodyId: number, kind: Body["kind"]): Body {
  const body = tx.select().from(bodies).where(eq(bodies.id, bodyId)).get();
  if (!body || body.kind !== kind) throw notFound();
  return body;
}

/** The visitor's registration for this conference: their personal link first, else their signed-in e-mail. */
function registrationOf(tx: Db, bodyId: number, visitor: Visitor): Registration | null {
  if (visitor.participantToken) {
    const byLink = tx
      .select()
      .from(registrations)
      .where(
        and(eq(registrations.bodyId, bodyId), eq(registrations.accessTokenHash, hashToken(visitor.participantToken))),
      )
      .get();
    if (byLink) return byLink;
  }
  if (!visitor.actor) return null;
  const email =
    visitor.actor.email ??
    tx.select({ email: users.email }).from(users).where(eq(users.id, visitor.actor.id)).get()?.email;
  if (!email) return null;
  return (
    tx
      .select()
      .from(registrations)
      .where(and(eq(registrations.bodyId, bodyId), eq(registrations.emailKey, sql`${email.trim().toLowerCase()}`)))
      .get() ?? null
  );
}

/** What the policy is asked about a conference, for this visitor. */
export function conferenceScope(
  tx: Db,
  body: Body,
  visitor: Visitor,
): { scope: ConferenceScope; registration: Registration | null } {
  const registration = registrationOf(tx, body.id, visitor);
  const outcome = tx.select({ state: outcomes.state }).from(outcomes).where(eq(outcomes.bodyId, body.id)).get();
  const seats = visitor.actor ? bodyScope(tx, visitor.actor.id, body.id).seats : [];
  return {
    registration,
    scope: {
      bodyId: body.id,
      seats,
      published: body.publishedAt !== null,
      participant: registration?.status ?? null,
      outcome: outcome?.state ?? null,
    },
  };
}

/**
 * The conference as it is now, for this visitor and action: 404 for someone who may not read it (or for a body
 * that is not a conference), 403 for another action refused. `extra` adds to the scope (a material's `isPublic`).
 */
export function loadConference(
  tx: Db,
  visitor: Visitor,
  bodyId: number,
  action: ConferenceAction = "conference.read",
  extra: { isPublic?: boolean } = {},
): ConferenceContext {
  const body = bodyOfKind(tx, bodyId, "conference");
  const conference = tx.select().from(conferences).where(eq(conferences.bodyId, bodyId)).get();
  if (!conference) throw notFound();
  const { scope, registration } = conferenceScope(tx, body, visitor);
  if (!can(visitor.actor, "conference.read", scope)) throw notFound();
  if (!can(visitor.actor, action as "conferenceMaterial.read", { ...scope, isPublic: extra.isPublic ?? false }))
    throw forbidden();
  return { body, conference, registration, scope };
}

/** What the policy is asked about a partnership, for this user (or nobody signed in). */
export function partnershipScope(tx: Db, body: Body, actor: Actor | null): PartnershipScope {
  return {
    bodyId: body.id,
    seats: actor ? bodyScope(tx, actor.id, body.id).seats : [],
    published: body.publishedAt !== null,
  };
}

/**
 * The partnership as it is now, for this user and action: 404 for someone who may not read it, 403 for another
 * action refused (`responsibleSideId` names the party of the action-plan item asked about).
 */
export function loadPartnership(
  tx: Db,
  actor: Actor | null,
  bodyId: number,
  action: PartnershipAction = "partnership.read",
  responsibleSideId = -1,
): PartnershipContext {
  const body = bodyOfKind(tx, bodyId, "partnership");
  const partnership = tx.select().from(partnerships).where(eq(partnerships.bodyId, bodyId)).get();
  if (!partnership) throw notFound();
  const scope = partnershipScope(tx, body, actor);
  if (!can(actor, "partnership.read", scope)) throw notFound();
  if (!can(actor, action as "actionPlan.report", { ...scope, responsibleSideId })) throw forbidden();
  return { body, partnership, scope };
}
