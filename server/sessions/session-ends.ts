import type { Db } from "../../db/client";
import { DatabaseSignal, type UsersListener } from "./database-signal";

export type SessionEndListener = UsersListener;

/**
 * One in-process signal, "sessions of these users have ended", for every way a session row goes: sign-out,
 * expiry, password change or reset, an administrator disabling the user, and whatever is added later.
 */
export class SessionEnds extends DatabaseSignal {
  constructor(db: Db) {
    super(db, "platform_session_ended", [
      `CREATE TEMP TRIGGER IF NOT EXISTS platform_session_ended AFTER DELETE ON main.sessions
       BEGIN SELECT platform_session_ended(old.user_id); END`,
    ]);
  }
}
