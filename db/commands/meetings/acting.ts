import { and, eq, isNull } from "drizzle-orm";
import { chairCapacity, isAwayOn, type ChairMoment, type SideOfficers } from "../../../app/lib/acting-chair";
import { DomainError } from "../../../app/lib/errors";
import { type Actor, type BodyScope } from "../../../app/lib/policy";
import { localDateOf } from "../../../app/lib/zoned-time";
import { type Db } from "../../client";
import { attendance, type Meeting } from "../../schema/meetings";
import { memberships, type Body } from "../../schema/bodies";
import { seatAbsences } from "../../schema/meeting-rules";
import { inForceAt } from "../../queries/bodies";

export interface ChairAct {
  sideId: number;
  capacity: "co_chair" | "deputy";
}

/** The side's co-chair and deputy as seated now, with the co-chair's membership (absences are recorded on it). */
export function officersOf(tx: Db, sideId: number, now: Date): SideOfficers & { coChairMembershipId: number | null } {
  const seats = tx
    .select({ id: memberships.id, userId: memberships.userId, role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.sideId, sideId), inForceAt(now)))
    .all();
  const coChair = seats.find((s) => s.role === "co_chair");
  return {
    sideId,
    coChairId: coChair?.userId ?? null,
    deputyId: seats.find((s) => s.role === "deputy")?.userId ?? null,
    coChairMembershipId: coChair?.id ?? null,
  };
}

/** R5 (3.3): whether the co-chair's seat carries an absence period covering `now`'s day in the body's timezone. */
export function coChairAwayOn(tx: Db, membershipId: number | null, timeZone: string, now: Date): boolean {
  if (membershipId === null) return false;
  const periods = tx
    .select({ from: seatAbsences.fromDate, to: seatAbsences.toDate })
    .from(seatAbsences)
    .where(and(eq(seatAbsences.membershipId, membershipId), isNull(seatAbsences.withdrawnAt)))
    .all();
  return isAwayOn(periods, localDateOf(now, timeZone));
}

/**
 * R5 (3.3, 3.6): the side the actor chairs for and the capacity they act in, or a refusal in the user's words.
 * Before the meeting is in progress absence comes from the seat; once it is opened, from the attendance.
 * `sideId` names the side when the act is for one (approving the agenda); otherwise it is the actor's own side.
 */
export function actAsChair(
  tx: Db,
  actor: Actor,
  ctx: { body: Body; scope: BodyScope; meeting?: Meeting },
  phase: "before_session" | "at_session",
  now: Date,
  sideId?: number,
): ChairAct {
  const seat = ctx.scope.seats.find(
    (s) => (s.role === "co_chair" || s.role === "deputy") && (sideId === undefined || s.sideId === sideId),
  );
  if (!seat) throw new DomainError("acting.notAChair", 403);
  const officers = officersOf(tx, seat.sideId, now);
  let moment: ChairMoment;
  if (phase === "before_session") {
    moment = {
      kind: "before_session",
      coChairAway: coChairAwayOn(tx, officers.coChairMembershipId, ctx.body.timezone, now),
    };
  } else {
    const present = tx
      .select({ userId: attendance.userId })
      .from(attendance)
      .where(eq(attendance.meetingId, ctx.meeting!.id))
      .all()
      .map((a) => a.userId);
    moment = { kind: "at_session", present };
  }
  const verdict = chairCapacity(actor.id, officers, moment);
  if ("refusal" in verdict) throw new DomainError(verdict.refusal, verdict.refusal === "acting.notAChair" ? 403 : 409);
  return { sideId: seat.sideId, capacity: verdict.capacity };
}

/**
 * R5 (3.3, 3.6): the capacity of a co-chair's act on a meeting — at the session while it is in progress (the
 * co-chair not marked present), before it otherwise (a vacant seat or a recorded absence).
 */
export function chairActOn(tx: Db, actor: Actor, ctx: { body: Body; scope: BodyScope; meeting: Meeting }, now: Date) {
  return actAsChair(tx, actor, ctx, ctx.meeting.status === "in_progress" ? "at_session" : "before_session", now);
}

/**
 * R5: whether the actor may use a co-chair's power now, for pages to hide what the command would refuse (the
 * command still decides, inside its transaction).
 */
export function mayActAsChairNow(
  db: Db,
  actor: Actor,
  ctx: { body: Body; scope: BodyScope; meeting: Meeting },
  now: Date,
  sideId?: number,
  /** Presiding is always an act at the session (opening included); the rest follow the meeting's state. */
  phase: "before_session" | "at_session" = ctx.meeting.status === "in_progress" ? "at_session" : "before_session",
): boolean {
  try {
    actAsChair(db, actor, ctx, phase, now, sideId);
    return true;
  } catch (error) {
    if (error instanceof DomainError) return false;
    throw error;
  }
}
