/**
 * A registration from the public form (issue 12): counted against the visitor's address first (its own transaction,
 * so a refused attempt still counts), then parsed, then checked and written with its audit row in one IMMEDIATE
 * transaction: the window is open, the conference publishes its form, and the address is not yet registered.
 * No letter goes out now: the form must not be a way to mail strangers (only the organisers' decision writes).
 * Instead the registrant's browser gets their personal link at once (a cookie, and the thank-you page shows it), so a
 * pending registrant reaches their own page (decision 0027); only its hash is stored.
 */
import { and, eq, gt, lt } from "drizzle-orm";
import type { Services } from "../../../app/context";
import {
  emailKey,
  isRegistrationOpen,
  registrationAddressRule,
  registrationThrottleKey,
} from "../../../app/lib/conference-registration/rules";
import { registrationSchema } from "../../../app/lib/conference-registration/input";
import { DomainError } from "../../../app/lib/errors";
import { parseForm, type FieldErrors } from "../../../app/lib/forms";
import { judgeThrottle } from "../../../app/lib/throttle";
import { generateToken, hashToken } from "../../../app/lib/tokens.server";
import { appendAudit } from "../../audit";
import { loadConference, type Visitor } from "../../area-access";
import { writeTransaction } from "../../client";
import { loginFailures, registrations } from "../../schema";

export type SubmitResult =
  { ok: true; registrationId: number; token: string } | { ok: false; fieldErrors: FieldErrors };

/** Counts this submission against the address; refuses it (429) past the limit. The throttle shares sign-in's table. */
function countAttempt(services: Services, address: string, now: Date): void {
  const key = registrationThrottleKey(address);
  const rule = registrationAddressRule;
  const verdict = writeTransaction(services.db, (tx) => {
    const since = new Date(now.getTime() - Math.max(rule.windowMs, rule.lockMs));
    tx.delete(loginFailures)
      .where(and(eq(loginFailures.key, key), lt(loginFailures.at, since)))
      .run();
    const attempts = tx
      .select({ at: loginFailures.at })
      .from(loginFailures)
      .where(and(eq(loginFailures.key, key), gt(loginFailures.at, since)))
      .all()
      .map((a) => a.at);
    const judged = judgeThrottle(attempts, now, rule);
    if (judged.allowed) tx.insert(loginFailures).values({ key, at: now }).run();
    return judged;
  });
  if (!verdict.allowed)
    throw new DomainError("registration.error.throttled", 429, { minutes: verdict.retryAfterMinutes });
}

export function submitRegistration(
  services: Services,
  visitor: Visitor,
  conferenceId: number,
  form: FormData,
  address: string,
  now = new Date(),
): SubmitResult {
  countAttempt(services, address, now);
  const parsed = parseForm(registrationSchema, form);
  const token = generateToken();
  const registrationId = writeTransaction(services.db, (tx) => {
    const ctx = loadConference(tx, visitor, conferenceId, "registration.submit");
    if (!isRegistrationOpen(ctx.conference, now)) throw new DomainError("registration.error.closed", 409);
    if (!parsed.ok) return null;
    const input = parsed.data;
    // The purpose consented to must be the one stated now: had the organisers reworded it meanwhile, ask again.
    if (input.consentPurpose !== ctx.conference.consentPurpose)
      throw new DomainError("registration.error.purposeChanged", 409, {}, "consent");
    const key = emailKey(input.email);
    const taken = tx
      .select({ id: registrations.id })
      .from(registrations)
      .where(and(eq(registrations.bodyId, conferenceId), eq(registrations.emailKey, key)))
      .get();
    // Said kindly, and the same whoever registered it: nothing about the other registration is shown.
    if (taken) throw new DomainError("registration.error.duplicate", 409, {}, "email");
    const { id } = tx
      .insert(registrations)
      .values({
        bodyId: conferenceId,
        name: input.name,
        organisation: input.organisation,
        organisationKind: input.organisationKind,
        country: input.country,
        position: input.position,
        email: input.email,
        emailKey: key,
        locale: input.locale,
        // What they agreed to is what the form showed them, kept with the registration.
        consentPurpose: ctx.conference.consentPurpose,
        consentedAt: now,
        accessTokenHash: hashToken(token),
        createdAt: now,
      })
      .returning({ id: registrations.id })
      .get();
    appendAudit(
      tx,
      visitor.actor?.id ?? null,
      {
        action: "registration.submitted",
        subjectType: "conference",
        subjectId: conferenceId,
        details: { registrationId: id, locale: input.locale },
      },
      now,
    );
    return id;
  });
  if (!parsed.ok) return parsed;
  return { ok: true, registrationId: registrationId!, token };
}
