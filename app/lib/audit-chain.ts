import { sha256 } from "@oslojs/crypto/sha2";
import { encodeHexLowerCase } from "@oslojs/encoding";

// The audit log's chain rules (decision record 0003, 0009). Pure: the key's MAC is handed in.

/** The hash the first entry points back to. */
export const GENESIS_HASH = "0".repeat(64);

/** The entry from which every hash is keyed (an HMAC under a key kept outside the database). */
export const CHAIN_KEYED_ACTION = "system.audit_chain_keyed";

export interface AuditFields {
  seq: number;
  at: number; // ms since epoch
  actorId: number | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  details: string; // canonical JSON
}

export type ChainedEntry = AuditFields & { prevHash: string; hash: string };

/** A head of the log recorded outside the database: how many entries there were, and the last one's hash. */
export interface Checkpoint {
  count: number;
  head: string;
  at: string; // ISO time
}

/** JSON with sorted keys and NFC strings, so the same facts always give the same bytes. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") {
    return JSON.stringify(typeof value === "string" ? value.normalize("NFC") : (value ?? null));
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

/** The bytes an entry's hash covers: its facts and the previous hash. */
export function entryBody(prevHash: string, entry: AuditFields): string {
  return canonicalJson({ ...entry, prevHash });
}

/** The unkeyed hash of entries written before the chain was keyed (anyone can recompute it). */
export function entryHash(prevHash: string, entry: AuditFields): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(entryBody(prevHash, entry))));
}

/** HMAC-SHA256 (hex) under the entry key; only the platform holds the key. */
export type EntryMac = (body: string) => string;

export type ChainProblem =
  | "link" // an entry does not point to the one before it: removed, inserted or reordered
  | "hash" // an entry's hash does not match its facts: edited, or re-hashed without the key
  | "unkeyed" // no "chain keyed" entry: the keyed part of the log is gone
  | "truncated" // fewer entries than a checkpoint counted: the newest entries were removed
  | "checkpoint" // the entry at a checkpoint's count is not the one the checkpoint recorded
  | "checkpointForged" // a checkpoint line whose MAC does not verify
  | "checkpointMissing"; // a keyed log without any checkpoint beside it

export type ChainVerdict =
  | { ok: true; entries: number; keyedFrom: number; checkpoint: number }
  | { ok: false; entries: number; reason: ChainProblem; brokenAtSeq: number | null };

/**
 * Walks the entries in order of seq. Before the "chain keyed" entry hashes are plain SHA-256; from it on they
 * are HMACs, so the keyed entry also seals everything before it. Every checkpoint must match the entry at its
 * count, and the log must reach the newest checkpoint: a head at or after it is fine (a crash between the
 * commit and the checkpoint's append), a head before it means entries were removed.
 */
export function verifyChain(
  entries: Iterable<ChainedEntry>,
  key: { mac: EntryMac; checkpoints: readonly Checkpoint[] },
): ChainVerdict {
  const expected = new Map(key.checkpoints.map((c) => [c.count, c.head]));
  const newest = key.checkpoints.reduce((max, c) => Math.max(max, c.count), 0);
  let prev = GENESIS_HASH;
  let count = 0;
  let keyedFrom: number | null = null;
  const fail = (reason: ChainProblem, brokenAtSeq: number | null): ChainVerdict => ({
    ok: false,
    entries: count,
    reason,
    brokenAtSeq,
  });
  for (const e of entries) {
    count++;
    if (e.seq !== count || e.prevHash !== prev) return fail("link", e.seq);
    const { prevHash: _p, hash, ...fields } = e;
    if (keyedFrom === null && e.action === CHAIN_KEYED_ACTION) keyedFrom = e.seq;
    const body = entryBody(prev, fields);
    const want = keyedFrom === null ? entryHash(prev, fields) : key.mac(body);
    if (want !== hash) return fail("hash", e.seq);
    const recorded = expected.get(count);
    if (recorded !== undefined && recorded !== hash) return fail("checkpoint", e.seq);
    prev = hash;
  }
  if (count < newest) return fail("truncated", count + 1);
  if (keyedFrom === null) return fail("unkeyed", null);
  if (newest === 0) return fail("checkpointMissing", null);
  return { ok: true, entries: count, keyedFrom, checkpoint: newest };
}

/** One line of the checkpoint file: "count head at mac". */
export function checkpointLine(c: Checkpoint, mac: EntryMac): string {
  const statement = `${c.count} ${c.head} ${c.at}`;
  return `${statement} ${mac(statement)}\n`;
}

/**
 * Reads checkpoint lines (the tail of the file may start mid-line: `partialStart`). An unterminated last line
 * is a torn append and is skipped; any other line that is malformed or fails its MAC is a forgery.
 */
export function parseCheckpoints(
  text: string,
  mac: EntryMac,
  partialStart = false,
): { ok: true; checkpoints: Checkpoint[] } | { ok: false } {
  const lines = text.split("\n");
  lines.pop(); // after the last "\n": empty, or a torn append
  if (partialStart) lines.shift();
  const checkpoints: Checkpoint[] = [];
  for (const line of lines) {
    const match = /^(\d{1,15}) ([0-9a-f]{64}) (\S+) ([0-9a-f]{64})$/.exec(line);
    if (!match) return { ok: false };
    const [, count, head, at, lineMac] = match;
    if (mac(`${count} ${head} ${at}`) !== lineMac) return { ok: false };
    checkpoints.push({ count: Number(count), head: head!, at: at! });
  }
  return { ok: true, checkpoints };
}

export const CHECKPOINT_EXPORT_FORMAT = "cooperation-platform/audit-checkpoint@1";

export interface CheckpointExport extends Checkpoint {
  format: typeof CHECKPOINT_EXPORT_FORMAT;
  platform: string; // APP_URL of the deployment
  publicKey: string; // base64 SPKI DER of the Ed25519 key that signed
  signature: string; // base64 Ed25519 signature over checkpointStatement()
}

/** The exact text an exported checkpoint's signature covers. */
export function checkpointStatement(c: Pick<CheckpointExport, "format" | "platform" | "count" | "head" | "at">) {
  return canonicalJson({ format: c.format, platform: c.platform, count: c.count, head: c.head, at: c.at });
}

/** Parses an exported checkpoint's JSON without trusting any of it. */
export function parseCheckpointExport(text: string): CheckpointExport | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!value || typeof value !== "object") return null;
  const v = value as Record<string, unknown>;
  const isString = (k: string) => typeof v[k] === "string";
  if (v.format !== CHECKPOINT_EXPORT_FORMAT || !["platform", "head", "at", "publicKey", "signature"].every(isString))
    return null;
  if (!Number.isSafeInteger(v.count) || (v.count as number) < 1 || !/^[0-9a-f]{64}$/.test(v.head as string))
    return null;
  return v as unknown as CheckpointExport;
}
