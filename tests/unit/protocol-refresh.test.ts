import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { translator } from "~/lib/i18n";
import { draftDocument, generateProtocolDraft, type ProtocolDraft, type ProtocolSources } from "~/lib/protocol-draft";
import { planChanges, planRefresh } from "~/lib/protocol-draft-refresh";
import { applyRefreshPlan, asStored, protocolFragment, protocolJSON, writeDocument } from "~/lib/protocol-draft-yjs";
import { partOf, sameContent, type JSONContent } from "~/lib/protocol-json";
import { demoSources, KZ, textOf } from "../support/protocol-demo";

// R13 (3.4 б): the secretaries write the protocol; the platform only rewrites what it generated (decision 0016).
const draftOf = (s: ProtocolSources): ProtocolDraft => {
  const d = generateProtocolDraft(s, translator(s.language));
  const one = (n: JSONContent) => asStored([n])[0]!;
  return {
    head: d.head.map((h) => ({ ...h, node: one(h.node) })),
    items: d.items.map((i) => ({ ...i, node: one(i.node) })),
    annex: d.annex && one(d.annex),
  };
};

/** A document with the generated first text, and typed text under the first item's СЛУШАЛИ and РЕШИЛИ. */
function typedDocument() {
  const doc = new Y.Doc();
  writeDocument(doc, draftDocument(draftOf(demoSources())));
  const blocks = protocolFragment(doc).toArray() as Y.XmlElement[];
  const heard = blocks.findIndex((b) => b.toString().includes("СЛУШАЛИ:"));
  const speaker = blocks[heard + 1]!.get(0) as Y.XmlText;
  speaker.insert(speaker.length, ", сопредседатель с российской стороны, — о ходе работ.");
  const decided = blocks.findIndex((b) => b.toString().includes("РЕШИЛИ:"));
  const text = blocks[decided + 1]!;
  text.insert(0, [new Y.XmlText("1. Информацию принять к сведению.")]);
  // A typed paragraph outside every part, at the very end.
  const note = new Y.XmlElement("paragraph");
  note.insert(0, [new Y.XmlText("Протокол вела Кузнецова Е. Н.")]);
  protocolFragment(doc).push([note]);
  return doc;
}

function refresh(doc: Y.Doc, sources: ProtocolSources) {
  const current = protocolJSON(doc).content!;
  const plan = planRefresh(current, draftOf(sources), sameContent);
  doc.transact(() => applyRefreshPlan(doc, plan));
  return plan;
}

const typedBlocks = (doc: Y.Doc) =>
  (protocolFragment(doc).toArray() as Y.XmlElement[]).filter((e) => e.nodeName !== "generatedPart");

describe("refreshing the generated parts keeps every typed block exactly", () => {
  it("changes nothing when the meeting has not changed", () => {
    const doc = typedDocument();
    const before = Y.encodeStateAsUpdate(doc);
    const plan = planRefresh(protocolJSON(doc).content!, draftOf(demoSources()), sameContent);
    expect(planChanges(plan, protocolFragment(doc).length)).toBe(false);
    doc.transact(() => applyRefreshPlan(doc, plan));
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it("R9, R5: after the roll changes, attendance, presiding and quorum are rewritten, nothing else; typed text is the same Yjs text", () => {
    const doc = typedDocument();
    const typedBefore = typedBlocks(doc);
    const jsonBefore = typedBefore.map((e) => e.toJSON());
    const base = demoSources();
    // The Kazakh co-chair is marked present after all: they preside, and 6 of 8 are present.
    const changed = demoSources({
      sides: base.sides.map((s) =>
        s.id === KZ
          ? { ...s, seats: s.seats.map((x) => (x.userId === 201 ? { ...x, presence: "in_person" as const } : x)) }
          : s,
      ),
    });
    const plan = refresh(doc, changed);
    expect(plan.rewritten.sort()).toEqual(["attendance", "presiding", "quorum"]);
    const after = typedBlocks(doc);
    expect(after).toHaveLength(typedBefore.length);
    after.forEach((e, i) => expect(e).toBe(typedBefore[i])); // the very same Yjs elements
    expect(after.map((e) => e.toJSON())).toEqual(jsonBefore);
    const text = textOf(protocolJSON(doc));
    expect(text).toContain("Республика Казахстан: Сарсенбаев Е. Б., сопредседатель");
    expect(text).toContain("Республика Казахстан (6 из 8)");
    expect(text).toContain("Миронова О. С., сопредседатель с российской стороны, — о ходе работ.");
  });

  it("an item taken off the agenda keeps its heading and text as typed text; a new item comes after the item before it", () => {
    const doc = typedDocument();
    const base = demoSources();
    const plan = refresh(
      doc,
      demoSources({
        agenda: [
          base.agenda[1]!,
          { id: 14, title: "О сопоставлении классификаторов занятий", speakers: "" },
          base.agenda[2]!,
        ],
      }),
    );
    expect(plan.itemsKeptAsText).toEqual([11]);
    expect(plan.added).toEqual(["item-heading:14"]);
    const blocks = protocolJSON(doc).content!;
    const text = textOf(blocks);
    // Item 11's heading is text now, still followed by what was typed under it.
    expect(text).toContain(
      "1. О ходе гармонизации национальных рамок квалификаций\nСЛУШАЛИ:\nМиронова О. С., сопредседатель",
    );
    expect(blocks.filter((b) => partOf(b) === "item-heading:11")).toHaveLength(0);
    // Items renumbered in place; the new one after item 12's text, before item 13, with its own scaffold.
    const parts = blocks.map(partOf).filter((p) => p?.startsWith("item-heading"));
    expect(parts).toEqual(["item-heading:12", "item-heading:14", "item-heading:13"]);
    expect(text).toMatch(
      /1\. О взаимном признании[\s\S]*2\. О сопоставлении классификаторов занятий\nСЛУШАЛИ:[\s\S]*3\. О плане работы/,
    );
    expect(text.endsWith("Протокол вела Кузнецова Е. Н.")).toBe(true);
  });

  it("R8: an opinion read out later appears in the annex; parts that no longer apply are taken out", () => {
    const doc = new Y.Doc();
    writeDocument(doc, draftDocument(draftOf(demoSources({ opinions: [] }))));
    expect(textOf(protocolJSON(doc))).not.toContain("Приложение");
    const plan = refresh(doc, demoSources());
    expect(plan.added).toContain("annex");
    expect(textOf(protocolJSON(doc))).toContain("Предлагаю начать с пилотного перечня.");
    const back = refresh(doc, demoSources({ opinions: [] }));
    expect(back.removed).toEqual(["annex"]);
  });

  it("a part deleted by hand is written again where it belongs", () => {
    const doc = typedDocument();
    const fragment = protocolFragment(doc);
    const quorum = (fragment.toArray() as Y.XmlElement[]).findIndex((e) => e.getAttribute("part") === "quorum");
    fragment.delete(quorum, 1);
    expect(refresh(doc, demoSources()).added).toEqual(["quorum"]);
    const parts = protocolJSON(doc).content!.map(partOf).filter(Boolean);
    expect(parts.slice(0, 5)).toEqual(["heading", "presiding", "attendance", "quorum", "agenda"]);
  });

  it("R13: a secretary typing while another refreshes: both changes survive the merge", () => {
    const a = typedDocument();
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    // B types into item 1's РЕШИЛИ while A refreshes with a changed roll.
    const decided = (protocolFragment(b).toArray() as Y.XmlElement[]).findIndex((e) =>
      e.toString().includes("РЕШИЛИ:"),
    );
    ((protocolFragment(b).get(decided + 1) as Y.XmlElement).get(0) as Y.XmlText).insert(0, "Одобрить. ");
    const base = demoSources();
    refresh(
      a,
      demoSources({
        sides: base.sides.map((s) => ({ ...s, seats: s.seats.map((x) => ({ ...x, presence: "video" as const })) })),
      }),
    );
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(protocolJSON(a)).toEqual(protocolJSON(b));
    const text = textOf(protocolJSON(a));
    expect(text).toContain("Одобрить. 1. Информацию принять к сведению.");
    expect(text).toContain("Российская Федерация (9 из 9)");
  });
});
