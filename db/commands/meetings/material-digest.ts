import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { Services } from "../../../app/context";
import { appendAudit } from "../../audit";
import { enqueueMail } from "../../outbox";
import {
  DEFAULT_DIGEST_QUIET_MS,
  digestItems,
  isDigestDue,
  materialDigestMail,
  type DigestMaterial,
} from "../../../app/lib/material-digest";
import { materialsDeadline } from "../../../app/lib/zoned-time";
import { writeTransaction, type Db } from "../../client";
import { agendaItems, bodies, materialDigestQueue, materials, meetings, users } from "../../schema";
import { compositionAt } from "../../queries/bodies";
import { guestsOf } from "../../queries/meetings";
import { meetingLink } from "../../calendar/event";

/** Inside the transaction that adds (on time) or accepts (late) a material: the members will hear of it in the next digest. */
export function queueForDigest(
  tx: Db,
  material: { id: number; meetingId: number },
  event: "added" | "accepted",
  now: Date,
): void {
  tx.insert(materialDigestQueue)
    .values({ meetingId: material.meetingId, materialId: material.id, event, queuedAt: now })
    .run();
}

const pendingOf = (tx: Db, meetingId: number) =>
  tx
    .select()
    .from(materialDigestQueue)
    .where(and(eq(materialDigestQueue.meetingId, meetingId), isNull(materialDigestQueue.sentAt)))
    .orderBy(asc(materialDigestQueue.id))
    .all();

/**
 * R6 (3.4 а): for every meeting whose queued materials have been quiet for `quietMs`, each member (and each
 * invited guest) gets one letter, in their language, listing everything new since the last digest. Drafts wait
 * until convened; a cancelled meeting's queue is dropped. Run by a job; returns how many letters were queued.
 */
export function sendMaterialDigests(services: Services, now = new Date(), quietMs = DEFAULT_DIGEST_QUIET_MS): number {
  const waiting = services.db
    .selectDistinct({ meetingId: materialDigestQueue.meetingId })
    .from(materialDigestQueue)
    .where(isNull(materialDigestQueue.sentAt))
    .all();
  let letters = 0;
  for (const { meetingId } of waiting) {
    letters += writeTransaction(services.db, (tx) => digestOneMeeting(services, tx, meetingId, now, quietMs));
  }
  if (letters > 0) services.mail.kick();
  return letters;
}

function digestOneMeeting(services: Services, tx: Db, meetingId: number, now: Date, quietMs: number): number {
  const pending = pendingOf(tx, meetingId);
  if (!isDigestDue(pending, now, quietMs)) return 0;
  const meeting = tx.select().from(meetings).where(eq(meetings.id, meetingId)).get()!;
  if (meeting.status === "draft") return 0;
  const markSent = () =>
    tx
      .update(materialDigestQueue)
      .set({ sentAt: now })
      .where(
        inArray(
          materialDigestQueue.id,
          pending.map((p) => p.id),
        ),
      )
      .run();
  if (meeting.status === "cancelled") {
    markSent();
    return 0;
  }
  const body = tx.select().from(bodies).where(eq(bodies.id, meeting.bodyId)).get()!;
  const rows = tx
    .select({ material: materials, item: agendaItems, author: users.name })
    .from(materials)
    .innerJoin(agendaItems, eq(agendaItems.id, materials.agendaItemId))
    .innerJoin(users, eq(users.id, materials.submittedById))
    .where(
      inArray(
        materials.id,
        pending.map((p) => p.materialId),
      ),
    )
    .all();
  // R7: a late material circulates only once accepted, whatever was queued (a meeting moved since may have made it late).
  const listed: DigestMaterial[] = rows
    .filter((r) => !r.material.late || r.material.acceptedAt)
    .sort((a, b) => a.material.id - b.material.id)
    .map((r) => ({
      materialId: r.material.id,
      title: r.material.title,
      authorName: r.author,
      acceptedLate: r.material.late,
      item: { id: r.item.id, position: r.item.position, title: r.item.title },
    }));
  markSent();
  if (listed.length === 0) return 0;

  const memberIds = compositionAt(tx, meeting.bodyId, meeting.startsAt).flatMap((c) => c.seats.map((s) => s.userId));
  const ids = [...new Set([...memberIds, ...guestsOf(tx, meeting.id).map((g) => g.userId)])];
  const people = tx
    .select()
    .from(users)
    .where(inArray(users.id, ids))
    .all()
    .filter((u) => u.status !== "disabled");
  const deadline = materialsDeadline(meeting.startsAt, body.timezone, body.materialsDeadlineDays).endsAt;
  const items = digestItems(listed);
  for (const person of people) {
    const mail = materialDigestMail({
      locale: person.locale ?? "ru",
      name: person.name,
      body,
      meeting,
      deadline,
      items,
      link: meetingLink(services, meeting.id),
    });
    enqueueMail(tx, { to: person.email, ...mail }, now);
  }
  appendAudit(
    tx,
    null,
    {
      action: "materials.digest_sent",
      subjectType: "meeting",
      subjectId: meeting.id,
      details: { recipients: people.length, materialIds: listed.map((m) => m.materialId) },
    },
    now,
  );
  return people.length;
}
