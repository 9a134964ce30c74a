import fs from "node:fs";
import path from "node:path";
import type { Services } from "../../app/context";
import { files } from "../schema";

/** How long a stored file may wait for the transaction that records it before it counts as abandoned. */
export const ABANDONED_AFTER_MS = 60 * 60_000;

/**
 * Files are written (by their SHA-256) before the transaction that records them, so a refused upload can
 * leave bytes no row points to. This removes such files once they are old enough that no transaction can
 * still be about to record them. Returns how many were removed.
 */
export function pruneUnreferencedFiles(services: Services, now = new Date()): number {
  const root = path.join(services.config.dataDir, "files");
  if (!fs.existsSync(root)) return 0;
  const referenced = new Set(
    services.db
      .select({ sha256: files.sha256 })
      .from(files)
      .all()
      .map((f) => f.sha256),
  );
  let removed = 0;
  for (const shard of fs.readdirSync(root)) {
    const dir = path.join(root, shard);
    if (!fs.statSync(dir).isDirectory()) continue;
    for (const name of fs.readdirSync(dir)) {
      if (referenced.has(name)) continue;
      const file = path.join(dir, name);
      if (now.getTime() - fs.statSync(file).mtimeMs < ABANDONED_AFTER_MS) continue;
      fs.rmSync(file, { force: true });
      removed++;
    }
  }
  return removed;
}
