import { describe, expect, it } from "vitest";
import { stem } from "~/lib/library/stem.server";
import { matchExpression, parseQuery } from "~/lib/library/query";
import { snippet } from "~/lib/library/snippet";
import { isStopWord, stemmedText, words } from "~/lib/library/words";

const marked = (text: string, q: string) =>
  snippet(text, parseQuery(q, stem), stem)
    .filter((p) => p.mark)
    .map((p) => p.text);

describe("forms of one word share a stem", () => {
  it("«квалификации» and «квалификаций»", () => expect(stem("квалификации")).toBe(stem("квалификаций")));
  it("«мигрант» and «мигрантов», «мигрантами»", () => {
    expect(stem("мигрант")).toBe(stem("мигрантов"));
    expect(stem("мигрант")).toBe(stem("мигрантами"));
  });
  it("«ё» is read as «е», capitals as small letters", () => {
    expect(words("Учёт")[0]!.norm).toBe("учет");
    expect(stemmedText("Квалификации", stem)).toBe(stem("квалификации"));
  });
  it("a query finds the other form in the text, and marks it", () => {
    expect(marked("Квалификация мигрантов и их семей", "квалификации мигрант")).toEqual(["Квалификация", "мигрантов"]);
  });
  it("each part of a hyphenated word is a word: «трудящихся-мигрантов» is found by «мигрант»", () => {
    expect(marked("Признание квалификаций трудящихся-мигрантов", "квалификации мигрант")).toEqual([
      "квалификаций",
      "мигрантов",
    ]);
  });
});

describe("phrases in quotes", () => {
  it("a quoted phrase stays a phrase of stems, stop words dropped", () => {
    const q = parseQuery('"трудящихся и специалистов" подготовка', stem);
    expect(q.parts[0]).toEqual({ kind: "phrase", stems: [stem("трудящихся"), stem("специалистов")] });
    expect(matchExpression(q)).toBe(`"${stem("трудящихся")} ${stem("специалистов")}" "${stem("подготовка")}"`);
  });
  it("Russian quotes «…» are phrases too", () => {
    expect(parseQuery("«трудовой миграции»", stem).parts[0]!.kind).toBe("phrase");
  });
  it("an unmatched quote is ignored, not an error", () => {
    expect(matchExpression(parseQuery('"мигрант', stem))).toBe(`"${stem("мигрант")}"`);
  });
});

describe("prefixes", () => {
  it("word* matches every word beginning with its stem", () => {
    const q = parseQuery("квалиф*", stem);
    expect(matchExpression(q)).toBe(`"${stem("квалиф")}" *`);
    expect(marked("квалификационные требования и квалификация", "квалиф*")).toEqual([
      "квалификационные",
      "квалификация",
    ]);
  });
});

describe("stop words", () => {
  it("are dropped from queries and from the index", () => {
    expect(isStopWord("и")).toBe(true);
    expect(isStopWord("the")).toBe(true);
    expect(stemmedText("права и обязанности", stem)).toBe(`${stem("права")} ${stem("обязанности")}`);
  });
  it("a query of stop words only searches for nothing", () => {
    expect(matchExpression(parseQuery("и в на", stem))).toBeNull();
  });
});

describe("Latin and English text", () => {
  it("English words are stemmed in English", () => {
    expect(stem("qualifications")).toBe(stem("qualification"));
    expect(stem("migrants")).toBe(stem("migrant"));
  });
  it("an English query marks the English text", () => {
    expect(marked("Recognition of the qualifications of migrant workers", "qualification migrants")).toEqual([
      "qualifications",
      "migrant",
    ]);
  });
  it("FTS5 syntax typed by a user is read as words, never as operators (OR is an English stop word)", () => {
    expect(matchExpression(parseQuery("мигрант OR NEAR(x) -права", stem))).toBe(
      [stem("мигрант"), "near", "x", stem("права")].map((s) => `"${s}"`).join(" "),
    );
  });
});

describe("snippets", () => {
  it("show the text around the matches, cut with an ellipsis", () => {
    const text = Array.from({ length: 80 }, (_, i) => `слово${i}`).join(" ") + " мигрантов";
    const pieces = snippet(text, parseQuery("мигрант", stem), stem);
    expect(pieces[0]!.text).toBe("… ");
    expect(pieces.find((p) => p.mark)!.text).toBe("мигрантов");
  });
});
