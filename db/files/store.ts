import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Services } from "../../app/context";
import type { DetectedType } from "./types";
import type { Db } from "../client";
import { files } from "../schema";

export function filePath(services: Services, sha256: string): string {
  return path.join(services.config.dataDir, "files", sha256.slice(0, 2), sha256);
}

/**
 * Writes the bytes under their SHA-256 before the transaction (content-addressed, so a rolled-back
 * transaction leaves at most an unreferenced copy, never a row without its file), then records the file
 * inside the caller's transaction.
 */
export function writeBlob(services: Services, bytes: Uint8Array): string {
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const target = filePath(services, sha256);
  if (!fs.existsSync(target)) {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const temp = `${target}.${process.pid}.part`;
    const fd = fs.openSync(temp, "w");
    try {
      fs.writeSync(fd, bytes);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, target);
  }
  return sha256;
}

export function recordFile(
  tx: Db,
  input: { name: string; type: DetectedType; size: number; sha256: string; uploadedById: number },
) {
  return tx
    .insert(files)
    .values({
      originalName: input.name,
      contentType: input.type.mime,
      size: input.size,
      sha256: input.sha256,
      uploadedById: input.uploadedById,
    })
    .returning()
    .get();
}
