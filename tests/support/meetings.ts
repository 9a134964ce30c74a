import { and, eq, isNull } from "drizzle-orm";
import { type Services } from "~/context";
import { localDateOf } from "~/lib/zoned-time";
import { approveAgenda } from "../../db/commands/meetings/agenda";
import { memberships, sides } from "../../db/schema/bodies";
import { users } from "../../db/schema/accounts";

/**
 * R2 (3.2 б): the co-chair of every side of the meeting's body (the deputy where the seat is vacant, R5)
 * approves the current version of the agenda, through the command, as the page does.
 */
export function approveByEverySide(services: Services, meetingId: number, bodyId: number, now = new Date()): void {
  for (const side of services.db.select().from(sides).where(eq(sides.bodyId, bodyId)).all()) {
    const seated = services.db
      .select({ user: users, role: memberships.role })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.sideId, side.id), isNull(memberships.endsAt)))
      .all();
    const chair = seated.find((s) => s.role === "co_chair") ?? seated.find((s) => s.role === "deputy");
    if (!chair) throw new Error(`side ${side.name} has nobody to approve for it`);
    approveAgenda(services, chair.user, meetingId, side.id, now);
  }
}

/**
 * A meeting that can be opened must be held today (it opens only on its own day, in the body's timezone):
 * this minute, as a date and a time in the zone; and, 20 days before, the moment it was drafted and convened
 * (so that materials can still be on time: the usual deadline is 10 days before).
 */
export function thisMinuteIn(timeZone: string, now = new Date()) {
  const minute = new Date(Math.floor(now.getTime() / 60_000) * 60_000);
  const time = new Intl.DateTimeFormat("en-GB", {
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone,
  }).format(minute);
  return {
    startsOn: localDateOf(minute, timeZone),
    startsAtTime: time,
    convenedAt: new Date(minute.getTime() - 20 * 86_400_000),
  };
}
