import { desc, eq } from "drizzle-orm";
import type { Db } from "../client";
import { outbox } from "../schema";

export function listOutbox(db: Db, limit = 200) {
  return db
    .select({
      id: outbox.id,
      to: outbox.to,
      subject: outbox.subject,
      status: outbox.status,
      attempts: outbox.attempts,
      lastError: outbox.lastError,
      createdAt: outbox.createdAt,
      sentAt: outbox.sentAt,
      emlFile: outbox.emlFile,
    })
    .from(outbox)
    .orderBy(desc(outbox.id))
    .limit(limit)
    .all();
}

export function findOutboxMessage(db: Db, id: number) {
  return db.select().from(outbox).where(eq(outbox.id, id)).get() ?? null;
}
