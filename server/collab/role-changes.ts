import type { Db } from "../../db/client";

export type RoleChangeListener = (userIds: ReadonlySet<number>) => void;

/**
 * "The seats of these users changed" (a membership added, ended, or its role changed), told by the database
 * itself, like SessionEnds: a TEMP trigger on this connection only. Listeners hear of it in a microtask,
 * after the transaction has committed or rolled back, and re-check what they hold (a rollback changes nothing
 * and so closes nothing).
 */
export class RoleChanges {
  private listeners = new Set<RoleChangeListener>();
  private pending = new Set<number>();
  private scheduled = false;

  constructor(db: Db) {
    db.$client.function("platform_membership_changed", (userId: unknown) => {
      this.noted(Number(userId));
      return null;
    });
    for (const [event, row] of [
      ["INSERT", "new"],
      ["UPDATE", "old"],
      ["UPDATE", "new"],
      ["DELETE", "old"],
    ] as const) {
      db.$client.exec(
        `CREATE TEMP TRIGGER IF NOT EXISTS platform_membership_${event.toLowerCase()}_${row} AFTER ${event}
         ON main.memberships BEGIN SELECT platform_membership_changed(${row}.user_id); END`,
      );
    }
  }

  on(listener: RoleChangeListener): () => void {
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
