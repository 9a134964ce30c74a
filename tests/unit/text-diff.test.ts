import { describe, expect, it } from "vitest";
import { diffSummary, diffTexts, linesOf, wordDiff } from "~/lib/text-diff";
import { bulletList, generatedPart, heading, paragraph } from "~/lib/protocol-json";

// Comparing a named version of a protocol with its current text (issue 9): blocks as lines, words within a line.
const doc = (...content: ReturnType<typeof paragraph>[]) => ({ type: "doc", content });

describe("a protocol's text as lines", () => {
  it("has one line per paragraph, heading, list item and table cell, generated parts included", () => {
    const table = {
      type: "table",
      content: [{ type: "tableRow", content: [{ type: "tableCell", content: [paragraph("Срок: 2027")] }] }],
    };
    const lines = linesOf(
      doc(
        generatedPart("heading", [heading(1, "ПРОТОКОЛ № 1")]),
        paragraph("РЕШИЛИ:"),
        paragraph(""),
        bulletList(["Одобрить"]),
        table,
      ),
    );
    expect(lines).toEqual([
      { kind: "heading", text: "ПРОТОКОЛ № 1" },
      { kind: "paragraph", text: "РЕШИЛИ:" },
      { kind: "item", text: "Одобрить" },
      { kind: "cell", text: "Срок: 2027" },
    ]);
  });
});

describe("comparing two texts", () => {
  const before = linesOf(
    doc(
      paragraph("СЛУШАЛИ:"),
      paragraph("Миронову О. С. — о ходе гармонизации рамок квалификаций."),
      paragraph("РЕШИЛИ:"),
      paragraph("Принять к сведению."),
    ),
  );

  it("a version compared with itself has no changes", () => {
    const diff = diffTexts(before, before);
    expect(diff.every((d) => d.op === "same")).toBe(true);
    expect(diffSummary(diff)).toEqual({ added: 0, removed: 0, changed: 0 });
  });

  it("a line edited is one change, compared word by word; a new line is added, a dropped one removed", () => {
    const after = linesOf(
      doc(
        paragraph("СЛУШАЛИ:"),
        paragraph("Миронову О. С. — о ходе гармонизации национальных рамок квалификаций."),
        paragraph("РЕШИЛИ:"),
        paragraph("1. Одобрить пилотный перечень из десяти квалификаций."),
      ),
    );
    const diff = diffTexts(before, after);
    expect(diffSummary(diff)).toEqual({ added: 1, removed: 1, changed: 1 });
    const changed = diff.find((d) => d.op === "changed")!;
    expect(changed).toEqual({
      op: "changed",
      kind: "paragraph",
      parts: [
        { op: "same", text: "Миронову О. С. — о ходе гармонизации " },
        { op: "added", text: "национальных " },
        { op: "same", text: "рамок квалификаций." },
      ],
    });
    expect(diff.filter((d) => d.op === "removed")).toEqual([
      { op: "removed", kind: "paragraph", text: "Принять к сведению." },
    ]);
  });

  it("word parts put together give back both texts exactly", () => {
    const a = "Срок исполнения — до 1 марта 2027 г.";
    const b = "Срок  исполнения — до 15 марта 2027 г., ответственный — секретариат";
    const parts = wordDiff(a, b);
    expect(
      parts
        .filter((p) => p.op !== "added")
        .map((p) => p.text)
        .join(""),
    ).toBe(a);
    expect(
      parts
        .filter((p) => p.op !== "removed")
        .map((p) => p.text)
        .join(""),
    ).toBe(b);
  });

  it("a long protocol (2,000 lines) compares quickly, and the change is found", () => {
    const many = Array.from({ length: 2000 }, (_, i) => ({
      kind: "paragraph" as const,
      text: `Пункт ${i}: текст решения`,
    }));
    const changed = many.map((l, i) => (i === 1000 ? { ...l, text: "Пункт 1000: новый текст решения" } : l));
    const started = performance.now();
    const diff = diffTexts(many, changed);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(diffSummary(diff)).toEqual({ added: 0, removed: 0, changed: 1 });
  });
});
