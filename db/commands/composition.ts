import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { type Services } from "../../app/context";
import { appendAudit } from "../audit";
import { addedToBodyMail, invitationMail } from "../../app/lib/emails";
import { DomainError, forbidden } from "../../app/lib/errors";
import { emailField, optionalLine } from "../../app/lib/forms";
import { enqueueMail } from "../outbox";
import { type Actor, can, type BodyScope } from "../../app/lib/policy";
import { authorizeBody, loadBody } from "../access";
import { isOfficer, memberRoles, type MemberRole } from "../../app/lib/roles";
import { writeTransaction, type Db } from "../client";
import { memberships, sides, type Body } from "../schema/bodies";
import { users, type User } from "../schema/accounts";
import { issueEmailToken } from "./email-tokens";
import { invitationLink } from "./invite-user";

export const addMemberSchema = z.object({
  email: emailField,
  name: optionalLine("name"),
  role: z.enum(memberRoles, { errorMap: () => ({ message: "field.invalid" }) }),
});
export type AddMemberInput = z.output<typeof addMemberSchema> & { startsAt: Date };

type Editor = Actor & Pick<User, "name">;

function loadSide(tx: Db, body: Body, sideId: number) {
  const side = tx
    .select()
    .from(sides)
    .where(and(eq(sides.id, sideId), eq(sides.bodyId, body.id)))
    .get();
  if (!side) throw new DomainError("error.notFound.title", 404);
  return side;
}

/** R1 (3.1): one co-chair, one deputy and one secretary per side; a person sits on one side of a body. */
function assertSeatFree(
  tx: Db,
  body: Body,
  sideId: number,
  userId: number,
  role: MemberRole,
  exceptMembershipId?: number,
) {
  const seated = tx
    .select({ id: memberships.id, sideName: sides.name })
    .from(memberships)
    .innerJoin(sides, eq(sides.id, memberships.sideId))
    .where(and(eq(memberships.bodyId, body.id), eq(memberships.userId, userId), isNull(memberships.endsAt)))
    .get();
  if (seated && seated.id !== exceptMembershipId)
    throw new DomainError("composition.alreadySeated", 409, { side: seated.sideName }, "email");
  if (!isOfficer(role)) return;
  const holder = tx
    .select({ id: memberships.id, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.sideId, sideId), eq(memberships.role, role), isNull(memberships.endsAt)))
    .get();
  if (holder && holder.id !== exceptMembershipId)
    throw new DomainError(
      `composition.roleTaken.${role as Exclude<MemberRole, "member">}`,
      409,
      { name: holder.name },
      "role",
    );
}

/**
 * R15: a side's co-chair (or an administrator) seats a person on that side. Someone without an account is
 * invited by e-mail in the same transaction; someone with one is told they were added.
 */
export function addMember(
  services: Services,
  actor: Editor,
  bodyId: number,
  sideId: number,
  input: AddMemberInput,
  now = new Date(),
): number {
  const membershipId = writeTransaction(services.db, (tx) => {
    const { body } = loadBody(tx, actor, bodyId, "composition.change", sideId);
    const side = loadSide(tx, body, sideId);
    let person = tx.select().from(users).where(eq(users.email, input.email)).get();
    if (person?.status === "disabled") throw new DomainError("composition.personDisabled", 409, {}, "email");
    if (!person) {
      if (!input.name) throw new DomainError("composition.nameForNewPerson", 422, {}, "name");
      person = tx
        .insert(users)
        .values({ email: input.email, name: input.name, status: "invited", timezone: side.timezone })
        .returning()
        .get();
      const { token, expiresAt } = issueEmailToken(tx, "invitation", person.id, actor.id, now);
      const mail = invitationMail({
        locale: "ru",
        name: person.name,
        inviterName: actor.name,
        link: invitationLink(services, token),
        expiresAt,
        timeZone: person.timezone,
      });
      enqueueMail(tx, { to: person.email, ...mail }, now);
      appendAudit(
        tx,
        actor.id,
        {
          action: "user.invited",
          subjectType: "user",
          subjectId: person.id,
          details: { email: person.email, isAdmin: false },
        },
        now,
      );
    } else if (person.status === "active") {
      const mail = addedToBodyMail({
        locale: person.locale ?? "ru",
        name: person.name,
        body,
        sideName: side.name,
        role: input.role,
        link: new URL(`/bodies/${body.id}`, services.config.appUrl).toString(),
      });
      enqueueMail(tx, { to: person.email, ...mail }, now);
    }
    assertSeatFree(tx, body, side.id, person.id, input.role);
    const id = tx
      .insert(memberships)
      .values({
        bodyId: body.id,
        sideId: side.id,
        userId: person.id,
        role: input.role,
        startsAt: input.startsAt,
        createdById: actor.id,
      })
      .returning({ id: memberships.id })
      .get().id;
    appendAudit(
      tx,
      actor.id,
      {
        action: "membership.added",
        subjectType: "body",
        subjectId: body.id,
        details: {
          membershipId: id,
          userId: person.id,
          sideId: side.id,
          role: input.role,
          startsAt: input.startsAt.toISOString(),
        },
      },
      now,
    );
    return id;
  });
  services.mail.kick();
  return membershipId;
}

function loadMembership(tx: Db, body: Body, membershipId: number) {
  const m = tx
    .select()
    .from(memberships)
    .where(and(eq(memberships.id, membershipId), eq(memberships.bodyId, body.id), isNull(memberships.endsAt)))
    .get();
  if (!m) throw new DomainError("error.notFound.title", 404);
  return m;
}

/** A new role is a new period: the old membership ends now and the new one starts now, so history stays true. */
export function changeRole(
  services: Services,
  actor: Actor,
  bodyId: number,
  membershipId: number,
  role: MemberRole,
  now = new Date(),
): void {
  writeTransaction(services.db, (tx) => {
    const { body, scope } = loadBody(tx, actor, bodyId);
    const current = loadMembership(tx, body, membershipId);
    authorizeBody(actor, "composition.change", scope, current.sideId);
    if (current.role === role) return;
    if (current.role === "co_chair") throw new DomainError("composition.coChairRoleChange", 409, {}, "role");
    assertSeatFree(tx, body, current.sideId, current.userId, role, current.id);
    tx.update(memberships).set({ endsAt: now }).where(eq(memberships.id, current.id)).run();
    const id = tx
      .insert(memberships)
      .values({
        bodyId: body.id,
        sideId: current.sideId,
        userId: current.userId,
        role,
        startsAt: now,
        createdById: actor.id,
      })
      .returning({ id: memberships.id })
      .get().id;
    appendAudit(
      tx,
      actor.id,
      {
        action: "membership.role_changed",
        subjectType: "body",
        subjectId: body.id,
        details: { membershipId: id, userId: current.userId, sideId: current.sideId, from: current.role, to: role },
      },
      now,
    );
  });
}

/**
 * Ends a membership now. Ending the co-chair's would leave the side without anyone to convene, approve the
 * agenda or sign (R2, R11): that happens only when the caller has confirmed it, having seen the warning.
 */
export function endMembership(
  services: Services,
  actor: Actor,
  bodyId: number,
  membershipId: number,
  confirmVacancy: boolean,
  now = new Date(),
): void {
  writeTransaction(services.db, (tx) => {
    const { body, scope } = loadBody(tx, actor, bodyId);
    const current = loadMembership(tx, body, membershipId);
    authorizeBody(actor, "composition.change", scope, current.sideId);
    if (current.role === "co_chair" && !confirmVacancy) throw new DomainError("composition.coChairVacancy", 409);
    tx.update(memberships).set({ endsAt: now }).where(eq(memberships.id, current.id)).run();
    appendAudit(
      tx,
      actor.id,
      {
        action: "membership.ended",
        subjectType: "body",
        subjectId: body.id,
        details: {
          membershipId: current.id,
          userId: current.userId,
          sideId: current.sideId,
          role: current.role,
          vacancyConfirmed: current.role === "co_chair",
        },
      },
      now,
    );
  });
}
