/**
 * Reminders that go once each (R4, 3.4 в), for any unfinished work with a due day: assignments and action-plan items
 * (decision 0021, 0028). Each letter is queued in the transaction that stores the instant it went, after the row is
 * read again there, so a restart, a second run or two running jobs never send twice.
 */
import type { Services } from "../../app/context";
import { reminderOwed, reminderStamps, type ReminderKind, type RemindedWork } from "../../app/lib/due-rules";
import { appendAudit } from "../audit";
import { writeTransaction, type Db } from "../client";

type ReminderAudit = Parameters<typeof appendAudit>[2];

/** What one kind of work tells the runner. */
export interface OnceReminders<Row> {
  /** The rows that may owe a reminder, with their body's timezone (read outside any transaction). */
  candidates(db: Db): { row: Row; timeZone: string }[];
  /** The row as it is now, inside the transaction. */
  reload(tx: Db, row: Row): Row;
  /** The rule's view of a row: whether it is unfinished, its due day, when its reminders went. */
  work(row: Row): RemindedWork;
  /** Queues the letters; returns how many. */
  notify(services: Services, tx: Db, row: Row, kind: ReminderKind, now: Date): number;
  /** Stores when the reminders went. */
  mark(tx: Db, row: Row, stamps: ReturnType<typeof reminderStamps>): void;
  audit(row: Row, kind: ReminderKind, recipients: number): ReminderAudit;
}

/** Sends what is owed at `now` (injected in tests); returns how many letters were queued. */
export function sendOnceReminders<Row>(services: Services, reminders: OnceReminders<Row>, now: Date): number {
  let sent = 0;
  for (const { row, timeZone } of reminders.candidates(services.db)) {
    if (!reminderOwed(reminders.work(row), now, timeZone)) continue; // most rows owe nothing: no write transaction for them
    sent += writeTransaction(services.db, (tx) => {
      const fresh = reminders.reload(tx, row);
      const kind = reminderOwed(reminders.work(fresh), now, timeZone);
      if (!kind) return 0;
      const recipients = reminders.notify(services, tx, fresh, kind, now);
      reminders.mark(tx, fresh, reminderStamps(kind, reminders.work(fresh), now));
      appendAudit(tx, null, reminders.audit(fresh, kind, recipients), now);
      return recipients;
    });
  }
  if (sent > 0) services.mail.kick();
  return sent;
}
