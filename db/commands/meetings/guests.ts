import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import type { Services } from "../../../app/context";
import { appendAudit } from "../../audit";
import { invitationMail } from "../../../app/lib/emails";
import { DomainError } from "../../../app/lib/errors";
import { emailField, nameField, optionalIdField } from "../../../app/lib/forms";
import { enqueueMail } from "../../outbox";
import { guestKinds } from "../../../app/lib/meeting-states";
import type { Actor } from "../../../app/lib/policy";
import { writeTransaction, type Db } from "../../client";
import { meetingGuests, memberships, organisations, users, type User } from "../../schema";
import { issueEmailToken } from "../email-tokens";
import { invitationLink } from "../invite-user";
import { authorize, loadMeeting, type MeetingContext } from "../../access";
import { notifyParticipants } from "./notify";
import { chairActOn, type ChairAct } from "./acting";

export const guestSchema = z.object({
  email: emailField,
  name: nameField,
  organisationId: optionalIdField,
  kind: z.enum(guestKinds, { errorMap: () => ({ message: "field.invalid" }) }),
});
export type GuestInput = Omit<z.output<typeof guestSchema>, "organisationId"> & { organisationId?: number | null };

/**
 * R12 (3.11): a co-chair invites an expert or observer to one meeting. Someone without an account gets one
 * by invitation; once the meeting is convened the guest also gets its letter and .ics.
 */
export function inviteGuest(
  services: Services,
  actor: Actor & Pick<User, "name">,
  meetingId: number,
  input: GuestInput,
  now = new Date(),
): number {
  const guestId = writeTransaction(services.db, (tx) => {
    const ctx = loadMeeting(tx, actor, meetingId);
    authorize(actor, "guest.invite", ctx.scope, "meeting.notEditable");
    // R5 (3.3, 3.6): a deputy invites only while acting for the co-chair.
    const act = chairActOn(tx, actor, ctx, now);
    return addGuest(services, tx, actor, ctx, input, now, act);
  });
  services.mail.kick();
  services.live.publish(meetingId, "guests");
  return guestId;
}

/** Someone the proposal or the form names, who must not already sit in the body or be invited. */
export function refuseIfMemberOrGuest(tx: Db, ctx: MeetingContext, email: string): void {
  const person = tx.select().from(users).where(eq(users.email, email)).get();
  if (!person) return;
  if (person.status === "disabled") throw new DomainError("composition.personDisabled", 409, {}, "email");
  if (
    tx
      .select({ id: memberships.id })
      .from(memberships)
      .where(and(eq(memberships.bodyId, ctx.body.id), eq(memberships.userId, person.id), isNull(memberships.endsAt)))
      .get()
  ) {
    throw new DomainError("guest.isMember", 409, {}, "email");
  }
  if (
    tx
      .select({ id: meetingGuests.id })
      .from(meetingGuests)
      .where(and(eq(meetingGuests.meetingId, ctx.meeting.id), eq(meetingGuests.userId, person.id)))
      .get()
  ) {
    throw new DomainError("guest.already", 409, {}, "email");
  }
}

/**
 * Inside the caller's transaction, after its policy check: the guest row, the account by invitation when
 * there is none, the letter with its .ics once convened, and the audit entry.
 */
export function addGuest(
  services: Services,
  tx: Db,
  actor: Actor & Pick<User, "name">,
  ctx: MeetingContext,
  input: GuestInput,
  now: Date,
  act: ChairAct,
  proposalId?: number,
): number {
  const meetingId = ctx.meeting.id;
  refuseIfMemberOrGuest(tx, ctx, input.email);
  let person = tx.select().from(users).where(eq(users.email, input.email)).get();
  const newAccount = !person;
  if (!person) {
    if (
      input.organisationId &&
      !tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, input.organisationId)).get()
    ) {
      throw new DomainError("field.invalid", 422, {}, "organisationId");
    }
    // Name and organisation are what the platform records for someone new; an existing account keeps its own profile.
    person = tx
      .insert(users)
      .values({
        email: input.email,
        name: input.name,
        organisationId: input.organisationId ?? null,
        status: "invited",
      })
      .returning()
      .get();
    const { token, expiresAt } = issueEmailToken(tx, "invitation", person.id, actor.id, now);
    enqueueMail(
      tx,
      {
        to: person.email,
        ...invitationMail({
          locale: "ru",
          name: person.name,
          inviterName: actor.name,
          link: invitationLink(services, token),
          expiresAt,
          timeZone: person.timezone,
        }),
      },
      now,
    );
  }
  tx.insert(meetingGuests).values({ meetingId, userId: person.id, kind: input.kind, invitedById: actor.id }).run();
  if (ctx.meeting.status === "convened") notifyParticipants(services, tx, ctx, "guest", now, [person.id]);
  appendAudit(
    tx,
    actor.id,
    {
      action: "guest.invited",
      subjectType: "meeting",
      subjectId: meetingId,
      details: { userId: person.id, kind: input.kind, newAccount, ...act, ...(proposalId ? { proposalId } : {}) },
    },
    now,
  );
  return person.id;
}
