import type { auditSealRu } from "./audit-seal.ru";

export const auditSealEn: { readonly [K in keyof typeof auditSealRu]: string } = {
  "audit.system.audit_chain_keyed": "Audit chain keyed",
  "audit.system.audit_verification_failed": "The audit log failed verification at start-up",
  "audit.keyedFrom":
    "Entries from No. {seq} on are sealed with a key kept outside the database; the newest checkpoint outside the database is entry No. {checkpoint}.",
  "audit.broken.link":
    "The chain is broken at entry No. {seq}: entries were removed, inserted or reordered outside the platform.",
  "audit.broken.hash":
    "The chain is broken at entry No. {seq}: the entry was altered outside the platform (its hash recomputed without the key, or not at all).",
  "audit.broken.unkeyed":
    "The log holds no entry keying its chain: the sealed part of the log was removed or replaced.",
  "audit.broken.truncated":
    "The newest entries were removed from the log: the checkpoint kept outside the database counts more (missing from No. {seq}).",
  "audit.broken.checkpoint":
    "Entry No. {seq} does not match the checkpoint kept outside the database: the log was rewritten.",
  "audit.broken.checkpointForged": "The checkpoint file was altered: its lines are not sealed with the platform's key.",
  "audit.broken.checkpointMissing":
    "The checkpoint file is missing although the log is keyed: it was removed, and the removal of the newest entries cannot be ruled out.",
  "audit.export.title": "Signed checkpoint",
  "audit.export.lead":
    "The number of entries and the hash of the newest, signed with the platform's key. Keep the file away from the server (with the protocol, for instance): if entries are later removed or rewritten, checking this file shows it.",
  "audit.export.download": "Download the checkpoint",
  "audit.export.verifyHow":
    "To check it on the platform's server: npm run admin -- verify-audit FILE. The signing public key (fingerprint {keyId}) is in the file; the signature is Ed25519.",
  "audit.export.refused": "The log does not verify: no signed checkpoint can be issued.",
  "live.tooManyStreams": "Too many windows with live updates are open. Close some and reload the page.",
  "meeting.live.ended": "Your session has ended: sign in again to see updates.",
  "meeting.live.stopped": "Updates have stopped: reload the page.",
};
