/**
 * The file that comes with something a member writes — a written opinion (R8), a report on an assignment (R4) or on
 * an action-plan item (issue 12): PDF, DOCX, ODT or text, checked by its content. Three steps, because the bytes
 * are stored outside the transaction (content-addressed, harmless if the transaction then refuses) and the row
 * inside it: check (before anything), store (after the permission is known), record (in the command's transaction).
 */
import type { Services } from "../../app/context";
import { DomainError } from "../../app/lib/errors";
import type { Db } from "../client";
import { recordFile, writeBlob } from "./store";
import { checkUpload, MAX_UPLOAD_BYTES, type DetectedType } from "./types";

export interface CheckedFile {
  name: string;
  type: DetectedType;
  bytes: Uint8Array;
}

/** Refuses a bad file with its message (413 when too large, 422 otherwise); null when none was sent. */
export function checkWrittenFile(upload: { name: string; bytes: Uint8Array } | null): CheckedFile | null {
  if (!upload) return null;
  const checked = checkUpload({ ...upload, allowed: ["pdf", "docx", "odt", "text"], maxBytes: MAX_UPLOAD_BYTES });
  if (!checked.ok) throw new DomainError(checked.problem, checked.problem === "file.tooLarge" ? 413 : 422, {}, "file");
  return { name: checked.safeName, type: checked.type, bytes: upload.bytes };
}

/** Stores its bytes (outside any transaction). */
export function storeWrittenFile(services: Services, file: CheckedFile | null) {
  return file && { ...file, sha256: writeBlob(services, file.bytes) };
}

/** Its row, in the caller's transaction: the id, or null when no file was sent. */
export function recordWrittenFile(
  tx: Db,
  stored: ReturnType<typeof storeWrittenFile>,
  uploadedById: number,
): number | null {
  if (!stored) return null;
  const { name, type, bytes, sha256 } = stored;
  return recordFile(tx, { name, type, size: bytes.length, sha256, uploadedById }).id;
}
