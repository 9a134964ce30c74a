// Presentations and reports attached to programme items (issue 12). The file is checked by its bytes and written
// before the transaction (content-addressed, as every upload: decision 0010); the row and its audit entry together.
import { and, eq } from "drizzle-orm";
import type { Services } from "../../../app/context";
import { DomainError } from "../../../app/lib/errors";
import type { Actor } from "../../../app/lib/policy";
import { normaliseLine, textProblem } from "../../../app/lib/text-rules";
import { loadConference } from "../../area-access";
import { appendAudit } from "../../audit";
import { writeTransaction, type Db } from "../../client";
import { recordFile, writeBlob } from "../../files/store";
import { checkUpload, MAX_UPLOAD_BYTES } from "../../files/types";
import { programmeItems, programmeMaterials, type ProgrammeMaterial } from "../../schema";

/** What a presentation or a report may be: documents, slides as PDF, spreadsheets, images, plain text. */
const materialKinds = ["pdf", "docx", "xlsx", "odt", "ods", "png", "jpeg", "text"] as const;

export interface ConferenceMaterialInput {
  itemId: number;
  title: string;
  isPublic: boolean;
  upload: { name: string; bytes: Uint8Array } | null;
}

export function attachConferenceMaterial(
  services: Services,
  actor: Actor,
  bodyId: number,
  input: ConferenceMaterialInput,
  now = new Date(),
): number {
  if (!input.upload) throw new DomainError("conference.materialFileRequired", 422, {}, "file");
  const verdict = checkUpload({ ...input.upload, allowed: [...materialKinds], maxBytes: MAX_UPLOAD_BYTES });
  if (!verdict.ok) throw new DomainError(verdict.problem, verdict.problem === "file.tooLarge" ? 413 : 422, {}, "file");
  const title = normaliseLine(input.title) || verdict.safeName;
  const titleProblem = textProblem(title, "title", { required: true });
  if (titleProblem) throw new DomainError(titleProblem, 422, {}, "title");
  // The rights first: nothing touches the disk for someone who may not attach.
  services.db.transaction((tx) => loadConference(tx as unknown as Db, { actor }, bodyId, "conference.manage"));
  const sha256 = writeBlob(services, input.upload.bytes);
  return writeTransaction(services.db, (tx) => {
    loadConference(tx, { actor }, bodyId, "conference.manage");
    const item = tx
      .select({ id: programmeItems.id })
      .from(programmeItems)
      .where(and(eq(programmeItems.id, input.itemId), eq(programmeItems.bodyId, bodyId)))
      .get();
    if (!item) throw new DomainError("programme.noSuchItem", 422, {}, "itemId");
    const file = recordFile(tx, {
      name: verdict.safeName,
      type: verdict.type,
      size: input.upload!.bytes.length,
      sha256,
      uploadedById: actor.id,
    });
    const { id } = tx
      .insert(programmeMaterials)
      .values({
        itemId: item.id,
        fileId: file.id,
        title,
        isPublic: input.isPublic,
        uploadedById: actor.id,
        createdAt: now,
      })
      .returning({ id: programmeMaterials.id })
      .get();
    appendAudit(
      tx,
      actor.id,
      {
        action: "conference.material_added",
        subjectType: "body",
        subjectId: bodyId,
        details: { itemId: item.id, materialId: id, title, isPublic: input.isPublic, fileId: file.id, sha256 },
      },
      now,
    );
    return id;
  });
}

/** The material of this conference, or a 404: a material of another conference names nothing here. */
export function materialOf(tx: Db, bodyId: number, materialId: number): ProgrammeMaterial {
  const row = tx
    .select({ material: programmeMaterials })
    .from(programmeMaterials)
    .innerJoin(programmeItems, eq(programmeItems.id, programmeMaterials.itemId))
    .where(and(eq(programmeMaterials.id, materialId), eq(programmeItems.bodyId, bodyId)))
    .get();
  if (!row) throw new DomainError("error.notFound.title", 404);
  return row.material;
}

export function setMaterialPublic(
  services: Services,
  actor: Actor,
  bodyId: number,
  materialId: number,
  isPublic: boolean,
  now = new Date(),
): void {
  writeTransaction(services.db, (tx) => {
    loadConference(tx, { actor }, bodyId, "conference.manage");
    const material = materialOf(tx, bodyId, materialId);
    if (material.isPublic === isPublic) return;
    tx.update(programmeMaterials).set({ isPublic }).where(eq(programmeMaterials.id, materialId)).run();
    appendAudit(
      tx,
      actor.id,
      {
        action: "conference.material_visibility_set",
        subjectType: "body",
        subjectId: bodyId,
        details: { materialId, isPublic },
      },
      now,
    );
  });
}

/** The row goes; the stored file stays, as every recorded file does (the audit entry names its SHA-256). */
export function removeConferenceMaterial(
  services: Services,
  actor: Actor,
  bodyId: number,
  materialId: number,
  now = new Date(),
): void {
  writeTransaction(services.db, (tx) => {
    loadConference(tx, { actor }, bodyId, "conference.manage");
    const material = materialOf(tx, bodyId, materialId);
    tx.delete(programmeMaterials).where(eq(programmeMaterials.id, materialId)).run();
    appendAudit(
      tx,
      actor.id,
      {
        action: "conference.material_removed",
        subjectType: "body",
        subjectId: bodyId,
        details: { materialId, title: material.title },
      },
      now,
    );
  });
}
