import { eq } from "drizzle-orm";
import type { Services } from "../../app/context";
import { appendAudit } from "../audit";
import { DomainError } from "../../app/lib/errors";
import { checkUpload } from "../files/types";
import type { Actor } from "../../app/lib/policy";
import { loadBody } from "../access";
import { MAX_UPLOAD_BYTES } from "../files/types";
import { writeTransaction, type Db } from "../client";
import { bodies } from "../schema";
import { recordFile, writeBlob } from "../files/store";

export type PreparedRegulation = ReturnType<typeof prepareRegulation>;

/** Checks the document by content (PDF, DOCX, ODT or plain text) and stores its bytes; refuses before anything is written to the database. */
export function prepareRegulation(services: Services, upload: { name: string; bytes: Uint8Array }) {
  const checked = checkUpload({ ...upload, allowed: ["pdf", "docx", "odt", "text"], maxBytes: MAX_UPLOAD_BYTES });
  if (!checked.ok)
    throw new DomainError(checked.problem, checked.problem === "file.tooLarge" ? 413 : 422, {}, "regulation");
  return {
    name: checked.safeName,
    type: checked.type,
    size: upload.bytes.length,
    sha256: writeBlob(services, upload.bytes),
  };
}

/** Inside the caller's transaction: the file's row, the body's link to it, the audit entry. */
export function linkRegulation(tx: Db, actorId: number, bodyId: number, prepared: PreparedRegulation, now: Date): void {
  const file = recordFile(tx, { ...prepared, uploadedById: actorId });
  tx.update(bodies).set({ regulationFileId: file.id }).where(eq(bodies.id, bodyId)).run();
  appendAudit(
    tx,
    actorId,
    {
      action: "body.regulation_attached",
      subjectType: "body",
      subjectId: bodyId,
      details: { fileId: file.id, name: file.originalName, sha256: file.sha256 },
    },
    now,
  );
}

/** The body's regulation (Положение), attached or replaced. */
export function attachRegulation(
  services: Services,
  actor: Actor,
  bodyId: number,
  upload: { name: string; bytes: Uint8Array },
  now = new Date(),
): void {
  // Asked once before the bytes are stored (a refused user leaves nothing behind), and again in the transaction.
  loadBody(services.db, actor, bodyId, "body.update");
  const prepared = prepareRegulation(services, upload);
  writeTransaction(services.db, (tx) => {
    loadBody(tx, actor, bodyId, "body.update");
    linkRegulation(tx, actor.id, bodyId, prepared, now);
  });
}
