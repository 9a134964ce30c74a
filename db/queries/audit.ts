import { desc, eq, lt } from "drizzle-orm";
import type { Db } from "../client";
import { auditLog, users } from "../schema";

export const AUDIT_PAGE_SIZE = 50;

/** Newest first, a page at a time (keyset on seq), with the actor's name. */
export function listAudit(db: Db, before?: number) {
  return db
    .select({ entry: auditLog, actorName: users.name, actorEmail: users.email })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(before ? lt(auditLog.seq, before) : undefined)
    .orderBy(desc(auditLog.seq))
    .limit(AUDIT_PAGE_SIZE)
    .all();
}
