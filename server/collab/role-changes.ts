import type { Db } from "../../db/client";
import { DatabaseSignal, type UsersListener } from "../sessions/database-signal";

export type RoleChangeListener = UsersListener;

/**
 * "The seats of these users changed" (a membership added, ended, or its role changed), told by the database
 * like SessionEnds; the rooms re-check the access of those users' sockets.
 */
export class RoleChanges extends DatabaseSignal {
  constructor(db: Db) {
    super(
      db,
      "platform_membership_changed",
      (
        [
          ["INSERT", "new"],
          ["UPDATE", "old"],
          ["UPDATE", "new"],
          ["DELETE", "old"],
        ] as const
      ).map(
        ([event, row]) =>
          `CREATE TEMP TRIGGER IF NOT EXISTS platform_membership_${event.toLowerCase()}_${row} AFTER ${event}
           ON main.memberships BEGIN SELECT platform_membership_changed(${row}.user_id); END`,
      ),
    );
  }
}
