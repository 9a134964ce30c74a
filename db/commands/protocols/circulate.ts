/**
 * R11 (3.10): a copy of the signed protocol goes to every member of the body. Called by the signing command inside
 * the transaction of the last signature, so the copies are queued (outbox, with its retries) in the same commit as
 * that signature, or not at all. The PDF is rendered here once, recorded as an export (so /verify knows it), and
 * attached to one letter per member seated now, each in the member's language, with a link to the protocol page.
 */
import { and, eq, inArray } from "drizzle-orm";
import { formatDate } from "../../../app/lib/format";
import { translate } from "../../../app/lib/i18n";
import type { Db } from "../../client";
import { exportProtocolPdf, verifyLink } from "../../exports/protocol";
import { binaryAttachment, enqueueMail } from "../../outbox";
import { inForceAt } from "../../queries/bodies";
import { memberships, protocolCirculations, protocolFinals, users } from "../../schema";

export function circulateSignedProtocol(tx: Db, finalId: number, now: Date, appUrl: string): number {
  const final = tx.select().from(protocolFinals).where(eq(protocolFinals.id, finalId)).get();
  if (!final) return 0;
  const pdf = exportProtocolPdf(tx, final, appUrl, now);
  const { meeting, body, bodyTitle } = pdf;
  const memberIds = tx
    .selectDistinct({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.bodyId, body.id), inForceAt(now)))
    .all()
    .map((m) => m.userId);
  if (!memberIds.length) return 0;
  const already = new Set(
    tx
      .select({ userId: protocolCirculations.userId })
      .from(protocolCirculations)
      .where(eq(protocolCirculations.finalId, final.id))
      .all()
      .map((c) => c.userId),
  );
  const people = tx
    .select()
    .from(users)
    .where(inArray(users.id, memberIds))
    .all()
    .filter((u) => u.status !== "disabled" && !already.has(u.id));
  const link = new URL(`/meetings/${meeting.id}/protocol`, appUrl).toString();
  const attachment = binaryAttachment(`${pdf.fileName.replace(/[/\\]/g, " ")}.pdf`, "application/pdf", pdf.bytes);
  for (const person of people) {
    const locale = person.locale ?? body.workingLanguage;
    const params = {
      name: person.name,
      n: meeting.number,
      body: bodyTitle,
      date: formatDate(meeting.startsAt, locale, body.timezone),
      link,
      verify: verifyLink(appUrl, final.sha256),
    };
    const outboxId = enqueueMail(
      tx,
      {
        to: person.email,
        subject: translate(locale, "protocolExport.mail.subject", params),
        text: translate(locale, "protocolExport.mail.text", params),
        attachments: [attachment],
      },
      now,
    );
    tx.insert(protocolCirculations).values({ finalId: final.id, userId: person.id, outboxId, createdAt: now }).run();
  }
  return people.length;
}
