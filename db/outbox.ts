import type { Db } from "./client";
import { outbox } from "./schema";

export interface MailAttachment {
  filename: string;
  contentType: string;
  content: string; // text content (e.g. an .ics invitation)
}

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: MailAttachment[];
}

/**
 * Queues a message inside the caller's transaction: if the change rolls back, no e-mail is sent; if it
 * commits, the message is kept until delivered. Call `services.mail.kick()` after commit.
 */
export function enqueueMail(tx: Db, mail: OutgoingMail, now = new Date()): void {
  tx.insert(outbox)
    .values({
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html ?? null,
      attachments: JSON.stringify(mail.attachments ?? []),
      nextAttemptAt: now,
    })
    .run();
}
