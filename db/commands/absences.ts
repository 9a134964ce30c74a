// R5 (3.3): a co-chair records that they will be away ("away from … to …"); meanwhile their deputy acts for the side.
import { and, eq, gte, isNull, lte } from "drizzle-orm";
import { type Services } from "../../app/context";
import { appendAudit } from "../audit";
import { DomainError } from "../../app/lib/errors";
import { can, type Actor } from "../../app/lib/policy";
import { isLocalDate, localDateOf } from "../../app/lib/zoned-time";
import { writeTransaction, type Db } from "../client";
import { memberships } from "../schema/bodies";
import { seatAbsences } from "../schema/meeting-rules";
import { loadBody } from "../access";

/** The co-chair's seat in force, and the body, if the actor may record an absence on it: the co-chair themself or
 * whoever may change that side's composition (R15). */
function loadCoChairSeat(tx: Db, actor: Actor, bodyId: number, membershipId: number) {
  const { body, scope } = loadBody(tx, actor, bodyId);
  const seat = tx
    .select()
    .from(memberships)
    .where(and(eq(memberships.id, membershipId), eq(memberships.bodyId, bodyId), isNull(memberships.endsAt)))
    .get();
  if (!seat) throw new DomainError("error.notFound.title", 404);
  if (seat.userId !== actor.id && !can(actor, "composition.change", { ...scope, sideId: seat.sideId }))
    throw new DomainError("error.forbidden.title", 403);
  if (seat.role !== "co_chair") throw new DomainError("absence.onlyCoChair", 422);
  return { body, seat };
}

export function recordAbsence(
  services: Services,
  actor: Actor,
  bodyId: number,
  membershipId: number,
  input: { from: string; to: string },
  now = new Date(),
): number {
  if (!isLocalDate(input.from)) throw new DomainError("field.invalid", 422, {}, "from");
  if (!isLocalDate(input.to)) throw new DomainError("field.invalid", 422, {}, "to");
  if (input.to < input.from) throw new DomainError("absence.endBeforeStart", 422, {}, "to");
  return writeTransaction(services.db, (tx) => {
    const { body, seat } = loadCoChairSeat(tx, actor, bodyId, membershipId);
    if (input.to < localDateOf(now, body.timezone)) throw new DomainError("absence.inPast", 422, {}, "to");
    const overlapping = tx
      .select({ id: seatAbsences.id })
      .from(seatAbsences)
      .where(
        and(
          eq(seatAbsences.membershipId, seat.id),
          isNull(seatAbsences.withdrawnAt),
          lte(seatAbsences.fromDate, input.to),
          gte(seatAbsences.toDate, input.from),
        ),
      )
      .get();
    if (overlapping) throw new DomainError("absence.overlaps", 409, {}, "from");
    const { id } = tx
      .insert(seatAbsences)
      .values({ membershipId: seat.id, fromDate: input.from, toDate: input.to, recordedById: actor.id })
      .returning({ id: seatAbsences.id })
      .get();
    appendAudit(
      tx,
      actor.id,
      {
        action: "membership.absence_recorded",
        subjectType: "body",
        subjectId: bodyId,
        details: { absenceId: id, membershipId: seat.id, userId: seat.userId, sideId: seat.sideId, ...input },
      },
      now,
    );
    return id;
  });
}

/** The co-chair is back early, or the period was entered by mistake: it stops counting, and stays on record. */
export function withdrawAbsence(
  services: Services,
  actor: Actor,
  bodyId: number,
  absenceId: number,
  now = new Date(),
): void {
  writeTransaction(services.db, (tx) => {
    const absence = tx
      .select()
      .from(seatAbsences)
      .where(and(eq(seatAbsences.id, absenceId), isNull(seatAbsences.withdrawnAt)))
      .get();
    if (!absence) throw new DomainError("error.notFound.title", 404);
    const { seat } = loadCoChairSeat(tx, actor, bodyId, absence.membershipId);
    tx.update(seatAbsences).set({ withdrawnAt: now }).where(eq(seatAbsences.id, absenceId)).run();
    appendAudit(
      tx,
      actor.id,
      {
        action: "membership.absence_withdrawn",
        subjectType: "body",
        subjectId: bodyId,
        details: {
          absenceId,
          membershipId: seat.id,
          userId: seat.userId,
          sideId: seat.sideId,
          from: absence.fromDate,
          to: absence.toDate,
        },
      },
      now,
    );
  });
}
