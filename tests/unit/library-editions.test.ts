import { describe, expect, it } from "vitest";
import { compareEditions, comparisonSummary, type ComparedSection } from "~/lib/library/compare";
import { parseDocumentForm } from "~/lib/library/document-input";
import { structureDocxHtml } from "~/lib/library/docx-html";

// Library editions (issue 11): a Word document's structure kept on import, two editions compared, the form
// that adds a document read and checked.

describe("a Word document's structure (mammoth's HTML)", () => {
  it("keeps the Title as the title, headings as levels from 1, numbered sections and footnotes", () => {
    const html =
      '<h1 class="title">Модельный закон о занятости</h1>' +
      "<h2>Глава 1. Общие положения</h2><p>Вводный абзац.</p>" +
      "<h3>1.1 Предмет</h3>" +
      '<p>Закон регулирует занятость.<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup></p>' +
      "<p>2.3 Порядок регистрации</p><p>Регистрация &amp; учёт &#171;мигрантов&#187;.</p>" +
      '<ol><li id="footnote-1"><p>Примечание к разделу. <a href="#footnote-ref-1">↑</a></p></li></ol>';
    const { title, sections } = structureDocxHtml(html);
    expect(title).toBe("Модельный закон о занятости");
    expect(sections.map(({ level, number, heading }) => ({ level, number, heading }))).toEqual([
      { level: 1, number: "Глава 1", heading: "Общие положения" },
      { level: 2, number: "1.1", heading: "Предмет" },
      { level: 2, number: "2.3", heading: "Порядок регистрации" },
    ]);
    expect(sections[1]).toMatchObject({ body: "Закон регулирует занятость.", footnotes: ["Примечание к разделу."] });
    expect(sections[2]!.body).toBe("Регистрация & учёт «мигрантов».");
  });

  it("without a Title, a lone top heading that opens it is the title; otherwise the first heading stays a section", () => {
    expect(structureDocxHtml("<h1>Концепция</h1><h2>1. Цели</h2><p>Текст.</p>").title).toBe("Концепция");
    const many = structureDocxHtml("<h1>1. Цели</h1><p>Текст.</p><h1>2. Задачи</h1><p>Ещё.</p>");
    expect(many.title).toBe("1. Цели");
    expect(many.sections.map((s) => s.number)).toEqual(["1", "2"]);
  });
});

describe("two editions compared", () => {
  const s = (number: string, heading: string, body: string, footnotes: string[] = []): ComparedSection => ({
    level: 1,
    number,
    heading,
    body,
    footnotes,
  });
  const before = [
    s("1", "Цель", "Признание квалификаций."),
    s("2", "Срок", "Не более тридцати дней."),
    s("3", "Отмена", "Текст."),
  ];
  const after = [
    s("1", "Цель", "Признание квалификаций."),
    s("2", "Сроки", "Не более двадцати дней.", ["Новая сноска."]),
    s("4", "Реестры", "Сведения вносятся в реестры."),
  ];

  it("pairs sections by number, marks a changed one word by word, and tells added and removed sections", () => {
    const diff = compareEditions(before, after);
    expect(diff.map((d) => [d.op, d.number])).toEqual([
      ["same", "1"],
      ["changed", "2"],
      ["removed", "3"],
      ["added", "4"],
    ]);
    expect(diff[1]!.heading).toEqual([
      { op: "removed", text: "Срок" },
      { op: "added", text: "Сроки" },
    ]);
    expect(diff[1]!.blocks[0]).toEqual({
      op: "changed",
      kind: "paragraph",
      parts: [
        { op: "same", text: "Не более " },
        { op: "removed", text: "тридцати" },
        { op: "added", text: "двадцати" },
        { op: "same", text: " дней." },
      ],
    });
    expect(diff[1]!.blocks[1]).toEqual({ op: "added", kind: "item", text: "Новая сноска." });
    expect(comparisonSummary(diff)).toEqual({ added: 1, removed: 1, changed: 1 });
  });

  it("an edition against itself has no changes", () => {
    expect(comparisonSummary(compareEditions(after, after))).toEqual({ added: 0, removed: 0, changed: 0 });
  });
});

describe("the form that adds a document", () => {
  const form = (values: Record<string, string | string[]>, hasFile = false) =>
    parseDocumentForm(
      (name) => (typeof values[name] === "string" ? (values[name] as string) : ""),
      (name) => (Array.isArray(values[name]) ? (values[name] as string[]) : []),
      hasFile,
    );
  const good = {
    kind: "recommendations",
    visibility: "partners",
    text: "Памятка\n1. Цель\nТекст.",
    topics: "миграция; квалификации",
  };

  it("reads a good form: topics split, countries kept, the title left to the text", () => {
    const read = form({ ...good, countries: ["RU", "KZ", "RU"], adoptedOn: "2025-11-14" });
    expect(read).toMatchObject({
      ok: true,
      fields: { title: "", topics: ["миграция", "квалификации"], countries: ["RU", "KZ"], status: "adopted" },
    });
  });

  it("refuses each bad field with its own message", () => {
    const errors = (values: Record<string, string | string[]>, hasFile = false) => {
      const read = form(values, hasFile);
      return read.ok ? {} : read.errors;
    };
    expect(errors({ ...good, kind: "poem" })).toEqual({ kind: "libraryEditions.add.error.kind" });
    expect(errors({ ...good, adoptedOn: "2025-02-30" })).toEqual({ adoptedOn: "libraryEditions.add.error.date" });
    expect(errors({ ...good, countries: ["XX"] })).toEqual({ countries: "libraryEditions.add.error.countries" });
    expect(errors({ ...good, visibility: "body" })).toEqual({ bodyId: "libraryEditions.add.error.bodyRequired" });
    expect(errors({ ...good, text: "" })).toEqual({ file: "libraryEditions.add.error.noText" });
    expect(errors(good, true)).toEqual({ file: "libraryEditions.add.error.bothTexts" });
    expect(errors({ ...good, text: "я".repeat(100_001) })).toEqual({ file: "libraryEditions.add.error.pastedTooLong" });
    expect(errors({ ...good, title: "Название\u202e" })).toEqual({ title: "input.hiddenCharacters" });
  });
});
