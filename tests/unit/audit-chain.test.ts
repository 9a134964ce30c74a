import { describe, expect, it } from "vitest";
import { canonicalJson, entryHash, GENESIS_HASH, verifyChain, type AuditFields } from "~/lib/audit-chain";

function chain(count: number) {
  const entries: (AuditFields & { prevHash: string; hash: string })[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= count; seq++) {
    const fields: AuditFields = {
      seq,
      at: 1_700_000_000_000 + seq,
      actorId: 1,
      action: "user.signed_in",
      subjectType: "user",
      subjectId: "1",
      details: canonicalJson({ address: "127.0.0.1" }),
    };
    const hash = entryHash(prev, fields);
    entries.push({ ...fields, prevHash: prev, hash });
    prev = hash;
  }
  return entries;
}

describe("the audit log is a hash chain: each entry carries the hash of the one before", () => {
  it("an untouched chain verifies", () => {
    expect(verifyChain(chain(5))).toEqual({ ok: true, entries: 5 });
    expect(verifyChain([])).toEqual({ ok: true, entries: 0 });
  });

  it("editing any fact of an entry breaks the chain at that entry", () => {
    const entries = chain(5);
    entries[2] = { ...entries[2]!, details: canonicalJson({ address: "10.0.0.1" }) };
    expect(verifyChain(entries)).toMatchObject({ ok: false, brokenAtSeq: 3, reason: "hash" });
  });

  it("removing an entry breaks the link of the next one", () => {
    const entries = chain(5);
    entries.splice(1, 1);
    expect(verifyChain(entries)).toMatchObject({ ok: false, brokenAtSeq: 3, reason: "link" });
  });

  it("re-hashing an edited entry still breaks the link of the next one", () => {
    const entries = chain(4);
    const { prevHash, hash: _old, ...fields } = entries[1]!;
    const edited = { ...fields, action: "user.signed_out" };
    entries[1] = { ...edited, prevHash, hash: entryHash(prevHash, edited) };
    expect(verifyChain(entries)).toMatchObject({ ok: false, brokenAtSeq: 3, reason: "link" });
  });

  it("details are hashed in a canonical form: key order and Unicode normalisation do not matter", () => {
    expect(canonicalJson({ b: 1, a: "Йод" })).toBe(canonicalJson({ a: "Йод".normalize("NFD"), b: 1 }));
    expect(canonicalJson({ a: [1, { d: null, c: true }] })).toBe('{"a":[1,{"c":true,"d":null}]}');
  });
});
