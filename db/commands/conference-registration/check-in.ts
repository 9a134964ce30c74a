/**
 * Check-in at the door (issue 12). Two organisers may tap the same person at once: checking in someone already in
 * (or undoing an undone one) changes nothing and writes nothing, so the list never shows an error for it.
 */
import { eq } from "drizzle-orm";
import type { Services } from "../../../app/context";
import { DomainError } from "../../../app/lib/errors";
import type { Actor } from "../../../app/lib/policy";
import { appendAudit } from "../../audit";
import { loadConference } from "../../area-access";
import { writeTransaction, type Db } from "../../client";
import { registrationIn } from "../../queries/conference-registrations";
import { registrations } from "../../schema";
import { confirmWithin } from "./decide";

function markIn(tx: Db, actor: Actor, conferenceId: number, registrationId: number, now: Date): void {
  tx.update(registrations)
    .set({ checkedInAt: now, checkedInById: actor.id })
    .where(eq(registrations.id, registrationId))
    .run();
  appendAudit(
    tx,
    actor.id,
    {
      action: "participant.checked_in",
      subjectType: "conference",
      subjectId: conferenceId,
      details: { registrationId },
    },
    now,
  );
}

export function checkIn(
  services: Services,
  actor: Actor,
  conferenceId: number,
  registrationId: number,
  now = new Date(),
): void {
  writeTransaction(services.db, (tx) => {
    loadConference(tx, { actor }, conferenceId, "registration.manage");
    const registration = registrationIn(tx, conferenceId, registrationId);
    if (registration.status !== "confirmed") throw new DomainError("registration.error.notConfirmed", 409);
    if (registration.checkedInAt === null) markIn(tx, actor, conferenceId, registrationId, now);
  });
}

export function undoCheckIn(
  services: Services,
  actor: Actor,
  conferenceId: number,
  registrationId: number,
  now = new Date(),
): void {
  writeTransaction(services.db, (tx) => {
    loadConference(tx, { actor }, conferenceId, "registration.manage");
    const registration = registrationIn(tx, conferenceId, registrationId);
    if (registration.checkedInAt === null) return;
    tx.update(registrations)
      .set({ checkedInAt: null, checkedInById: null })
      .where(eq(registrations.id, registrationId))
      .run();
    appendAudit(
      tx,
      actor.id,
      {
        action: "participant.check_in_undone",
        subjectType: "conference",
        subjectId: conferenceId,
        details: { registrationId },
      },
      now,
    );
  });
}

/**
 * A registrant still waiting for the organisers' answer is at the door: the organiser confirms and checks them in
 * in one tap (two audit rows; the confirmation letter with the personal link goes as usual). A declined one is not
 * let in from here.
 */
export function confirmAndCheckIn(
  services: Services,
  actor: Actor,
  conferenceId: number,
  registrationId: number,
  now = new Date(),
): void {
  writeTransaction(services.db, (tx) => {
    const ctx = loadConference(tx, { actor }, conferenceId, "registration.manage");
    const registration = registrationIn(tx, conferenceId, registrationId);
    if (registration.status !== "pending") throw new DomainError("registration.error.alreadyDecided", 409);
    confirmWithin(services, tx, actor, ctx, registration, true, now);
    markIn(tx, actor, conferenceId, registrationId, now);
  });
  services.mail.kick();
}
