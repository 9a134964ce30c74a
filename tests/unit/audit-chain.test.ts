import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  canonicalJson,
  CHAIN_KEYED_ACTION,
  checkpointLine,
  entryBody,
  entryHash,
  GENESIS_HASH,
  parseCheckpointExport,
  parseCheckpoints,
  verifyChain,
  type AuditFields,
  type ChainedEntry,
  type Checkpoint,
} from "~/lib/audit-chain";

// The audit log's chain (decisions 0003 and 0009): plain SHA-256 links before the "chain keyed" entry, HMACs
// under a key kept outside the database from it on, and checkpoints of the head kept outside the database.

const macWith = (key: string) => (body: string) => crypto.createHmac("sha256", key).update(body).digest("hex");
const mac = macWith("the platform's key");
const forgerMac = macWith("a guess");

function fields(seq: number, action = "user.signed_in"): AuditFields {
  return {
    seq,
    at: 1_700_000_000_000 + seq,
    actorId: 1,
    action,
    subjectType: "user",
    subjectId: "1",
    details: canonicalJson({ address: "127.0.0.1" }),
  };
}

/** `unkeyed` legacy entries, then the "chain keyed" entry, then keyed ones up to `count`. */
function chain(count: number, unkeyed = 0, entryMac = mac): ChainedEntry[] {
  const entries: ChainedEntry[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= count; seq++) {
    const f = fields(seq, seq === unkeyed + 1 ? CHAIN_KEYED_ACTION : "user.signed_in");
    const hash = seq <= unkeyed ? entryHash(prev, f) : entryMac(entryBody(prev, f));
    entries.push({ ...f, prevHash: prev, hash });
    prev = hash;
  }
  return entries;
}

/** Re-hashes every entry from `from` on, as someone with the database but without the key would. */
function rehashFrom(entries: ChainedEntry[], from: number, forge: (body: string) => string): ChainedEntry[] {
  let prev = from > 1 ? entries[from - 2]!.hash : GENESIS_HASH;
  return entries.map((e) => {
    if (e.seq < from) return e;
    const { prevHash: _p, hash: _h, ...f } = e;
    const hash = forge(entryBody(prev, f));
    const out = { ...f, prevHash: prev, hash };
    prev = hash;
    return out;
  });
}

const sha256 = (body: string) => crypto.createHash("sha256").update(body).digest("hex");

const head = (entries: ChainedEntry[], count = entries.length): Checkpoint => ({
  count,
  head: entries[count - 1]!.hash,
  at: "2026-11-29T12:00:00.000Z",
});

describe("a keyed chain", () => {
  it("verifies untouched, up to its newest checkpoint", () => {
    const entries = chain(6);
    expect(verifyChain(entries, { mac, checkpoints: [head(entries, 3), head(entries)] })).toEqual({
      ok: true,
      entries: 6,
      keyedFrom: 1,
      checkpoint: 6,
    });
  });

  it("editing any fact of an entry breaks the chain at that entry", () => {
    const entries = chain(5);
    entries[2] = { ...entries[2]!, details: canonicalJson({ address: "10.0.0.1" }) };
    expect(verifyChain(entries, { mac, checkpoints: [head(chain(5))] })).toMatchObject({
      ok: false,
      brokenAtSeq: 3,
      reason: "hash",
    });
  });

  it("an edited entry with every hash recomputed without the key is detected at that entry", () => {
    const entries = chain(5);
    entries[2] = { ...entries[2]!, details: canonicalJson({ address: "10.0.0.1" }) };
    for (const forge of [forgerMac, sha256]) {
      expect(verifyChain(rehashFrom(entries, 3, forge), { mac, checkpoints: [] })).toMatchObject({
        ok: false,
        reason: "hash",
        brokenAtSeq: 3,
      });
    }
  });

  it("removing an entry breaks the link of the next one", () => {
    const entries = chain(5);
    entries.splice(1, 1);
    expect(verifyChain(entries, { mac, checkpoints: [] })).toMatchObject({ ok: false, brokenAtSeq: 3, reason: "link" });
  });

  it("removing the newest entries is caught by the checkpoint that counted them", () => {
    const entries = chain(6);
    const checkpoints = [head(entries)];
    expect(verifyChain(entries.slice(0, 4), { mac, checkpoints })).toMatchObject({
      ok: false,
      reason: "truncated",
      brokenAtSeq: 5,
    });
  });

  it("a head after the newest checkpoint verifies (a crash between the commit and the checkpoint's append)", () => {
    const entries = chain(6);
    expect(verifyChain(entries, { mac, checkpoints: [head(entries, 4)] })).toMatchObject({ ok: true, checkpoint: 4 });
  });

  it("an entry that differs from the checkpoint recorded for its count is caught", () => {
    const entries = chain(4);
    expect(verifyChain(entries, { mac, checkpoints: [{ ...head(entries, 2), head: "a".repeat(64) }] })).toMatchObject({
      ok: false,
      reason: "checkpoint",
      brokenAtSeq: 2,
    });
  });

  it("a keyed log without any checkpoint beside it is reported", () => {
    expect(verifyChain(chain(3), { mac, checkpoints: [] })).toMatchObject({ ok: false, reason: "checkpointMissing" });
  });

  it("a log with no 'chain keyed' entry at all is reported: its keyed part is gone", () => {
    const legacy = chain(3, 3);
    expect(verifyChain(legacy, { mac, checkpoints: [] })).toMatchObject({ ok: false, reason: "unkeyed" });
  });
});

describe("a log from before keying (decision 0009: keyed from a marked entry)", () => {
  it("unkeyed entries before the 'chain keyed' entry verify with plain hashes, keyed ones after it", () => {
    const entries = chain(7, 3);
    expect(verifyChain(entries, { mac, checkpoints: [head(entries)] })).toMatchObject({ ok: true, keyedFrom: 4 });
  });

  it("the 'chain keyed' entry seals the entries before it: rewriting one of them and its plain hashes is caught", () => {
    const entries = chain(6, 3);
    const { prevHash, hash: _h, ...f } = entries[1]!;
    const edited = { ...f, details: canonicalJson({ address: "10.9.9.9" }) };
    entries[1] = { ...edited, prevHash, hash: entryHash(prevHash, edited) };
    entries[2] = { ...entries[2]!, prevHash: entries[1].hash };
    const { prevHash: p3, hash: _h3, ...f3 } = entries[2];
    entries[2] = { ...f3, prevHash: p3, hash: entryHash(p3, f3) };
    entries[3] = { ...entries[3]!, prevHash: entries[2].hash };
    expect(verifyChain(entries, { mac, checkpoints: [head(chain(6, 3))] })).toMatchObject({
      ok: false,
      reason: "hash",
      brokenAtSeq: 4,
    });
  });

  it("after the 'chain keyed' entry, plain hashes are never accepted again", () => {
    const entries = chain(6, 2);
    expect(verifyChain(rehashFrom(entries, 5, sha256), { mac, checkpoints: [] })).toMatchObject({
      ok: false,
      reason: "hash",
      brokenAtSeq: 5,
    });
  });
});

describe("the checkpoint file: one MAC'd line per commit", () => {
  const checkpointMac = macWith("checkpoint key");
  const a = { count: 3, head: "b".repeat(64), at: "2026-11-29T12:00:00.000Z" };
  const b = { count: 5, head: "c".repeat(64), at: "2026-11-29T12:00:01.000Z" };

  it("lines read back as written", () => {
    const text = checkpointLine(a, checkpointMac) + checkpointLine(b, checkpointMac);
    expect(parseCheckpoints(text, checkpointMac)).toEqual({ ok: true, checkpoints: [a, b] });
  });

  it("a line written without the key, or edited, is a forgery", () => {
    const edited = checkpointLine(a, checkpointMac).replace("3 ", "2 ");
    expect(parseCheckpoints(edited, checkpointMac)).toEqual({ ok: false });
    expect(parseCheckpoints(checkpointLine(a, forgerMac), checkpointMac)).toEqual({ ok: false });
    expect(parseCheckpoints("garbage\n", checkpointMac)).toEqual({ ok: false });
  });

  it("a torn last line (a crash during the append) is skipped; so is the first line of a tail read mid-line", () => {
    const line = checkpointLine(b, checkpointMac);
    expect(parseCheckpoints(checkpointLine(a, checkpointMac) + line.slice(0, 20), checkpointMac)).toEqual({
      ok: true,
      checkpoints: [a],
    });
    expect(parseCheckpoints(line.slice(40) + line, checkpointMac, true)).toEqual({ ok: true, checkpoints: [b] });
  });
});

describe("an exported checkpoint is parsed without trusting it", () => {
  const good = {
    format: "cooperation-platform/audit-checkpoint@1",
    platform: "https://platform.example.org",
    count: 12,
    head: "d".repeat(64),
    at: "2026-11-29T12:00:00.000Z",
    publicKey: "AAAA",
    signature: "BBBB",
  };
  it("accepts the format and refuses anything else", () => {
    expect(parseCheckpointExport(JSON.stringify(good))).toEqual(good);
    expect(parseCheckpointExport("{")).toBeNull();
    expect(parseCheckpointExport(JSON.stringify({ ...good, format: "other" }))).toBeNull();
    expect(parseCheckpointExport(JSON.stringify({ ...good, count: -1 }))).toBeNull();
    expect(parseCheckpointExport(JSON.stringify({ ...good, head: "xyz" }))).toBeNull();
  });
});

describe("canonical form", () => {
  it("details are hashed in a canonical form: key order and Unicode normalisation do not matter", () => {
    expect(canonicalJson({ b: 1, a: "Йод" })).toBe(canonicalJson({ a: "Йод".normalize("NFD"), b: 1 }));
    expect(canonicalJson({ a: [1, { d: null, c: true }] })).toBe('{"a":[1,{"c":true,"d":null}]}');
  });
});
