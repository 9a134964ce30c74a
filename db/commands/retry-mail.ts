import { and, eq } from "drizzle-orm";
import type { Services } from "../../app/context";
import { forbidden } from "../../app/lib/errors";
import { can, type Actor } from "../../app/lib/policy";
import { outbox } from "../schema";

/** Puts a message that was given up on back in the queue, to be tried now. */
export function retryMail(services: Services, actor: Actor, id: number, now = new Date()): void {
  if (!can(actor, "outbox.retry")) throw forbidden();
  services.db
    .update(outbox)
    .set({ status: "pending", nextAttemptAt: now, attempts: 0 })
    .where(and(eq(outbox.id, id), eq(outbox.status, "failed")))
    .run();
  services.mail.kick();
}
