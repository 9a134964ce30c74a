import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import {
  CHAIN_KEYED_ACTION,
  checkpointLine,
  parseCheckpoints,
  type ChainVerdict,
  type Checkpoint,
} from "../../app/lib/audit-chain";
import { appendAudit, attachAuditSeal, auditHead, verifyAuditLog, type AuditSeal } from "../../db/audit";
import { writeTransaction, type Db } from "../../db/client";
import { attachProtocolSigningKey } from "../../db/protocols/signing-key";
import { deriveKey, loadAuditKey, protocolSigningKeys, signingKeys } from "./key";

export const AUDIT_CHECKPOINT_FILE = "audit.checkpoint";
/** Verification reads only the end of the checkpoint file: it grows by one line per commit. */
const TAIL_BYTES = 16 * 1024;

const hmacHex = (key: Buffer) => (message: string) => crypto.createHmac("sha256", key).update(message).digest("hex");

/**
 * The audit key installed on one database connection: the SQL function `audit_mac` that appendAudit calls,
 * and the append-only checkpoint file beside the database, one line per commit that added entries.
 */
export class KeyedAudit implements AuditSeal {
  readonly mac: (body: string) => string;
  readonly signing: ReturnType<typeof signingKeys>;
  lastVerdict: ChainVerdict | null = null;
  readonly publicKey: string;
  readonly keyId: string;
  private readonly checkpointMac: (line: string) => string;
  private lastWritten = 0;
  private scheduled = false;

  constructor(
    private readonly db: Db,
    key: Buffer,
    readonly checkpointFile: string,
  ) {
    this.mac = hmacHex(deriveKey(key, "audit entry v1"));
    this.checkpointMac = hmacHex(deriveKey(key, "audit checkpoint v1"));
    this.signing = signingKeys(key);
    this.publicKey = this.signing.publicKeyBase64;
    this.keyId = this.signing.keyId;
    const reading = this.readCheckpoints();
    if (reading.ok) this.lastWritten = Math.max(0, ...reading.checkpoints.map((c) => c.count));
  }

  sign(statement: string): string {
    return crypto.sign(null, Buffer.from(statement), this.signing.privateKey).toString("base64");
  }

  verifySignature(statement: string, signature: string): boolean {
    return crypto.verify(null, Buffer.from(statement), this.signing.publicKey, Buffer.from(signature, "base64"));
  }

  readCheckpoints(): { ok: true; checkpoints: Checkpoint[] } | { ok: false } {
    let fd: number;
    try {
      fd = fs.openSync(this.checkpointFile, "r");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return { ok: true, checkpoints: [] };
      throw error;
    }
    try {
      const size = fs.fstatSync(fd).size;
      const start = Math.max(0, size - TAIL_BYTES);
      const buffer = Buffer.alloc(size - start);
      fs.readSync(fd, buffer, 0, buffer.length, start);
      return parseCheckpoints(buffer.toString("utf8"), this.checkpointMac, start > 0);
    } finally {
      fs.closeSync(fd);
    }
  }

  /**
   * Called by `audit_mac` inside the transaction: the checkpoint is written in a microtask, that is after the
   * synchronous transaction has committed (or rolled back: then the head has not moved and nothing is written).
   */
  scheduleCheckpoint(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      try {
        this.writeCheckpoint();
      } catch (error) {
        // The next commit writes a newer line; verification accepts a head after the last checkpoint.
        console.error("audit checkpoint not written:", error);
      }
    });
  }

  writeCheckpoint(now = new Date()): void {
    if (!this.db.$client.open) return;
    const head = auditHead(this.db);
    if (!head || head.count <= this.lastWritten) return;
    const line = checkpointLine({ ...head, at: now.toISOString() }, this.checkpointMac);
    fs.appendFileSync(this.checkpointFile, line, { mode: 0o600 });
    this.lastWritten = head.count;
  }
}

export interface OpenedAuditSeal {
  seal: KeyedAudit;
  /** The verification at start, before anything was appended. */
  verdict: ChainVerdict;
  /** True when this start keyed a log that had no key yet (new database, or one from before decision 0012). */
  keyedNow: boolean;
}

/**
 * Installs the audit key on a connection, then: keys the chain when it has never been keyed (first start,
 * or a database from before keying), or verifies it and, when it does not verify, records that in the log
 * itself. `readOnly` only installs and verifies (the verify-audit command).
 */
export function openAuditSeal(
  db: Db,
  options: { dataDir: string; auditKey?: string | null; readOnly?: boolean; now?: Date },
): OpenedAuditSeal {
  const key = loadAuditKey(options.dataDir, options.auditKey);
  const seal = new KeyedAudit(db, key, path.join(options.dataDir, AUDIT_CHECKPOINT_FILE));
  db.$client.function("audit_mac", (body: unknown) => {
    if (typeof body !== "string") throw new TypeError("audit_mac expects the entry's canonical text");
    seal.scheduleCheckpoint();
    return seal.mac(body);
  });
  attachAuditSeal(db, seal);
  const protocolKeys = protocolSigningKeys(key);
  attachProtocolSigningKey(db, {
    keyId: protocolKeys.keyId,
    publicKeyPem: protocolKeys.publicKeyPem,
    sign: (statement) => crypto.sign(null, Buffer.from(statement), protocolKeys.privateKey).toString("base64"),
  });
  if (options.readOnly) return { seal, verdict: verifyAuditLog(db), keyedNow: false };

  const keyed = db.$client.prepare("select 1 from audit_log where action = ? limit 1").get(CHAIN_KEYED_ACTION);
  const reading = seal.readCheckpoints();
  if (!keyed && reading.ok && reading.checkpoints.length === 0) {
    const entriesBefore = auditHead(db)?.count ?? 0;
    writeTransaction(db, (tx) =>
      appendAudit(
        tx,
        null,
        {
          action: "system.audit_chain_keyed",
          subjectType: "system",
          subjectId: null,
          details: { entriesBefore, keyId: seal.signing.keyId },
        },
        options.now,
      ),
    );
    seal.writeCheckpoint(options.now);
    return { seal, verdict: verifyAuditLog(db), keyedNow: true };
  }
  const verdict = verifyAuditLog(db);
  if (!verdict.ok) {
    writeTransaction(db, (tx) =>
      appendAudit(
        tx,
        null,
        {
          action: "system.audit_verification_failed",
          subjectType: "system",
          subjectId: null,
          details: { reason: verdict.reason, seq: verdict.brokenAtSeq },
        },
        options.now,
      ),
    );
    seal.writeCheckpoint(options.now);
    seal.lastVerdict = verdict; // stays "broken" for /healthz until the next verification
  }
  return { seal, verdict, keyedNow: false };
}
