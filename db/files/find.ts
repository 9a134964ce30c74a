import { eq } from "drizzle-orm";
import type { Db } from "../client";
import { files } from "../schema";

/** A stored file's record (name, type, size, hash), by id. */
export function findFile(db: Db, id: number) {
  return db.select().from(files).where(eq(files.id, id)).get() ?? null;
}
