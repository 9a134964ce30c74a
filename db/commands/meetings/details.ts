import { eq, inArray } from "drizzle-orm";
import { type Services } from "../../../app/context";
import { appendAudit } from "../../audit";
import { latenessChanges } from "../../../app/lib/late-materials";
import { materialsDeadline } from "../../../app/lib/zoned-time";
import { type Db } from "../../client";
import { materials, meetings, type Meeting } from "../../schema/meetings";
import { type MeetingContext } from "../../access";
import { notifyParticipants } from "./notify";

export type MeetingDetails = Pick<Meeting, "startsAt" | "durationMinutes" | "place" | "format" | "videoLink">;

const same = (a: unknown, b: unknown) =>
  String(a instanceof Date ? a.getTime() : a) === String(b instanceof Date ? b.getTime() : b);

/** The details that differ from the meeting's. */
export function changedDetails(meeting: Meeting, next: MeetingDetails): (keyof MeetingDetails)[] {
  return (Object.keys(next) as (keyof MeetingDetails)[]).filter((k) => !same(next[k], meeting[k]));
}

/**
 * Writes new details inside the caller's transaction. R7 (3.9): a new date recomputes which materials are late.
 * Once convened, everyone gets an update with the same UID and the next SEQUENCE. Returns whether mail was queued.
 */
export function applyDetails(
  services: Services,
  tx: Db,
  actorId: number,
  ctx: MeetingContext,
  next: MeetingDetails,
  now: Date,
): boolean {
  const before = ctx.meeting;
  const changed = changedDetails(before, next);
  if (changed.length === 0) return false;
  const convened = before.status === "convened";
  const sequence = convened ? before.icsSequence + 1 : before.icsSequence;
  tx.update(meetings)
    .set({ ...next, icsSequence: sequence })
    .where(eq(meetings.id, before.id))
    .run();
  appendAudit(
    tx,
    actorId,
    { action: "meeting.updated", subjectType: "meeting", subjectId: before.id, details: { changed } },
    now,
  );
  if (changed.includes("startsAt")) relabelLateMaterials(tx, actorId, ctx, next.startsAt, now);
  if (!convened) return false;
  notifyParticipants(services, tx, { ...ctx, meeting: { ...before, ...next, icsSequence: sequence } }, "updated", now);
  return true;
}

/** R7 (3.9): the materials' lateness against the deadline of the new date; accepted ones stay accepted. */
function relabelLateMaterials(tx: Db, actorId: number, ctx: MeetingContext, startsAt: Date, now: Date): void {
  const list = tx.select().from(materials).where(eq(materials.meetingId, ctx.meeting.id)).all();
  const deadline = materialsDeadline(startsAt, ctx.body.timezone, ctx.body.materialsDeadlineDays);
  const changes = latenessChanges(list, deadline);
  if (changes.length === 0) return;
  for (const late of [true, false]) {
    const ids = changes.filter((c) => c.late === late).map((c) => c.id);
    if (ids.length) tx.update(materials).set({ late }).where(inArray(materials.id, ids)).run();
  }
  appendAudit(
    tx,
    actorId,
    {
      action: "material.lateness_recomputed",
      subjectType: "meeting",
      subjectId: ctx.meeting.id,
      details: {
        nowLate: changes.filter((c) => c.late).map((c) => c.id),
        nowOnTime: changes.filter((c) => !c.late).map((c) => c.id),
      },
    },
    now,
  );
}
