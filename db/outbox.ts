import type { Db } from "./client";
import { outbox } from "./schema";

/**
 * A file attached to a letter, kept in the outbox row until delivered (so a retry sends the same bytes). Text
 * (an .ics invitation) is stored as it is; a binary file (a protocol's PDF) as base64, marked so.
 */
export type MailAttachment =
  | { filename: string; contentType: string; content: string; encoding?: undefined }
  | { filename: string; contentType: string; content: string; encoding: "base64" };

/** A binary attachment (PDF …) for `enqueueMail`. */
export function binaryAttachment(filename: string, contentType: string, bytes: Uint8Array): MailAttachment {
  return { filename, contentType, content: Buffer.from(bytes).toString("base64"), encoding: "base64" };
}

/** The attachments of an outbox row, as the mail transport takes them (binary ones decoded to bytes). */
export function attachmentsOfRow(
  stored: string,
): { filename: string; contentType: string; content: string | Buffer }[] {
  return (JSON.parse(stored) as MailAttachment[]).map((a) => ({
    filename: a.filename,
    contentType: a.contentType,
    content: a.encoding === "base64" ? Buffer.from(a.content, "base64") : a.content,
  }));
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
 * commits, the message is kept until delivered. Call `services.mail.kick()` after commit. Returns its id.
 */
export function enqueueMail(tx: Db, mail: OutgoingMail, now = new Date()): number {
  return tx
    .insert(outbox)
    .values({
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html ?? null,
      attachments: JSON.stringify(mail.attachments ?? []),
      nextAttemptAt: now,
    })
    .returning({ id: outbox.id })
    .get().id;
}
