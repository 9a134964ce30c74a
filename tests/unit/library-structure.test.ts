import { describe, expect, it } from "vitest";
import { sectionAnchors, structureText } from "~/lib/library/structure";
import { applyFacets, facetCounts } from "~/lib/library/facets";

describe("an edition's text keeps its structure", () => {
  it("Markdown: the first heading is the title; numbered headings are sections with their level", () => {
    const { title, sections } = structureText(
      "# Модельный закон\n\n## Глава 1. Общие положения\n\n### Статья 1. Предмет\n\nПервая строка\nвторая строка.\n\nНовый абзац.\n",
      "markdown",
    );
    expect(title).toBe("Модельный закон");
    expect(sections.map((s) => [s.level, s.number, s.heading])).toEqual([
      [2, "Глава 1", "Общие положения"],
      [3, "Статья 1", "Предмет"],
    ]);
    expect(sections[1]!.body).toBe("Первая строка вторая строка.\n\nНовый абзац.");
  });

  it("footnotes belong to their section", () => {
    const { sections } = structureText(
      "# T\n\n## 1. Принципы\n\nТекст.[^1]\n\n[^1]: Сноска к принципам.\n",
      "markdown",
    );
    expect(sections[0]!.footnotes).toEqual(["Сноска к принципам."]);
  });

  it("plain text: «1. Цель» is a section, a sentence that ends with a full stop is not; Word's bookmarks are dropped", () => {
    const { title, sections } = structureText(
      "Рекомендации\n[bookmark: _Toc1]1. Цель Рекомендаций\nТекст цели.\n2. [bookmark: _Toc2]Актуальность\n1. Утвердить план мероприятий.\n",
      "text",
    );
    expect(title).toBe("Рекомендации");
    expect(sections.map((s) => [s.number, s.heading])).toEqual([
      ["", ""],
      ["1", "Цель Рекомендаций"],
      ["2", "Актуальность"],
    ]);
    expect(sections[2]!.body).toBe("1. Утвердить план мероприятий.");
  });

  it("anchors come from section numbers and stay unique", () => {
    expect(sectionAnchors([{ number: "" }, { number: "2.1" }, { number: "Статья 3" }, { number: "2.1" }])).toEqual([
      "p-1",
      "s-2-1",
      "s-статья-3",
      "s-2-1-2",
    ]);
  });
});

describe("facets", () => {
  const items = [
    {
      kind: "model_law",
      issuer: "МПА СНГ",
      adoptedOn: "2024-04-18",
      countries: ["RU", "KZ"],
      topics: ["миграция"],
      status: "adopted",
    },
    { kind: "report", issuer: "МПА СНГ", adoptedOn: "2025-01-01", countries: ["KZ"], topics: [], status: "draft" },
  ];
  it("filter by every facet at once, and count each facet with the others applied", () => {
    expect(applyFacets(items, { country: "KZ", year: "2025" })).toEqual([items[1]]);
    const counts = facetCounts(items, { kind: "report" });
    expect(counts.kind).toEqual([
      ["model_law", 1],
      ["report", 1],
    ]);
    expect(counts.country).toEqual([["KZ", 1]]);
  });
});
