// The benchmark's thin clients encode their typing by hand (bench/collab-wire.ts): prove the bytes are the
// ones Yjs itself writes, that they build a TipTap-shaped document, and that every token is found again.
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { readFrame, scanTokens, token, Typist, updateFrame } from "../../bench/collab-wire";

describe("bench:collab thin client", () => {
  it("writes the first update byte for byte as Yjs does (a paragraph with its text in the fragment 'default')", () => {
    const doc = new Y.Doc();
    doc.clientID = 12345;
    const paragraph = new Y.XmlElement("paragraph");
    const text = new Y.XmlText();
    paragraph.insert(0, [text]);
    doc.getXmlFragment("default").insert(0, [paragraph]);
    text.insert(0, token(1));
    expect(new Typist(12345).type(token(1))).toEqual(Y.encodeStateAsUpdate(doc));
  });

  it("appends later typing after its own last character, in every client's own paragraph", () => {
    const doc = new Y.Doc();
    const a = new Typist(7);
    const b = new Typist(4_000_000_000);
    for (const update of [a.type(token(1)), b.type(token(2)), a.type(token(35)), b.type(token(36 ** 3))])
      Y.applyUpdate(doc, update);
    expect(doc.getXmlFragment("default").toString()).toBe(
      "<paragraph>#@1##@z#</paragraph><paragraph>#@2##@1000#</paragraph>",
    );
  });

  it("finds every token again, in one update or in several merged by a server", () => {
    const typist = new Typist(99);
    const updates = [1, 2, 35, 46_656].map((id) => typist.type(token(id)));
    const found: number[] = [];
    scanTokens(Y.mergeUpdates(updates), (id) => found.push(id));
    expect(found).toEqual([1, 2, 35, 46_656]);
    const frame = readFrame(updateFrame(updates[0]!));
    expect(frame.kind).toBe("update");
  });
});
