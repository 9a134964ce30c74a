import { and, asc, eq, lte } from "drizzle-orm";
import type { Db } from "../../db/client";
import { outbox } from "../../db/schema";
import { attachmentsOfRow } from "../../db/outbox";
import type { MailQueue } from "../../app/context";
import { nextDeliveryAttempt } from "../../app/lib/retry";
import type { Delivery } from "./transport";

/**
 * Delivers the outbox: each due message is sent, then marked sent; a failure is recorded and retried
 * later. One pass at a time; a kick during a pass schedules another, so nothing queued is missed.
 */
const BATCH = 50;

export class OutboxWorker implements MailQueue {
  private running: Promise<void> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: Db,
    private readonly delivery: Delivery,
    private readonly from: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  kick(): void {
    void this.drain();
  }

  /** Resolves when every message due now has been tried once. */
  drain(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          // A full batch may leave more due behind it (a signed protocol's copies to every member): go on.
          if ((await this.pass()) === BATCH) this.again = true;
        } while (this.again);
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }

  start(intervalMs = 30_000): void {
    this.kick();
    this.timer = setInterval(() => this.kick(), intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
    this.delivery.close();
  }

  /** Tries each due message once, oldest first, up to a batch; returns how many it tried. */
  private async pass(): Promise<number> {
    const due = this.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.status, "pending"), lte(outbox.nextAttemptAt, this.now())))
      .orderBy(asc(outbox.id))
      .limit(BATCH)
      .all();
    for (const m of due) {
      try {
        const { emlFile } = await this.delivery.deliver(
          {
            from: this.from,
            to: m.to,
            subject: m.subject,
            text: m.text,
            html: m.html ?? undefined,
            attachments: attachmentsOfRow(m.attachments),
            messageId: undefined,
          },
          m.id,
        );
        this.db
          .update(outbox)
          .set({ status: "sent", attempts: m.attempts + 1, sentAt: this.now(), emlFile, lastError: null })
          .where(eq(outbox.id, m.id))
          .run();
      } catch (error) {
        const attempts = m.attempts + 1;
        const verdict = nextDeliveryAttempt(attempts, this.now());
        this.db
          .update(outbox)
          .set({
            attempts,
            lastError: error instanceof Error ? error.message.slice(0, 500) : String(error),
            ...(verdict.kind === "retry" ? { nextAttemptAt: verdict.at } : { status: "failed" as const }),
          })
          .where(eq(outbox.id, m.id))
          .run();
      }
    }
    return due.length;
  }
}
