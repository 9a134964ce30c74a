import { desc, sql } from "drizzle-orm";
import { type Db } from "./client";
import { auditLog } from "./schema/accounts";
import {
  type AuditEvent,
  type BodyAuditEvent,
  type MeetingAuditEvent,
  type BodyAbsenceEvent,
  type ProtocolDraftAuditEvent,
  type SigningAuditEvent,
  type AssignmentAuditEvent,
  type RegistrationAuditEvent,
  type PartnershipAuditEvent,
} from "../app/lib/audit-events";
import {
  canonicalJson,
  entryBody,
  GENESIS_HASH,
  verifyChain,
  type ChainedEntry,
  type ChainVerdict,
  type Checkpoint,
  type EntryMac,
} from "../app/lib/audit-chain";

/**
 * The audit key's side of a database connection (server/audit/seal.ts installs it): the entry MAC, also
 * registered as the SQL function `audit_mac`, and the checkpoints kept outside the database. It hangs on
 * the connection so that every bundled copy of this module finds it (STACK.md, pitfall 12).
 */
export interface AuditSeal {
  mac: EntryMac;
  readCheckpoints(): { ok: true; checkpoints: Checkpoint[] } | { ok: false };
  /** The verdict of the last verification, for /healthz. */
  lastVerdict: ChainVerdict | null;
  /** The Ed25519 key that signs exported checkpoints: SPKI DER in base64, and a short fingerprint. */
  publicKey: string;
  keyId: string;
  sign(statement: string): string;
  verifySignature(statement: string, signature: string): boolean;
}

const SEAL = Symbol.for("cooperation-platform.audit-seal");

export function attachAuditSeal(db: Db, seal: AuditSeal): void {
  (db.$client as unknown as Record<symbol, AuditSeal>)[SEAL] = seal;
}

export function auditSealOf(db: Db): AuditSeal {
  const seal = (db.$client as unknown as Record<symbol, AuditSeal | undefined>)[SEAL];
  if (!seal) throw new Error("The audit key is not installed on this database connection (openAuditSeal).");
  return seal;
}

/**
 * Appends one entry, chained to the previous one and keyed by the SQL function `audit_mac` (a connection
 * without the key cannot append). Call it inside the write transaction of the change it records (an IMMEDIATE
 * one, so no other writer can slip an entry in between the read and the insert).
 */
export function appendAudit(
  tx: Db,
  actorId: number | null,
  event:
    | AuditEvent
    | BodyAuditEvent
    | BodyAbsenceEvent
    | MeetingAuditEvent
    | ProtocolDraftAuditEvent
    | SigningAuditEvent
    | AssignmentAuditEvent
    | RegistrationAuditEvent
    | PartnershipAuditEvent,
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
    .values({ ...fields, at: new Date(fields.at), prevHash, hash: sql`audit_mac(${entryBody(prevHash, fields)})` })
    .run();
}

/** Streams the whole log through the chain check (without holding it in memory), against the checkpoints. */
export function verifyAuditLog(db: Db): ChainVerdict {
  const seal = auditSealOf(db);
  const reading = seal.readCheckpoints();
  const verdict: ChainVerdict = reading.ok
    ? verifyChain(auditEntries(db), { mac: seal.mac, checkpoints: reading.checkpoints })
    : { ok: false, entries: 0, reason: "checkpointForged", brokenAtSeq: null };
  seal.lastVerdict = verdict;
  return verdict;
}

export function auditEntries(db: Db): IterableIterator<ChainedEntry> {
  return db.$client
    .prepare(
      `select seq, at, actor_id as actorId, action, subject_type as subjectType, subject_id as subjectId, details, prev_hash as prevHash, hash
       from audit_log order by seq`,
    )
    .iterate() as IterableIterator<ChainedEntry>;
}

/** The newest entry: the head a checkpoint records. */
export function auditHead(db: Db): { count: number; head: string } | null {
  const row = db.$client.prepare("select seq, hash from audit_log order by seq desc limit 1").get() as
    { seq: number; hash: string } | undefined;
  return row ? { count: row.seq, head: row.hash } : null;
}
