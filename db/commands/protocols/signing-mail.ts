/**
 * The letters to the signatories of a text just finalised (R11), queued in the finalising transaction: the outbox
 * sends them after the commit, with retries. Each in the recipient's language.
 */
import { inArray } from "drizzle-orm";
import { signingRequestMail } from "../../../app/lib/signing-mail";
import type { Db } from "../../client";
import { enqueueMail } from "../../outbox";
import { users, type Body, type Meeting } from "../../schema";
import { meetingSignatories } from "../../queries/protocol-signing";

export function queueSigningRequests(
  tx: Db,
  appUrl: string,
  meeting: Meeting,
  body: Body,
  final: { number: number; sha256: string },
  now: Date,
): number {
  const ids = meetingSignatories(tx, meeting, body).map((s) => s.userId);
  if (!ids.length) return 0;
  const people = tx
    .select()
    .from(users)
    .where(inArray(users.id, ids))
    .all()
    .filter((u) => u.status !== "disabled");
  const link = new URL(`/meetings/${meeting.id}/protocol/sign`, appUrl).toString();
  for (const person of people) {
    const mail = signingRequestMail({ locale: person.locale ?? "ru", name: person.name, body, meeting, final, link });
    enqueueMail(tx, { to: person.email, ...mail }, now);
  }
  return people.length;
}
