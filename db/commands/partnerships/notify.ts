/**
 * Who hears of an action-plan item's steps (issue 12, as assignments' letters, R4): the parties' heads who decide on
 * it when the responsible party marks it done; the responsible party's people when it is accepted or returned, and
 * when a reminder is due. The policy says who they are (`actionPlan.decide`, `actionPlan.report`), asked of each
 * person's seats now. Each letter in the recipient's language, queued in the caller's transaction.
 */
import { and, eq } from "drizzle-orm";
import type { Services } from "../../../app/context";
import { actionPlanMail, type ActionPlanMailKind } from "../../../app/lib/action-plan-mail";
import { bodyTitle } from "../../../app/lib/body-rules";
import { can } from "../../../app/lib/policy";
import type { MemberRole } from "../../../app/lib/roles";
import type { Db } from "../../client";
import { enqueueMail } from "../../outbox";
import { inForceAt } from "../../queries/bodies";
import { users, type User } from "../../schema/accounts";
import { memberships, sides, type Body } from "../../schema/bodies";
import type { ActionPlanItem } from "../../schema/partnerships";

type Seated = User & { seats: { sideId: number; role: MemberRole }[] };

/** Everyone seated in the partnership now, each once with their seats. */
function seatedPeople(tx: Db, bodyId: number, now: Date): Seated[] {
  const rows = tx
    .select({ user: users, sideId: memberships.sideId, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.bodyId, bodyId), inForceAt(now)))
    .all();
  const byId = new Map<number, Seated>();
  for (const { user, sideId, role } of rows) {
    const known = byId.get(user.id) ?? { ...user, seats: [] };
    known.seats.push({ sideId, role });
    byId.set(user.id, known);
  }
  return [...byId.values()];
}

/**
 * The people a letter of this kind goes to. "done": the heads of the OTHER parties (asked with their seats there
 * only), who accept or return it; otherwise the responsible party's people. Active accounts only; never the one
 * who made the step.
 */
function recipientsOf(
  tx: Db,
  body: Body,
  item: ActionPlanItem,
  kind: ActionPlanMailKind,
  now: Date,
  actorId: number | null,
): User[] {
  const published = body.publishedAt !== null;
  const asked = (seats: Seated["seats"]) => ({
    bodyId: body.id,
    published,
    seats,
    responsibleSideId: item.responsibleSideId,
  });
  return seatedPeople(tx, body.id, now).filter((person) => {
    if (person.status !== "active" || person.id === actorId) return false;
    if (kind === "done") {
      const otherSeats = person.seats.filter((s) => s.sideId !== item.responsibleSideId);
      return can(person, "actionPlan.decide", asked(otherSeats));
    }
    return can(person, "actionPlan.report", asked(person.seats));
  });
}

/** Queues the letters of a step or a reminder on `item`; returns how many. */
export function notifyActionPlan(
  services: Pick<Services, "config">,
  tx: Db,
  body: Body,
  item: ActionPlanItem,
  kind: ActionPlanMailKind,
  now: Date,
  options: { actorId?: number | null; note?: string } = {},
): number {
  const people = recipientsOf(tx, body, item, kind, now, options.actorId ?? null);
  if (people.length === 0) return 0;
  const party = tx.select({ name: sides.name }).from(sides).where(eq(sides.id, item.responsibleSideId)).get()!;
  const link = new URL(`/partnerships/${body.id}/plan/${item.id}`, services.config.appUrl).toString();
  for (const person of people) {
    const locale = person.locale ?? "ru";
    const mail = actionPlanMail({
      kind,
      locale,
      name: person.name,
      partnershipTitle: bodyTitle(body, locale),
      party: party.name,
      number: item.number,
      text: item.text,
      dueOn: item.dueOn,
      link,
      note: options.note || undefined,
    });
    enqueueMail(tx, { to: person.email, ...mail }, now);
  }
  return people.length;
}
