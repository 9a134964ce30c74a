import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { canonicalProtocol } from "~/lib/protocol-canonical";
import { protocolFragment, protocolJSON, writeDocument } from "~/lib/protocol-draft-yjs";
import { sha256Hex } from "~/lib/protocol-hash.server";
import { generatedPart, heading, paragraph } from "~/lib/protocol-json";
import { signatureStatement, verifyProtocolSignature } from "~/lib/signature-fields";
import crypto from "node:crypto";

const hashOf = (doc: Y.Doc) => sha256Hex(canonicalProtocol(protocolJSON(doc)));
const textOf = (doc: Y.Doc, block: number) =>
  (protocolFragment(doc).get(block) as Y.XmlElement).get(0) as unknown as Y.XmlText;

describe("R11: the canonical form of a final text, and its hash", () => {
  it("the same text from different edit histories gives the same hash", () => {
    // A: typed in one go. B: typed in pieces, out of order, with a typo deleted, by two clients, with a bold run
    // made and unmade.
    const a = new Y.Doc();
    writeDocument(a, {
      type: "doc",
      content: [heading(1, "ПРОТОКОЛ № 1"), paragraph("РЕШИЛИ: информацию принять к сведению.")],
    });
    const b = new Y.Doc();
    writeDocument(b, { type: "doc", content: [heading(1, "ПРОТОКОЛ"), paragraph("к сведению.")] });
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(b));
    textOf(other, 1).insert(0, "РЕШИЛИ: информациюю прнять ");
    Y.applyUpdate(b, Y.encodeStateAsUpdate(other));
    textOf(b, 1).delete("РЕШИЛИ: информацию".length, 1); // the typo
    textOf(b, 1).insert("РЕШИЛИ: информацию пр".length, "и"); // the missing letter
    textOf(b, 0).insert("ПРОТОКОЛ".length, " № 1");
    textOf(b, 1).format(0, 7, { bold: {} });
    textOf(b, 1).format(0, 7, { bold: null });

    expect(Y.encodeStateAsUpdate(a)).not.toEqual(Y.encodeStateAsUpdate(b)); // the bytes differ…
    expect(canonicalProtocol(protocolJSON(b))).toBe(canonicalProtocol(protocolJSON(a))); // …the text does not
    expect(hashOf(b)).toBe(hashOf(a));
    expect(hashOf(a)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("Unicode: a letter typed as base + combining mark hashes like the precomposed one (NFC)", () => {
    const composed = new Y.Doc();
    writeDocument(composed, { type: "doc", content: [paragraph("Казахстан: Қ, ё")] });
    const decomposed = new Y.Doc();
    writeDocument(decomposed, { type: "doc", content: [paragraph("Казахстан: Қ, е\u0308")] });
    expect(hashOf(decomposed)).toBe(hashOf(composed));
  });

  it("any change of the text, however small, changes the hash; the generated parts are part of the text", () => {
    const one = new Y.Doc();
    writeDocument(one, { type: "doc", content: [generatedPart("quorum", [paragraph("Кворум имеется.")])] });
    const two = new Y.Doc();
    writeDocument(two, { type: "doc", content: [generatedPart("quorum", [paragraph("Кворум имеется!")])] });
    expect(hashOf(one)).not.toBe(hashOf(two));
  });
});

describe("R11: the platform's signature over a signature's fields", () => {
  const { privateKey, publicKey } = crypto.generateKeyPairSync("ed25519");
  const pem = publicKey.export({ format: "pem", type: "spki" }).toString();
  const fields = {
    meetingId: 1,
    finalId: 1,
    userId: 202,
    signedName: "Жумабаева А. М.",
    capacity: "acting_chair" as const,
    sideId: 2,
    textSha256: "a".repeat(64),
    signedAt: new Date("2026-09-20T10:00:00Z"),
    keyId: "0123456789abcdef",
  };
  const signature = crypto.sign(null, Buffer.from(signatureStatement(fields)), privateKey).toString("base64");

  it("verifies over exactly these fields, and fails when any one changes", () => {
    expect(verifyProtocolSignature(fields, signature, pem)).toBe(true);
    expect(verifyProtocolSignature({ ...fields, textSha256: "b".repeat(64) }, signature, pem)).toBe(false);
    expect(verifyProtocolSignature({ ...fields, capacity: "co_chair" }, signature, pem)).toBe(false);
    expect(verifyProtocolSignature({ ...fields, signedAt: new Date("2026-09-20T10:00:01Z") }, signature, pem)).toBe(
      false,
    );
    expect(verifyProtocolSignature(fields, "not base64 at all", pem)).toBe(false);
  });

  it("the statement is unambiguous: a name cannot borrow another field", () => {
    expect(signatureStatement({ ...fields, signedName: 'A","co_chair' })).not.toBe(signatureStatement(fields));
    expect(JSON.parse(signatureStatement(fields))).toHaveLength(10);
  });
});
