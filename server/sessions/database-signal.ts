import type { Db } from "../../db/client";

export type UsersListener = (userIds: ReadonlySet<number>) => void;

/**
 * "Something about these users changed", told by the database itself: TEMP triggers (they exist on this
 * connection only, so other connections and the sqlite3 shell are unaffected) call a function that notes the
 * user. Listeners hear of it in a microtask, that is after the synchronous transaction has committed or rolled
 * back; they re-check what they hold, so a rolled-back change closes nothing. Process-wide state, so it lives
 * in server/ (STACK.md, pitfall 12). SessionEnds and RoleChanges are the two signals.
 */
export class DatabaseSignal {
  private listeners = new Set<UsersListener>();
  private pending = new Set<number>();
  private scheduled = false;

  /** `triggers`: the statements that create the TEMP triggers, each calling `name(user_id)`. */
  constructor(db: Db, name: string, triggers: readonly string[]) {
    db.$client.function(name, (userId: unknown) => {
      this.noted(Number(userId));
      return null;
    });
    for (const trigger of triggers) db.$client.exec(trigger);
  }

  /** Subscribes; returns the unsubscribe. */
  on(listener: UsersListener): () => void {
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
