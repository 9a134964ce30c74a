import { and, eq } from "drizzle-orm";
import type { Services } from "../../../app/context";
import { appendAudit } from "../../audit";
import { DomainError } from "../../../app/lib/errors";
import type { Presence, RsvpAnswer } from "../../../app/lib/meeting-states";
import type { Actor } from "../../../app/lib/policy";
import { writeTransaction } from "../../client";
import { attendance, rsvps } from "../../schema";
import { guestsOf, rollOf } from "../../queries/meetings";
import { authorize, loadMeeting } from "../../access";

/** Before the meeting a member answers the invitation: in person, by video, or absent (then the written-opinion form is offered). */
export function answerInvitation(
  services: Services,
  actor: Actor,
  meetingId: number,
  answer: RsvpAnswer,
  now = new Date(),
): void {
  writeTransaction(services.db, (tx) => {
    const ctx = loadMeeting(tx, actor, meetingId);
    authorize(actor, "rsvp.answer", ctx.scope, "rsvp.closed");
    tx.insert(rsvps)
      .values({ meetingId, userId: actor.id, answer, answeredAt: now })
      .onConflictDoUpdate({ target: [rsvps.meetingId, rsvps.userId], set: { answer, answeredAt: now } })
      .run();
    appendAudit(
      tx,
      actor.id,
      { action: "rsvp.answered", subjectType: "meeting", subjectId: meetingId, details: { answer } },
      now,
    );
  });
  services.live.publish(meetingId, "rsvp");
}

/**
 * The secretary registers a person present (in person or by video, R9/3.8) or not present, one click each.
 * Members are counted for quorum; invited guests are registered too but shown apart and never counted.
 */
export function registerPresence(
  services: Services,
  actor: Actor,
  meetingId: number,
  userId: number,
  presence: Presence | null,
  now = new Date(),
): void {
  const changed = writeTransaction(services.db, (tx) => {
    const ctx = loadMeeting(tx, actor, meetingId);
    authorize(actor, "attendance.register", ctx.scope, "attendance.closed");
    const onRoll =
      rollOf(tx, ctx.meeting).some((s) => s.seats.some((seat) => seat.userId === userId)) ||
      guestsOf(tx, meetingId).some((g) => g.userId === userId);
    if (!onRoll) throw new DomainError("attendance.notOnRoll", 422);
    const where = and(eq(attendance.meetingId, meetingId), eq(attendance.userId, userId));
    const current = tx.select().from(attendance).where(where).get();
    if ((current?.presence ?? null) === presence) return false;
    if (presence === null) tx.delete(attendance).where(where).run();
    else
      tx.insert(attendance)
        .values({ meetingId, userId, presence, markedById: actor.id, markedAt: now })
        .onConflictDoUpdate({
          target: [attendance.meetingId, attendance.userId],
          set: { presence, markedById: actor.id, markedAt: now },
        })
        .run();
    appendAudit(
      tx,
      actor.id,
      { action: "attendance.marked", subjectType: "meeting", subjectId: meetingId, details: { userId, presence } },
      now,
    );
    return true;
  });
  if (changed) services.live.publish(meetingId, "attendance");
}
