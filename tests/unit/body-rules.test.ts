import { describe, expect, it } from "vitest";
import { parseBodyForm } from "../../app/lib/body-input";
import { bodyTitle, defaultQuorumRule } from "~/lib/body-rules";

const base = {
  kind: "working_group",
  titleRu: "Рабочая группа",
  titleEn: "",
  description: "",
  timezone: "Europe/Moscow",
  quorumRule: "each_side_half",
  quorumPercent: "",
  materialsDeadlineDays: "10",
  signatories: "chairs_and_secretaries",
  side1Name: "Российская Федерация",
  side1Country: "RU",
  side1WorkingLanguage: "ru",
  side1Timezone: "Europe/Moscow",
};

describe("setting up a body", () => {
  it("R9 (3.7): a body with sides counts quorum per side by default; one without, by simple majority", () => {
    expect(defaultQuorumRule(2)).toBe("each_side_half");
    expect(defaultQuorumRule(3)).toBe("each_side_half");
    expect(defaultQuorumRule(1)).toBe("overall_majority");
  });

  it("R7 (3.9): the materials deadline is a whole number of calendar days, 10 by default in the form", () => {
    expect(parseBodyForm(base)).toMatchObject({ ok: true, settings: { materialsDeadlineDays: 10 } });
    expect(parseBodyForm({ ...base, materialsDeadlineDays: "2.5" })).toEqual({
      ok: false,
      fieldErrors: { materialsDeadlineDays: "body.deadlineRange" },
    });
    expect(parseBodyForm({ ...base, materialsDeadlineDays: "-1" })).toEqual({
      ok: false,
      fieldErrors: { materialsDeadlineDays: "body.deadlineRange" },
    });
  });

  it("the 'N% of all members' rule needs its N, from 1 to 100; other rules ignore it", () => {
    expect(parseBodyForm({ ...base, quorumRule: "overall_percent" })).toEqual({
      ok: false,
      fieldErrors: { quorumPercent: "body.percentRequired" },
    });
    expect(parseBodyForm({ ...base, quorumRule: "overall_percent", quorumPercent: "101" })).toEqual({
      ok: false,
      fieldErrors: { quorumPercent: "body.percentRange" },
    });
    expect(parseBodyForm({ ...base, quorumRule: "overall_percent", quorumPercent: "60" })).toMatchObject({
      ok: true,
      settings: { quorumPercent: 60 },
    });
  });

  it("needs at least one side; blank side rows are ignored; each side's errors name its own field", () => {
    const { side1Name: _n, ...noSide } = base;
    expect(parseBodyForm(noSide)).toEqual({ ok: false, fieldErrors: { side1Name: "body.sideRequired" } });
    const twoSides = parseBodyForm({
      ...base,
      side2Name: "Республика Казахстан",
      side2Country: "KZ",
      side2WorkingLanguage: "kk",
      side2Timezone: "Asia/Almaty",
      side3Name: "  ",
    });
    expect(twoSides.ok && twoSides.sides.map((s) => s.name)).toEqual(["Российская Федерация", "Республика Казахстан"]);
    expect(
      parseBodyForm({ ...base, side2Name: "Сторона", side2Timezone: "Mars/Base", side2WorkingLanguage: "xx" }),
    ).toEqual({
      ok: false,
      fieldErrors: { side2WorkingLanguage: "field.invalid", side2Timezone: "field.invalid" },
    });
  });

  it("shows the English title to English readers when there is one, the Russian title otherwise", () => {
    expect(bodyTitle({ titleRu: "Рабочая группа", titleEn: "Working group" }, "en")).toBe("Working group");
    expect(bodyTitle({ titleRu: "Рабочая группа", titleEn: null }, "en")).toBe("Рабочая группа");
    expect(bodyTitle({ titleRu: "Рабочая группа", titleEn: "Working group" }, "ru")).toBe("Рабочая группа");
  });
});
