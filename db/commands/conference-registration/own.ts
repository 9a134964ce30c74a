/**
 * The registrant's own registration (decision 0027): read, corrected, withdrawn — by whoever it is, reached by their
 * personal link (cookie) or signed in with its address. Someone with no registration here gets a 404: there is no
 * "your registration" to show, and the answer must not differ from a mistyped address.
 * Each change: the guard inside one IMMEDIATE transaction, the change and its audit row (by id, never a name) together.
 */
import { eq } from "drizzle-orm";
import type { Services } from "../../../app/context";
import { correctionSchema } from "../../../app/lib/conference-registration/input";
import { changedFields, mayCorrect, mayWithdraw } from "../../../app/lib/conference-registration/personal-data";
import { DomainError } from "../../../app/lib/errors";
import { parseForm, type FieldErrors } from "../../../app/lib/forms";
import { can } from "../../../app/lib/policy";
import { appendAudit } from "../../audit";
import { loadConference, type ConferenceContext, type Visitor } from "../../area-access";
import { writeTransaction, type Db } from "../../client";
import { registrations, type Registration } from "../../schema";
import { erasePersonalData, removeLetterCopies } from "./erase";

export type OwnContext = ConferenceContext & { registration: Registration };

/** The conference and the visitor's own registration in it; 404 when they have none (or may not read the conference). */
export function loadOwnRegistration(tx: Db, visitor: Visitor, conferenceId: number): OwnContext {
  const ctx = loadConference(tx, visitor, conferenceId, "conference.read");
  if (!ctx.registration || !can(visitor.actor, "registration.own", ctx.scope))
    throw new DomainError("error.notFound.title", 404);
  return { ...ctx, registration: ctx.registration };
}

export type CorrectionResult = { ok: true; changed: string[] } | { ok: false; fieldErrors: FieldErrors };

/** Organisation, its kind, country, position: corrected by the registrant; the e-mail is not theirs to change here. */
export function correctOwnRegistration(
  services: Services,
  visitor: Visitor,
  conferenceId: number,
  form: FormData,
  now = new Date(),
): CorrectionResult {
  const parsed = parseForm(correctionSchema, form);
  return writeTransaction(services.db, (tx) => {
    const { registration } = loadOwnRegistration(tx, visitor, conferenceId);
    if (!mayCorrect(registration)) throw new DomainError("registrant.error.notCorrectable", 409);
    if (!parsed.ok) return parsed;
    const changed = changedFields(registration, parsed.data);
    if (changed.length === 0) return { ok: true, changed };
    tx.update(registrations).set(parsed.data).where(eq(registrations.id, registration.id)).run();
    appendAudit(
      tx,
      visitor.actor?.id ?? null,
      {
        action: "registration.corrected",
        subjectType: "conference",
        subjectId: conferenceId,
        details: { registrationId: registration.id, changed },
      },
      now,
    );
    return { ok: true, changed };
  });
}

/**
 * Withdrawal withdraws the consent too: the personal data is erased at once (not flagged), unsent letters are
 * cancelled; what remains is anonymous and still counted in the statistics as «withdrawn».
 */
export function withdrawOwnRegistration(services: Services, visitor: Visitor, conferenceId: number, now = new Date()) {
  const letterCopies = writeTransaction(services.db, (tx) => {
    const { registration } = loadOwnRegistration(tx, visitor, conferenceId);
    if (!mayWithdraw(registration)) throw new DomainError("registrant.error.alreadyWithdrawn", 409);
    const { lettersCancelled, letterCopies } = erasePersonalData(tx, [registration.id], now);
    tx.update(registrations).set({ status: "withdrawn" }).where(eq(registrations.id, registration.id)).run();
    appendAudit(
      tx,
      visitor.actor?.id ?? null,
      {
        action: "registration.withdrawn",
        subjectType: "conference",
        subjectId: conferenceId,
        details: { registrationId: registration.id, lettersCancelled },
      },
      now,
    );
    return letterCopies;
  });
  removeLetterCopies(services, letterCopies);
}
