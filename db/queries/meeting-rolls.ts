import { and, eq } from "drizzle-orm";
import { type QuorumVerdict } from "../../app/lib/quorum";
import { type Db } from "../client";
import { meetingRolls, type RollMoment } from "../schema/meeting-rules";
import { type Body } from "../schema/bodies";
import { type Meeting } from "../schema/meetings";
import { quorumOfRoll, rollOf, type Roll } from "./meetings";

/** A roll as stored: JSON gives dates back as strings. */
function revive(roll: Roll): Roll {
  return roll.map(({ side, seats }) => ({ side, seats: seats.map((s) => ({ ...s, startsAt: new Date(s.startsAt) })) }));
}

export function storedRoll(
  db: Db,
  meetingId: number,
  moment: RollMoment,
): { roll: Roll; quorum: QuorumVerdict } | null {
  const row = db
    .select()
    .from(meetingRolls)
    .where(and(eq(meetingRolls.meetingId, meetingId), eq(meetingRolls.moment, moment)))
    .get();
  return row ? { roll: revive(row.roll as Roll), quorum: row.quorum as QuorumVerdict } : null;
}

/**
 * The roll and the quorum a page shows. R9 (3.7): a completed meeting's are the ones stored when it completed,
 * so that a later change of the composition (a member added with a past start date) never rewrites them.
 */
export function rollAndQuorumOf(
  db: Db,
  meeting: Pick<Meeting, "id" | "bodyId" | "startsAt" | "status">,
  body: Pick<Body, "quorumRule" | "quorumPercent">,
): { roll: Roll; quorum: QuorumVerdict; stored: boolean } {
  const held = meeting.status === "completed" ? storedRoll(db, meeting.id, "completed") : null;
  if (held) return { ...held, stored: true };
  const roll = rollOf(db, meeting);
  return { roll, quorum: quorumOfRoll(body, roll), stored: false };
}
