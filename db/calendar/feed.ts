import { and, eq, gte, inArray, isNull, or } from "drizzle-orm";
import type { Services } from "../../app/context";
import { icsFeed } from "../../app/lib/ics";
import { hashToken } from "../../app/lib/tokens.server";
import { agendaItems, bodies, calendarFeeds, meetingGuests, meetings, memberships, users } from "../schema";
import { inForceAt } from "../queries/bodies";
import { meetingEvent } from "./event";

export function hasCalendarFeed(services: Services, userId: number): boolean {
  return Boolean(
    services.db
      .select({ userId: calendarFeeds.userId })
      .from(calendarFeeds)
      .where(eq(calendarFeeds.userId, userId))
      .get(),
  );
}

/**
 * The feed behind a secret address: every meeting of every body the user sits in (and those they are a guest
 * of) from 90 days ago on, cancelled ones marked so. No attendee list: feed links get passed around.
 */
export function calendarFeedFor(services: Services, token: string, now = new Date()): string | null {
  const { db } = services;
  const feed = db
    .select()
    .from(calendarFeeds)
    .innerJoin(users, eq(users.id, calendarFeeds.userId))
    .where(eq(calendarFeeds.tokenHash, hashToken(token)))
    .get();
  if (!feed || feed.users.status !== "active") return null;
  const userId = feed.users.id;
  const seated = db
    .select({ bodyId: memberships.bodyId })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), inForceAt(now)));
  const guestOf = db
    .select({ meetingId: meetingGuests.meetingId })
    .from(meetingGuests)
    .where(eq(meetingGuests.userId, userId));
  const rows = db
    .select({ meeting: meetings, body: bodies })
    .from(meetings)
    .innerJoin(bodies, eq(bodies.id, meetings.bodyId))
    .where(
      and(
        inArray(meetings.status, ["convened", "in_progress", "completed", "cancelled"]),
        gte(meetings.startsAt, new Date(now.getTime() - 90 * 86_400_000)),
        or(inArray(meetings.bodyId, seated), inArray(meetings.id, guestOf)),
      ),
    )
    .all();
  const events = rows.map(({ meeting, body }) => {
    const agenda = db
      .select({ title: agendaItems.title })
      .from(agendaItems)
      .where(
        and(eq(agendaItems.meetingId, meeting.id), eq(agendaItems.status, "accepted"), isNull(agendaItems.removedAt)),
      )
      .orderBy(agendaItems.position)
      .all()
      .map((a) => a.title);
    return meetingEvent(services, { meeting, body }, agenda, [], now);
  });
  return icsFeed("Заседания · Meetings", events);
}
