import { eq } from "drizzle-orm";
import { z } from "zod";
import { type Services } from "../../app/context";
import { appendAudit } from "../audit";
import { invitationMail } from "../../app/lib/emails";
import { DomainError, forbidden } from "../../app/lib/errors";
import { checkbox, emailField, localeField, nameField, optionalIdField, optionalLine } from "../../app/lib/forms";
import { enqueueMail } from "../outbox";
import { can, type Actor } from "../../app/lib/policy";
import { writeTransaction, type Db } from "../client";
import { organisations, users, type User } from "../schema/accounts";
import { issueEmailToken, revokeEmailTokens } from "./email-tokens";

export const inviteUserSchema = z.object({
  email: emailField,
  name: nameField,
  organisationId: optionalIdField,
  position: optionalLine("name"),
  locale: localeField.default("ru"),
  isAdmin: checkbox,
});
export type InviteUserInput = z.output<typeof inviteUserSchema>;

export function invitationLink(services: Services, token: string): string {
  return new URL(`/invite/${token}`, services.config.appUrl).toString();
}

function queueInvitation(
  services: Services,
  tx: Db,
  invitee: Pick<User, "id" | "email" | "name" | "locale" | "timezone">,
  inviter: { id: number | null; name: string },
  now: Date,
) {
  const { token, expiresAt } = issueEmailToken(tx, "invitation", invitee.id, inviter.id, now);
  const link = invitationLink(services, token);
  const mail = invitationMail({
    locale: invitee.locale ?? "ru",
    name: invitee.name,
    inviterName: inviter.name,
    link,
    expiresAt,
    timeZone: invitee.timezone,
  });
  enqueueMail(tx, { to: invitee.email, ...mail }, now);
  return link;
}

/** An administrator invites someone: the account waits, with a single-use link valid 7 days, until they set a password. */
export function inviteUser(
  services: Services,
  actor: (Actor & { name: string }) | null,
  input: InviteUserInput,
  now = new Date(),
): { userId: number; link: string } {
  if (actor && !can(actor, "users.manage")) throw forbidden();
  const result = writeTransaction(services.db, (tx) => {
    if (tx.select({ id: users.id }).from(users).where(eq(users.email, input.email)).get()) {
      throw new DomainError("invite.emailTaken", 409, {}, "email");
    }
    if (
      input.organisationId &&
      !tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, input.organisationId)).get()
    ) {
      throw new DomainError("field.invalid", 422, {}, "organisationId");
    }
    const invitee = tx
      .insert(users)
      .values({
        email: input.email,
        name: input.name,
        organisationId: input.organisationId,
        position: input.position,
        locale: input.locale,
        isAdmin: input.isAdmin,
        status: "invited",
      })
      .returning()
      .get();
    const link = queueInvitation(services, tx, invitee, { id: actor?.id ?? null, name: actor?.name ?? "" }, now);
    appendAudit(
      tx,
      actor?.id ?? null,
      actor
        ? {
            action: "user.invited",
            subjectType: "user",
            subjectId: invitee.id,
            details: { email: invitee.email, isAdmin: invitee.isAdmin },
          }
        : {
            action: "user.created_by_cli",
            subjectType: "user",
            subjectId: invitee.id,
            details: { email: invitee.email },
          },
      now,
    );
    return { userId: invitee.id, link };
  });
  services.mail.kick();
  return result;
}

/** A new link for someone who has not accepted yet; every earlier link of theirs stops working at once. */
export function resendInvitation(
  services: Services,
  actor: Actor & { name: string },
  userId: number,
  now = new Date(),
): void {
  if (!can(actor, "users.manage")) throw forbidden();
  writeTransaction(services.db, (tx) => {
    const invitee = tx.select().from(users).where(eq(users.id, userId)).get();
    if (!invitee) throw new DomainError("error.notFound.title", 404);
    if (invitee.status !== "invited") throw new DomainError("invite.alreadyAccepted", 409);
    const linksCancelled = revokeEmailTokens(tx, invitee.id, "invitation", now);
    queueInvitation(services, tx, invitee, actor, now);
    appendAudit(
      tx,
      actor.id,
      {
        action: "user.invitation_resent",
        subjectType: "user",
        subjectId: invitee.id,
        details: { email: invitee.email, linksCancelled },
      },
      now,
    );
  });
  services.mail.kick();
}
