import { describe, expect, it } from "vitest";
import { decisionsOfFinal, decisionsOfProtocol, findDecision } from "~/lib/protocol-decisions";
import { itemPart } from "~/lib/protocol-draft";
import { canonicalProtocol } from "~/lib/protocol-canonical";
import { generatedPart, heading, orderedList, paragraph, type JSONContent } from "~/lib/protocol-json";

// Issue 10, R11 (3.10): each «РЕШИЛИ» of a final protocol yields the item's decisions, keyed «<item>.<n>».
const item = (id: number, n: number, title: string) => generatedPart(itemPart(id), [heading(2, `${n}. ${title}`)]);
const scaffold = (decided: JSONContent[], labels = { heard: "СЛУШАЛИ:", spoke: "ВЫСТУПИЛИ:", decided: "РЕШИЛИ:" }) => [
  paragraph(labels.heard, { bold: true }),
  paragraph("Соколова А. В. — о ходе сопоставления."),
  paragraph(labels.spoke, { bold: true }),
  paragraph("Жумабаев А. М. — о результатах."),
  paragraph(labels.decided, { bold: true }),
  ...decided,
];
const doc = (...content: JSONContent[]): JSONContent => ({
  type: "doc",
  content: [generatedPart("heading", [heading(1, "ПРОТОКОЛ № 1")]), ...content],
});

describe("R11 (3.10): decisions from «РЕШИЛИ»", () => {
  it("each paragraph under «РЕШИЛИ» is a decision, keyed by the item's number; typed numbering is dropped", () => {
    const items = decisionsOfProtocol(
      doc(
        item(11, 1, "О рамках квалификаций"),
        ...scaffold([paragraph("1. Информацию принять к сведению."), paragraph("2. Подготовить сводную таблицу.")]),
        item(12, 2, "О признании"),
        ...scaffold([paragraph("Одобрить подход.")]),
      ),
      true,
    );
    expect(items.map((i) => [i.number, i.itemId, i.title])).toEqual([
      [1, 11, "1. О рамках квалификаций"],
      [2, 12, "2. О признании"],
    ]);
    expect(items.flatMap((i) => i.decisions)).toEqual([
      { key: "1.1", text: "Информацию принять к сведению." },
      { key: "1.2", text: "Подготовить сводную таблицу." },
      { key: "2.1", text: "Одобрить подход." },
    ]);
  });

  it("each list item under «РЕШИЛИ» is a decision; empty paragraphs are none", () => {
    const items = decisionsOfProtocol(
      doc(
        item(5, 1, "О плане"),
        ...scaffold([paragraph(""), orderedList(["Одобрить план.", "Провести заседание в Астане."])]),
      ),
      true,
    );
    expect(items[0]!.decisions.map((d) => d.key + " " + d.text)).toEqual([
      "1.1 Одобрить план.",
      "1.2 Провести заседание в Астане.",
    ]);
  });

  it("what was heard or said is never a decision; «РЕШИЛИ: …» on one line carries its first decision", () => {
    const items = decisionsOfProtocol(
      doc(item(5, 1, "О плане"), paragraph("СЛУШАЛИ:"), paragraph("Доклад."), paragraph("РЕШИЛИ: одобрить план.")),
      true,
    );
    expect(items[0]!.decisions).toEqual([{ key: "1.1", text: "одобрить план." }]);
  });

  it("an English working language uses its own words (HEARD / SPOKE / DECIDED)", () => {
    const items = decisionsOfProtocol(
      doc(
        item(7, 1, "On the plan"),
        ...scaffold([paragraph("Approve the plan.")], { heard: "HEARD:", spoke: "SPOKE:", decided: "DECIDED:" }),
      ),
      true,
    );
    expect(items[0]!.decisions).toEqual([{ key: "1.1", text: "Approve the plan." }]);
  });

  it("the annex and other generated parts after an item end its decisions", () => {
    const items = decisionsOfProtocol(
      doc(item(5, 1, "О плане"), ...scaffold([paragraph("Одобрить.")]), generatedPart("annex", [paragraph("Мнение.")])),
      true,
    );
    expect(items[0]!.decisions).toHaveLength(1);
  });

  it("R9 (3.7): a protocol of a session without quorum yields no decisions", () => {
    const text = doc(item(5, 1, "О плане"), ...scaffold([paragraph("Одобрить.")]));
    expect(decisionsOfFinal({ canonical: canonicalProtocol(text), quorate: false })).toEqual([]);
    expect(decisionsOfFinal({ canonical: canonicalProtocol(text), quorate: true })[0]!.decisions).toHaveLength(1);
  });

  it("a decision is found by its key, and an unknown key finds nothing", () => {
    const items = decisionsOfProtocol(doc(item(5, 1, "О плане"), ...scaffold([paragraph("Одобрить.")])), true);
    expect(findDecision(items, "1.1")?.text).toBe("Одобрить.");
    expect(findDecision(items, "1.2")).toBeNull();
    expect(findDecision(items, "9.1")).toBeNull();
  });
});
