import { sha256 } from "@oslojs/crypto/sha2";
import { encodeHexLowerCase } from "@oslojs/encoding";

/** The hash the first entry points back to. */
export const GENESIS_HASH = "0".repeat(64);

export interface AuditFields {
  seq: number;
  at: number; // ms since epoch
  actorId: number | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  details: string; // canonical JSON
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

export function entryHash(prevHash: string, entry: AuditFields): string {
  const body = canonicalJson({ ...entry, prevHash });
  return encodeHexLowerCase(sha256(new TextEncoder().encode(body)));
}

export type ChainVerdict =
  { ok: true; entries: number } | { ok: false; entries: number; brokenAtSeq: number; reason: "hash" | "link" };

/** Walks the entries in order of seq; any edited, removed or reordered entry breaks the chain. */
export function verifyChain(entries: Iterable<AuditFields & { prevHash: string; hash: string }>): ChainVerdict {
  let prev = GENESIS_HASH;
  let count = 0;
  for (const e of entries) {
    count++;
    if (e.prevHash !== prev) return { ok: false, entries: count, brokenAtSeq: e.seq, reason: "link" };
    const { prevHash: _p, hash, ...fields } = e;
    if (entryHash(prev, fields) !== hash) return { ok: false, entries: count, brokenAtSeq: e.seq, reason: "hash" };
    prev = hash;
  }
  return { ok: true, entries: count };
}
