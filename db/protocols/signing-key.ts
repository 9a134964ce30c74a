/**
 * The platform's protocol-signing key on a database connection (server/audit/seal.ts installs it with the audit
 * key it is derived from, decision 0018). It hangs on the connection, like the audit seal, so that every bundled
 * copy of this module finds it (STACK.md, pitfall 12), and every process that can append to the audit log
 * (server, admin CLI, demo loader, tests) can sign.
 */
import type { Db } from "../client";

export interface ProtocolSigningKey {
  /** A short fingerprint of the public key (hex), stored with each signature. */
  keyId: string;
  /** The public key, SPKI PEM: published at /protocol-signing-key. */
  publicKeyPem: string;
  /** Ed25519 over the statement's UTF-8 bytes, base64. */
  sign(statement: string): string;
}

const KEY = Symbol.for("cooperation-platform.protocol-signing-key");

export function attachProtocolSigningKey(db: Db, key: ProtocolSigningKey): void {
  (db.$client as unknown as Record<symbol, ProtocolSigningKey>)[KEY] = key;
}

export function protocolSigningKeyOf(db: Db): ProtocolSigningKey {
  const key = (db.$client as unknown as Record<symbol, ProtocolSigningKey | undefined>)[KEY];
  if (!key) throw new Error("The protocol-signing key is not installed on this database connection (openAuditSeal).");
  return key;
}
