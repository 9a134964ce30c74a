import { eq } from "drizzle-orm";
import type { Services } from "../../app/context";
import { generateToken, hashToken } from "../../app/lib/tokens.server";
import { writeTransaction } from "../client";
import { calendarFeeds } from "../schema";

/** A new secret address for the user's calendar feed; the previous one stops working. Shown once. */
export function issueCalendarFeed(services: Services, userId: number): string {
  const token = generateToken();
  writeTransaction(services.db, (tx) => {
    tx.insert(calendarFeeds)
      .values({ userId, tokenHash: hashToken(token) })
      .onConflictDoUpdate({ target: calendarFeeds.userId, set: { tokenHash: hashToken(token), createdAt: new Date() } })
      .run();
  });
  return new URL(`/calendar/${token}.ics`, services.config.appUrl).toString();
}
