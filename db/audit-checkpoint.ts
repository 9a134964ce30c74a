import type { Db } from "./client";
import {
  CHECKPOINT_EXPORT_FORMAT,
  checkpointStatement,
  parseCheckpointExport,
  type ChainVerdict,
  type CheckpointExport,
} from "../app/lib/audit-chain";
import { auditHead, auditSealOf, verifyAuditLog } from "./audit";

/**
 * A signed checkpoint to keep away from the server (with the protocols, in another ministry's archive): the
 * count and head hash of the log at a moment, signed with the deployment's Ed25519 key. Only a log that
 * verifies is exported.
 */
export function exportCheckpoint(
  db: Db,
  platform: string,
  now = new Date(),
): { ok: true; checkpoint: CheckpointExport } | { ok: false; verdict: ChainVerdict } {
  const seal = auditSealOf(db);
  const verdict = verifyAuditLog(db);
  const head = auditHead(db);
  if (!verdict.ok || !head) return { ok: false, verdict };
  const unsigned = {
    format: CHECKPOINT_EXPORT_FORMAT as typeof CHECKPOINT_EXPORT_FORMAT,
    platform,
    count: head.count,
    head: head.head,
    at: now.toISOString(),
  };
  const signature = seal.sign(checkpointStatement(unsigned));
  return { ok: true, checkpoint: { ...unsigned, publicKey: seal.publicKey, signature } };
}

export type ExportProblem = "malformed" | "otherKey" | "signature" | "notInLog" | "chain";

/**
 * Checks an exported checkpoint against this deployment: signed by its key, and its head still in the log,
 * which must verify. (Whoever holds only the public key can check the signature alone: decision 0012.)
 */
export function verifyCheckpointExport(
  db: Db,
  text: string,
): { ok: true; checkpoint: CheckpointExport } | { ok: false; problem: ExportProblem; verdict?: ChainVerdict } {
  const checkpoint = parseCheckpointExport(text);
  if (!checkpoint) return { ok: false, problem: "malformed" };
  const seal = auditSealOf(db);
  if (checkpoint.publicKey !== seal.publicKey) return { ok: false, problem: "otherKey" };
  if (!seal.verifySignature(checkpointStatement(checkpoint), checkpoint.signature))
    return { ok: false, problem: "signature" };
  const entry = db.$client.prepare("select hash from audit_log where seq = ?").get(checkpoint.count) as
    { hash: string } | undefined;
  if (entry?.hash !== checkpoint.head) return { ok: false, problem: "notInLog" };
  const verdict = verifyAuditLog(db);
  if (!verdict.ok) return { ok: false, problem: "chain", verdict };
  return { ok: true, checkpoint };
}
