import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Services } from "../../../app/context";
import { appendAudit } from "../../audit";
import { materialsReminderMail } from "../../../app/lib/meeting-mail";
import { enqueueMail } from "../../outbox";
import { materialsDeadline } from "../../../app/lib/zoned-time";
import { writeTransaction } from "../../client";
import { agendaItems, bodies, materials, meetings, users } from "../../schema";
import { meetingLink } from "../../calendar/event";

export const REMINDER_BEFORE_DEADLINE_MS = 2 * 24 * 3_600_000;

/**
 * Two days before a meeting's materials deadline, everyone who proposed an item that still has no material
 * is reminded, once. Run periodically by the server; returns how many letters were queued.
 */
export function sendMaterialReminders(services: Services, now = new Date()): number {
  const candidates = services.db
    .select({ meeting: meetings, body: bodies })
    .from(meetings)
    .innerJoin(bodies, eq(bodies.id, meetings.bodyId))
    .where(and(eq(meetings.status, "convened"), isNull(meetings.reminderSentAt)))
    .all();
  let sent = 0;
  for (const { meeting, body } of candidates) {
    const deadline = materialsDeadline(meeting.startsAt, body.timezone, body.materialsDeadlineDays);
    const msLeft = deadline.endsAt.getTime() - now.getTime();
    if (msLeft <= 0 || msLeft > REMINDER_BEFORE_DEADLINE_MS) continue;
    sent += writeTransaction(services.db, (tx) => {
      const fresh = tx.select().from(meetings).where(eq(meetings.id, meeting.id)).get()!;
      if (fresh.reminderSentAt || fresh.status !== "convened") return 0;
      const items = tx
        .select()
        .from(agendaItems)
        .where(
          and(
            eq(agendaItems.meetingId, meeting.id),
            inArray(agendaItems.status, ["accepted", "proposed"]),
            isNull(agendaItems.removedAt),
          ),
        )
        .all();
      const withMaterials = new Set(
        tx
          .select({ itemId: materials.agendaItemId })
          .from(materials)
          .where(eq(materials.meetingId, meeting.id))
          .all()
          .map((m) => m.itemId),
      );
      const waiting = items.filter(
        (i) => i.proposedById && !withMaterials.has(i.id) && i.decidedById !== i.proposedById,
      );
      const byProposer = new Map<number, string[]>();
      for (const item of waiting)
        byProposer.set(item.proposedById!, [...(byProposer.get(item.proposedById!) ?? []), item.title]);
      for (const [userId, titles] of byProposer) {
        const person = tx.select().from(users).where(eq(users.id, userId)).get();
        if (!person || person.status !== "active") continue;
        const mail = materialsReminderMail({
          locale: person.locale ?? "ru",
          name: person.name,
          timeZone: person.timezone,
          body,
          meeting,
          items: titles,
          deadline: deadline.endsAt,
          link: meetingLink(services, meeting.id),
        });
        enqueueMail(tx, { to: person.email, ...mail }, now);
      }
      tx.update(meetings).set({ reminderSentAt: now }).where(eq(meetings.id, meeting.id)).run();
      appendAudit(
        tx,
        null,
        {
          action: "reminder.sent",
          subjectType: "meeting",
          subjectId: meeting.id,
          details: { recipients: byProposer.size },
        },
        now,
      );
      return byProposer.size;
    });
  }
  if (sent > 0) services.mail.kick();
  return sent;
}
