import type { Db } from "../../db/client";

export type SessionEndListener = (userIds: ReadonlySet<number>) => void;

/**
 * One in-process signal, "sessions of these users have ended", for every way a session row goes: sign-out,
 * expiry, password change or reset, an administrator disabling the user, and whatever is added later. The
 * database tells us: a TEMP trigger (it exists on this connection only, so other connections and the sqlite3
 * shell are unaffected) calls a function that notes the user. Listeners hear of it in a microtask, that is
 * after the synchronous transaction has committed or rolled back; they re-check the sessions they hold, so a
 * rolled-back deletion closes nothing. Process-wide state, so it lives in server/ (STACK.md, pitfall 12).
 */
export class SessionEnds {
  private listeners = new Set<SessionEndListener>();
  private pending = new Set<number>();
  private scheduled = false;

  constructor(db: Db) {
    db.$client.function("platform_session_ended", (userId: unknown) => {
      this.noted(Number(userId));
      return null;
    });
    db.$client.exec(
      `CREATE TEMP TRIGGER IF NOT EXISTS platform_session_ended AFTER DELETE ON main.sessions
       BEGIN SELECT platform_session_ended(old.user_id); END`,
    );
  }

  /** Subscribes; returns the unsubscribe. */
  on(listener: SessionEndListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private noted(userId: number) {
    this.pending.add(userId);
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => {
      const userIds = this.pending;
      this.pending = new Set();
      this.scheduled = false;
      for (const listener of this.listeners) listener(userIds);
    });
  }
}
