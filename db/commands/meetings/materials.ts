import { and, eq, isNull } from "drizzle-orm";
import { type Services } from "../../../app/context";
import { appendAudit } from "../../audit";
import { DomainError } from "../../../app/lib/errors";
import { checkUpload, type DetectedType, MAX_UPLOAD_BYTES } from "../../files/types";
import { type Actor } from "../../../app/lib/policy";
import { normaliseLine, textProblem } from "../../../app/lib/text-rules";
import { isOnTime, materialsDeadline } from "../../../app/lib/zoned-time";
import { writeTransaction, type Db } from "../../client";
import { agendaItems, materials } from "../../schema/meetings";
import { recordFile, writeBlob } from "../../files/store";
import { authorize, loadMeeting } from "../../access";
import { chairActOn } from "./acting";
import { queueForDigest } from "./material-digest";

export const materialKinds = ["pdf", "docx", "xlsx", "odt", "ods", "png", "jpeg", "gif", "webp", "text"] as const;

export interface MaterialInput {
  itemId: number;
  title: string;
  text: string;
  upload: { name: string; bytes: Uint8Array } | null;
}

/**
 * A member or secretary attaches a file (type checked by content) or a text to an agenda item. R7 (3.9):
 * after the deadline it is marked late and hidden from the members until a co-chair accepts it.
 */
export function submitMaterial(
  services: Services,
  actor: Actor,
  meetingId: number,
  input: MaterialInput,
  now = new Date(),
): { id: number; late: boolean } {
  const title = normaliseLine(input.title) || normaliseLine(input.upload?.name ?? "");
  const titleProblem = textProblem(title, "title", { required: true });
  if (titleProblem) throw new DomainError(titleProblem, 422, {}, "title");
  if (!input.upload && !input.text.trim()) throw new DomainError("material.empty", 422, {}, "file");
  const textIssue = textProblem(input.text.trim(), "longText");
  if (textIssue) throw new DomainError(textIssue, 422, {}, "text");
  let checked: { name: string; type: DetectedType; bytes: Uint8Array } | null = null;
  if (input.upload) {
    const verdict = checkUpload({ ...input.upload, allowed: [...materialKinds], maxBytes: MAX_UPLOAD_BYTES });
    if (!verdict.ok)
      throw new DomainError(verdict.problem, verdict.problem === "file.tooLarge" ? 413 : 422, {}, "file");
    checked = { name: verdict.safeName, type: verdict.type, bytes: input.upload.bytes };
  }
  // The rights are checked before anything touches the disk; the file is written before the transaction that records it.
  services.db.transaction((tx) =>
    authorize(actor, "material.submit", loadMeeting(tx as unknown as Db, actor, meetingId).scope, "material.tooLate"),
  );
  const stored = checked && {
    name: checked.name,
    type: checked.type,
    size: checked.bytes.length,
    sha256: writeBlob(services, checked.bytes),
  };
  const result = writeTransaction(services.db, (tx) => {
    const ctx = loadMeeting(tx, actor, meetingId);
    authorize(actor, "material.submit", ctx.scope, "material.tooLate");
    const item = tx
      .select()
      .from(agendaItems)
      .where(and(eq(agendaItems.id, input.itemId), eq(agendaItems.meetingId, meetingId), isNull(agendaItems.removedAt)))
      .get();
    if (!item || item.status === "declined") throw new DomainError("material.noSuchItem", 422, {}, "itemId");
    const deadline = materialsDeadline(ctx.meeting.startsAt, ctx.body.timezone, ctx.body.materialsDeadlineDays);
    const late = !isOnTime(now, deadline);
    const file = stored ? recordFile(tx, { ...stored, uploadedById: actor.id }) : null;
    const { id } = tx
      .insert(materials)
      .values({
        meetingId,
        agendaItemId: item.id,
        title,
        text: input.text.trim() || null,
        fileId: file?.id ?? null,
        submittedById: actor.id,
        submittedAt: now,
        late,
      })
      .returning({ id: materials.id })
      .get();
    // R6: an on-time material goes into the members' next digest; a late one only once accepted (R7).
    if (!late) queueForDigest(tx, { id, meetingId }, "added", now);
    appendAudit(
      tx,
      actor.id,
      {
        action: "material.submitted",
        subjectType: "meeting",
        subjectId: meetingId,
        details: { materialId: id, itemId: item.id, late, fileId: file?.id ?? null, sha256: file?.sha256 ?? null },
      },
      now,
    );
    return { id, late };
  });
  services.live.publish(meetingId, "materials");
  return result;
}

/** R7: a co-chair accepts a late material; from then on every member sees it. */
export function acceptLateMaterial(
  services: Services,
  actor: Actor,
  meetingId: number,
  materialId: number,
  now = new Date(),
): void {
  writeTransaction(services.db, (tx) => {
    const ctx = loadMeeting(tx, actor, meetingId);
    authorize(actor, "material.accept", ctx.scope, "material.tooLate");
    const act = chairActOn(tx, actor, ctx, now);
    const material = tx
      .select()
      .from(materials)
      .where(and(eq(materials.id, materialId), eq(materials.meetingId, meetingId)))
      .get();
    if (!material) throw new DomainError("error.notFound.title", 404);
    if (!material.late || material.acceptedAt) return;
    tx.update(materials).set({ acceptedById: actor.id, acceptedAt: now }).where(eq(materials.id, materialId)).run();
    queueForDigest(tx, material, "accepted", now);
    appendAudit(
      tx,
      actor.id,
      { action: "material.accepted", subjectType: "meeting", subjectId: meetingId, details: { materialId, ...act } },
      now,
    );
  });
  services.live.publish(meetingId, "materials");
}
