import { and, eq, inArray, isNull } from "drizzle-orm";
import { type Services } from "../../../app/context";
import { appendAudit } from "../../audit";
import { DomainError } from "../../../app/lib/errors";
import { type Actor } from "../../../app/lib/policy";
import { textProblem } from "../../../app/lib/text-rules";
import { writeTransaction, type Db } from "../../client";
import { agendaItems, attendance, writtenOpinionItems, writtenOpinions } from "../../schema/meetings";
import { checkWrittenFile, recordWrittenFile, storeWrittenFile } from "../../files/written";
import { authorize, loadMeeting } from "../../access";

export interface OpinionInput {
  text: string;
  itemIds: number[];
  upload: { name: string; bytes: Uint8Array } | null;
}

/**
 * R8 (3.5 д): a member who will be absent submits a written opinion on one or more agenda items, until the
 * meeting ends; it can be edited until the meeting starts. Someone already marked present speaks in person.
 */
export function submitOpinion(
  services: Services,
  actor: Actor,
  meetingId: number,
  input: OpinionInput,
  now = new Date(),
): number {
  const text = input.text.trim();
  if (!text) throw new DomainError("opinion.textRequired", 422, {}, "text");
  const problem = textProblem(text, "longText");
  if (problem) throw new DomainError(problem, 422, {}, "text");
  const itemIds = [...new Set(input.itemIds)];
  if (itemIds.length === 0) throw new DomainError("opinion.itemsRequired", 422, {}, "itemIds");
  const checked = checkWrittenFile(input.upload);
  services.db.transaction((tx) =>
    authorize(actor, "opinion.submit", loadMeeting(tx as unknown as Db, actor, meetingId).scope, "opinion.closed"),
  );
  const stored = storeWrittenFile(services, checked);
  const id = writeTransaction(services.db, (tx) => {
    const ctx = loadMeeting(tx, actor, meetingId);
    authorize(actor, "opinion.submit", ctx.scope, "opinion.closed");
    if (
      tx
        .select()
        .from(attendance)
        .where(and(eq(attendance.meetingId, meetingId), eq(attendance.userId, actor.id)))
        .get()
    ) {
      throw new DomainError("opinion.youArePresent", 409);
    }
    const valid = tx
      .select({ id: agendaItems.id })
      .from(agendaItems)
      .where(
        and(
          eq(agendaItems.meetingId, meetingId),
          eq(agendaItems.status, "accepted"),
          isNull(agendaItems.removedAt),
          inArray(agendaItems.id, itemIds),
        ),
      )
      .all();
    if (valid.length !== itemIds.length) throw new DomainError("opinion.itemsRequired", 422, {}, "itemIds");
    const fileId = recordWrittenFile(tx, stored, actor.id);
    const existing = tx
      .select()
      .from(writtenOpinions)
      .where(and(eq(writtenOpinions.meetingId, meetingId), eq(writtenOpinions.authorId, actor.id)))
      .get();
    let opinionId: number;
    if (existing) {
      if (ctx.meeting.status !== "convened") throw new DomainError("opinion.editClosed", 409);
      tx.update(writtenOpinions)
        .set({ text, updatedAt: now, ...(fileId !== null ? { fileId } : {}) })
        .where(eq(writtenOpinions.id, existing.id))
        .run();
      tx.delete(writtenOpinionItems).where(eq(writtenOpinionItems.opinionId, existing.id)).run();
      opinionId = existing.id;
    } else {
      opinionId = tx
        .insert(writtenOpinions)
        .values({ meetingId, authorId: actor.id, text, fileId, submittedAt: now, updatedAt: now })
        .returning({ id: writtenOpinions.id })
        .get().id;
    }
    tx.insert(writtenOpinionItems)
      .values(itemIds.map((agendaItemId) => ({ opinionId, agendaItemId })))
      .run();
    appendAudit(
      tx,
      actor.id,
      {
        action: existing ? "opinion.updated" : "opinion.submitted",
        subjectType: "meeting",
        subjectId: meetingId,
        details: { opinionId, itemIds },
      },
      now,
    );
    return opinionId;
  });
  services.live.publish(meetingId, "opinions");
  return id;
}

/** R8: the secretary marks an opinion read out at the meeting. */
export function markOpinionRead(
  services: Services,
  actor: Actor,
  meetingId: number,
  opinionId: number,
  now = new Date(),
): void {
  writeTransaction(services.db, (tx) => {
    const ctx = loadMeeting(tx, actor, meetingId);
    authorize(actor, "opinion.markRead", ctx.scope, "meeting.notInProgress");
    const opinion = tx
      .select()
      .from(writtenOpinions)
      .where(and(eq(writtenOpinions.id, opinionId), eq(writtenOpinions.meetingId, meetingId)))
      .get();
    if (!opinion) throw new DomainError("error.notFound.title", 404);
    if (opinion.readOutAt) return;
    tx.update(writtenOpinions)
      .set({ readOutAt: now, readOutById: actor.id })
      .where(eq(writtenOpinions.id, opinionId))
      .run();
    appendAudit(
      tx,
      actor.id,
      { action: "opinion.read_out", subjectType: "meeting", subjectId: meetingId, details: { opinionId } },
      now,
    );
  });
  services.live.publish(meetingId, "opinions");
}
