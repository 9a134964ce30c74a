import { describe, expect, it } from "vitest";
import { ru } from "~/locales/ru";
import { en } from "~/locales/en";
import { dateField, idField, lineField, parseForm, textField } from "~/lib/forms";
import { DATE_YEARS, isSaneDate, normaliseLine, textLimits, textProblem, type TextKind } from "~/lib/text-rules";
import { z } from "zod";

describe("one table of lengths, for every text field", () => {
  it("each kind refuses one character past its limit, with a message that names the limit in both languages", () => {
    for (const [kind, limit] of Object.entries(textLimits) as [TextKind, number][]) {
      expect(textProblem("я".repeat(limit), kind)).toBeNull();
      expect(textProblem("я".repeat(limit + 1), kind)).toBe(`input.tooLong.${kind}`);
      const digits = (s: string) => s.replace(/[^\d]/g, "");
      expect(digits(ru[`input.tooLong.${kind}`])).toBe(String(limit));
      expect(digits(en[`input.tooLong.${kind}`])).toBe(String(limit));
    }
  });

  it("a 100 KB link is refused", () => {
    expect(textProblem(`https://vks.example.org/${"a".repeat(100_000)}`, "url")).toBe("input.tooLong.url");
  });

  it("a required field left blank says so first", () => {
    expect(textProblem("", "name", { required: true })).toBe("field.required");
    expect(textProblem("", "name")).toBeNull();
  });
});

describe("names and titles hold no hidden characters", () => {
  it("NUL and the other control characters are refused", () => {
    for (const c of ["\u0000", "\u0007", "\u001b", "\u007f"])
      expect(textProblem(`Группа${c}1`, "title"), JSON.stringify(c)).toBe("input.hiddenCharacters");
  });

  it("every bidi embedding, override and isolate is refused (U+202A–U+202E, U+2066–U+2069)", () => {
    for (let code = 0x202a; code <= 0x202e; code++)
      expect(textProblem(`Протокол${String.fromCharCode(code)}fdp.exe`, "name")).toBe("input.hiddenCharacters");
    for (let code = 0x2066; code <= 0x2069; code++)
      expect(textProblem(`Протокол${String.fromCharCode(code)}`, "title")).toBe("input.hiddenCharacters");
  });

  it("ordinary Russian, Kazakh and English text, quotes and dashes pass", () => {
    expect(textProblem("Министерство труда и социальной защиты населения Республики Казахстан", "name")).toBeNull();
    expect(textProblem("НПП «Атамекен» — Ұлттық кәсіпкерлер палатасы", "title")).toBeNull();
  });

  it("a tab or line break pasted into one line becomes a space", () => {
    expect(normaliseLine("  Иванов\tИван\r\nИванович ")).toBe("Иванов Иван Иванович");
  });

  it("long text keeps line breaks and bidi marks (pasted phone numbers carry them), but never NUL", () => {
    expect(textProblem("Первый абзац.\n\n\tВторой: \u202a+7 495 000-00-00\u202c", "longText")).toBeNull();
    expect(textProblem("Текст\u0000", "longText")).toBe("input.hiddenCharacters");
  });
});

describe("dates fall within 2000–2100", () => {
  it("accepts the range's ends and refuses what lies outside", () => {
    expect(DATE_YEARS).toEqual({ min: 2000, max: 2100 });
    expect(isSaneDate("2000-01-01")).toBe(true);
    expect(isSaneDate("2100-12-31")).toBe(true);
    expect(isSaneDate("1999-12-31")).toBe(false);
    expect(isSaneDate("2101-01-01")).toBe(false);
    expect(isSaneDate("9999-01-01")).toBe(false);
  });
});

describe("the zod fields apply the same rules", () => {
  const schema = z.object({
    name: lineField("name", { required: true }),
    text: textField("shortText").default(""),
    on: dateField("meeting.dateInvalid"),
    id: idField,
  });
  const ok = { name: "Иванов", on: "2026-12-01", id: "7" };

  it("parses clean input", () => {
    expect(parseForm(schema, ok)).toEqual({ ok: true, data: { name: "Иванов", text: "", on: "2026-12-01", id: 7 } });
  });

  it("answers each problem under its field", () => {
    expect(parseForm(schema, { ...ok, name: "И\u202eв" })).toEqual({
      ok: false,
      fieldErrors: { name: "input.hiddenCharacters" },
    });
    expect(parseForm(schema, { ...ok, text: "x".repeat(2001) })).toEqual({
      ok: false,
      fieldErrors: { text: "input.tooLong.shortText" },
    });
    expect(parseForm(schema, { ...ok, on: "9999-01-01" })).toEqual({
      ok: false,
      fieldErrors: { on: "input.dateRange" },
    });
    expect(parseForm(schema, { ...ok, on: "2026-02-30" })).toEqual({
      ok: false,
      fieldErrors: { on: "meeting.dateInvalid" },
    });
    expect(parseForm(schema, { ...ok, id: "0x7" })).toEqual({ ok: false, fieldErrors: { id: "field.invalid" } });
  });
});
