/**
 * The organisers' decisions on registrations (issue 12): open and close the form, confirm or decline a registration.
 * Each is guard → one IMMEDIATE transaction (change + audit row + the registrant's letter in the outbox) → the mail
 * queue kicked after commit.
 */
import { eq } from "drizzle-orm";
import type { Services } from "../../../app/context";
import { mayConfirm, mayDecline, registrationWindow } from "../../../app/lib/conference-registration/rules";
import { DomainError } from "../../../app/lib/errors";
import type { Actor } from "../../../app/lib/policy";
import { generateToken, hashToken } from "../../../app/lib/tokens.server";
import { appendAudit } from "../../audit";
import { loadConference, type ConferenceContext } from "../../area-access";
import { writeTransaction, type Db } from "../../client";
import { registrationIn } from "../../queries/conference-registrations";
import { conferences, registrations, type Registration } from "../../schema";
import { queueConfirmation, queueDecline } from "./notify";

export function openRegistration(services: Services, actor: Actor, conferenceId: number, now = new Date()): void {
  writeTransaction(services.db, (tx) => {
    const { conference } = loadConference(tx, { actor }, conferenceId, "registration.manage");
    if (registrationWindow(conference, now) === "open") throw new DomainError("registration.error.alreadyOpen", 409);
    tx.update(conferences)
      .set({ registrationOpenedAt: now, registrationClosedAt: null, updatedAt: now })
      .where(eq(conferences.bodyId, conferenceId))
      .run();
    appendAudit(
      tx,
      actor.id,
      { action: "registration.opened", subjectType: "conference", subjectId: conferenceId, details: {} },
      now,
    );
  });
}

export function closeRegistration(services: Services, actor: Actor, conferenceId: number, now = new Date()): void {
  writeTransaction(services.db, (tx) => {
    const { conference } = loadConference(tx, { actor }, conferenceId, "registration.manage");
    if (registrationWindow(conference, now) !== "open") throw new DomainError("registration.error.notOpen", 409);
    tx.update(conferences)
      .set({ registrationClosedAt: now, updatedAt: now })
      .where(eq(conferences.bodyId, conferenceId))
      .run();
    appendAudit(
      tx,
      actor.id,
      { action: "registration.closed", subjectType: "conference", subjectId: conferenceId, details: {} },
      now,
    );
  });
}

/**
 * Confirms inside the caller's transaction: a fresh personal link (only its hash kept; a link sent before, to a
 * registration declined then reconsidered, no longer works), the audit row and the letter with the .ics.
 */
export function confirmWithin(
  services: Services,
  tx: Db,
  actor: Actor,
  ctx: ConferenceContext,
  registration: Registration,
  atTheDoor: boolean,
  now: Date,
): Registration {
  if (!mayConfirm(registration.status)) throw new DomainError("registration.error.alreadyDecided", 409);
  // Nobody left to write to: the personal data was erased (decision 0027).
  if (registration.erasedAt) throw new DomainError("registrant.error.erased", 409);
  const token = generateToken();
  const confirmed = tx
    .update(registrations)
    .set({ status: "confirmed", decidedAt: now, decidedById: actor.id, accessTokenHash: hashToken(token) })
    .where(eq(registrations.id, registration.id))
    .returning()
    .get();
  appendAudit(
    tx,
    actor.id,
    {
      action: "registration.confirmed",
      subjectType: "conference",
      subjectId: ctx.body.id,
      details: { registrationId: registration.id, atTheDoor },
    },
    now,
  );
  queueConfirmation(services, tx, ctx, confirmed, token, now);
  return confirmed;
}

export function confirmRegistration(
  services: Services,
  actor: Actor,
  conferenceId: number,
  registrationId: number,
  now = new Date(),
): void {
  writeTransaction(services.db, (tx) => {
    const ctx = loadConference(tx, { actor }, conferenceId, "registration.manage");
    confirmWithin(services, tx, actor, ctx, registrationIn(tx, conferenceId, registrationId), false, now);
  });
  services.mail.kick();
}

export function declineRegistration(
  services: Services,
  actor: Actor,
  conferenceId: number,
  registrationId: number,
  reason: string,
  now = new Date(),
): void {
  writeTransaction(services.db, (tx) => {
    const ctx = loadConference(tx, { actor }, conferenceId, "registration.manage");
    const registration = registrationIn(tx, conferenceId, registrationId);
    if (!mayDecline(registration.status)) throw new DomainError("registration.error.alreadyDecided", 409);
    if (registration.erasedAt) throw new DomainError("registrant.error.erased", 409);
    tx.update(registrations)
      .set({ status: "declined", decidedAt: now, decidedById: actor.id, accessTokenHash: null })
      .where(eq(registrations.id, registrationId))
      .run();
    appendAudit(
      tx,
      actor.id,
      {
        action: "registration.declined",
        subjectType: "conference",
        subjectId: conferenceId,
        details: { registrationId, reason },
      },
      now,
    );
    queueDecline(services, tx, ctx, registration, reason, now);
  });
  services.mail.kick();
}
