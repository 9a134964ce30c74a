import { describe, expect, it } from "vitest";
import {
  amendmentsDeadline,
  amendmentsOpen,
  anchorAmendment,
  applyAmendments,
  deadlineProblem,
  decisionProblem,
  lastDayOf,
  proposalProblem,
  wordingToApply,
} from "~/lib/library/amendment-rules";
import { wordingDiff } from "~/lib/library/wording-diff";

// Issue 11, amendments («поправки»): the deadline is a day, counted to its end in the BODY's timezone (decision
// 0007); an amendment is anchored to a section or to a passage that occurs in it once.

describe("the deadline: the end of the day in the body's timezone", () => {
  it("Moscow (UTC+3): 14 December ends at 21:00 UTC; 20:59:59.999 is in time, 21:00 is not", () => {
    const until = amendmentsDeadline("2026-12-14", "Europe/Moscow");
    expect(until.toISOString()).toBe("2026-12-14T21:00:00.000Z");
    expect(amendmentsOpen(until, new Date("2026-12-14T20:59:59.999Z"))).toBe(true);
    expect(amendmentsOpen(until, new Date("2026-12-14T21:00:00.000Z"))).toBe(false);
    expect(lastDayOf(until, "Europe/Moscow")).toBe("2026-12-14");
  });

  it("Almaty (UTC+5 since March 2024) ends the same day two hours earlier than Moscow", () => {
    const until = amendmentsDeadline("2026-12-14", "Asia/Almaty");
    expect(until.toISOString()).toBe("2026-12-14T19:00:00.000Z");
    // 23:30 in Moscow is already the 15th in Almaty: too late for an Almaty body, in time for a Moscow one.
    const moscowLateEvening = new Date("2026-12-14T20:30:00.000Z");
    expect(amendmentsOpen(until, moscowLateEvening)).toBe(false);
    expect(amendmentsOpen(amendmentsDeadline("2026-12-14", "Europe/Moscow"), moscowLateEvening)).toBe(true);
  });

  it("not opened is not open", () => {
    expect(amendmentsOpen(null, new Date())).toBe(false);
  });

  it("a deadline day is a real date, today or later in the body's timezone", () => {
    // 22:00 UTC on the 14th is already the 15th in Moscow.
    const now = new Date("2026-12-14T22:00:00.000Z");
    expect(deadlineProblem("2026-12-14", now, "Europe/Moscow")?.key).toBe("amendments.error.deadlinePast");
    expect(deadlineProblem("2026-12-15", now, "Europe/Moscow")).toBeNull();
    expect(deadlineProblem("2026-12-14", new Date("2026-12-14T20:00:00.000Z"), "Europe/Moscow")).toBeNull();
    for (const bad of ["2026-02-30", "14.12.2026", "", "3026-01-01"])
      expect(deadlineProblem(bad, now, "Europe/Moscow")).toMatchObject({
        key: "amendments.error.deadlineInvalid",
        field: "until",
      });
  });
});

describe("anchoring: the whole section, or a passage that occurs in it once", () => {
  const text = "Стороны признают квалификации.\n\nСрок рассмотрения — тридцать дней. Срок продлевается.";

  it("no passage: the current wording is the section's text", () => {
    expect(anchorAmendment(text, "  ")).toEqual({ passage: "", currentWording: text });
  });

  it("a passage: its current wording is the passage, line endings as the text has them", () => {
    expect(anchorAmendment(text, " тридцать дней ")).toEqual({
      passage: "тридцать дней",
      currentWording: "тридцать дней",
    });
    expect(anchorAmendment(text, "квалификации.\r\n\r\nСрок рассмотрения")).toMatchObject({
      passage: "квалификации.\n\nСрок рассмотрения",
    });
  });

  it("a passage not in the section, or occurring twice, is refused on the passage field", () => {
    expect(anchorAmendment(text, "сорок дней")).toMatchObject({ key: "amendments.error.passageNotFound" });
    expect(anchorAmendment(text, "Срок")).toMatchObject({ key: "amendments.error.passageAmbiguous", params: { n: 2 } });
  });
});

describe("the proposal and the decision", () => {
  it("the proposed wording and the justification are required, and a wording must change something", () => {
    expect(proposalProblem("а", "", "потому что")).toMatchObject({ field: "proposedWording", key: "field.required" });
    expect(proposalProblem("а", "а", "потому что")).toMatchObject({ key: "amendments.error.unchanged" });
    expect(proposalProblem("а", "б", "")).toMatchObject({ field: "justification" });
    expect(proposalProblem("а", "б".repeat(50_001), "x")).toMatchObject({ key: "input.tooLong.longText" });
    expect(proposalProblem("а", "б", "потому что")).toBeNull();
  });

  it("accepted in part names the wording accepted; the decision decides what is applied", () => {
    expect(decisionProblem({ decision: "accepted_in_part", acceptedWording: "", comment: "" })).toMatchObject({
      key: "amendments.error.partWordingRequired",
    });
    expect(decisionProblem({ decision: "rejected", acceptedWording: "", comment: "x".repeat(2001) })).toMatchObject({
      field: "comment",
    });
    const a = { proposedWording: "предложено", acceptedWording: "принято" };
    expect(wordingToApply({ ...a, decision: "accepted" })).toBe("предложено");
    expect(wordingToApply({ ...a, decision: "accepted_in_part" })).toBe("принято");
    expect(wordingToApply({ ...a, decision: "rejected" })).toBeNull();
    expect(wordingToApply({ ...a, decision: null })).toBeNull();
  });
});

describe("the next edition's text", () => {
  const sections = [
    { id: 1, body: "Срок — тридцать дней. Решение письменное." },
    { id: 2, body: "Центры оценки квалификаций." },
  ];

  it("a passage is replaced where it stands; a whole-section amendment replaces the text", () => {
    const { bodies, conflicts } = applyAmendments(sections, [
      { id: 10, sectionId: 1, passage: "тридцать дней", wording: "двадцать рабочих дней" },
      { id: 11, sectionId: 1, passage: "письменное", wording: "письменное и мотивированное" },
      { id: 12, sectionId: 2, passage: "", wording: "Центры оценки квалификаций аккредитуются." },
    ]);
    expect(conflicts).toEqual([]);
    expect(bodies.get(1)).toBe("Срок — двадцать рабочих дней. Решение письменное и мотивированное.");
    expect(bodies.get(2)).toBe("Центры оценки квалификаций аккредитуются.");
  });

  it("two accepted amendments to the same place conflict rather than one silently undoing the other", () => {
    const overlap = applyAmendments(sections, [
      { id: 10, sectionId: 1, passage: "тридцать дней", wording: "двадцать дней" },
      { id: 11, sectionId: 1, passage: "тридцать дней. Решение", wording: "сорок дней. Решение" },
    ]);
    expect(overlap.conflicts).toEqual([11]);
    const whole = applyAmendments(sections, [
      { id: 10, sectionId: 1, passage: "тридцать дней", wording: "двадцать дней" },
      { id: 12, sectionId: 1, passage: "", wording: "Новый текст." },
    ]);
    expect(whole.conflicts).toEqual([12]);
  });
});

describe("the wording compared for reading", () => {
  it("a run of changed words reads as one removed and one added phrase", () => {
    expect(wordingDiff("не реже одного раза в квартал", "не позднее пяти рабочих дней")).toEqual([
      { op: "same", text: "не " },
      { op: "removed", text: "реже одного раза в квартал" },
      { op: "added", text: "позднее пяти рабочих дней" },
    ]);
    const parts = wordingDiff("в течение тридцати дней", "в течение двадцати дней");
    expect(parts.map((p) => p.text).join("|")).toBe("в течение |тридцати|двадцати| дней");
  });
});
