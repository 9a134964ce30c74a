import { type Db } from "../../client";
import { meetingRolls, type RollMoment } from "../../schema/meeting-rules";
import { quorumOfRoll, rollOf } from "../../queries/meetings";
import { type MeetingContext } from "../../access";

/** R9 (3.7): stores the roll and the quorum verdict as they stand now, inside the caller's transaction. */
export function recordRoll(tx: Db, ctx: Pick<MeetingContext, "meeting" | "body">, moment: RollMoment, now: Date) {
  const roll = rollOf(tx, ctx.meeting);
  const quorum = quorumOfRoll(ctx.body, roll);
  tx.insert(meetingRolls).values({ meetingId: ctx.meeting.id, moment, roll, quorum, takenAt: now }).run();
  return quorum;
}
