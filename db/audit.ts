import { desc } from "drizzle-orm";
import { type Db } from "./client";
import { auditLog } from "./schema/accounts";
import {
  type AuditEvent,
  type BodyAuditEvent,
  type MeetingAuditEvent,
  type BodyAbsenceEvent,
} from "../app/lib/audit-events";
import {
  canonicalJson,
  entryHash,
  GENESIS_HASH,
  verifyChain,
  type AuditFields,
  type ChainVerdict,
} from "../app/lib/audit-chain";

/**
 * Appends one entry, chained to the previous one. Call it inside the write transaction of the change it
 * records (an IMMEDIATE one, so no other writer can slip an entry in between the read and the insert).
 */
export function appendAudit(
  tx: Db,
  actorId: number | null,
  event: AuditEvent | BodyAuditEvent | BodyAbsenceEvent | MeetingAuditEvent,
  now = new Date(),
): void {
  const last = tx
    .select({ seq: auditLog.seq, hash: auditLog.hash })
    .from(auditLog)
    .orderBy(desc(auditLog.seq))
    .limit(1)
    .get();
  const fields = {
    seq: (last?.seq ?? 0) + 1,
    at: now.getTime(),
    actorId,
    action: event.action,
    subjectType: event.subjectType,
    subjectId: event.subjectId === null ? null : String(event.subjectId),
    details: canonicalJson(event.details),
  };
  const prevHash = last?.hash ?? GENESIS_HASH;
  tx.insert(auditLog)
    .values({ ...fields, at: new Date(fields.at), prevHash, hash: entryHash(prevHash, fields) })
    .run();
}

/** Streams the whole log through the chain check, without holding it in memory. */
export function verifyAuditLog(db: Db): ChainVerdict {
  const rows = db.$client
    .prepare(
      `select seq, at, actor_id as actorId, action, subject_type as subjectType, subject_id as subjectId, details, prev_hash as prevHash, hash
       from audit_log order by seq`,
    )
    .iterate() as IterableIterator<AuditFields & { prevHash: string; hash: string }>;
  return verifyChain(rows);
}
