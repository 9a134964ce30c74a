import { describe, expect, it } from "vitest";
import { outcomeSections, outcomeTemplate } from "~/lib/outcome-document";
import { documentOfRoom, outcomeRoom, protocolRoom } from "~/lib/protocol-room";
import {
  deadlineDayOf,
  deadlineDayProblem,
  nextOutcomeState,
  proposalsDeadline,
  proposalsOpen,
  proposalText,
} from "~/lib/outcome-rules";
import { roundTableOutcome, roundTableOutcomeTitle } from "../../db/seed/demo-outcome-text";

// The outcome document of a conference (issue 12, decision 0024), on the demo round table's numbers.
const MOSCOW = "Europe/Moscow";

describe("the proposals' deadline: the end of the chosen day where the conference is", () => {
  it("«until 20 April» in Moscow ends at midnight Moscow time (21:00 UTC)", () => {
    expect(proposalsDeadline("2026-04-20", MOSCOW).toISOString()).toBe("2026-04-20T21:00:00.000Z");
    expect(deadlineDayOf(proposalsDeadline("2026-04-20", MOSCOW), MOSCOW)).toBe("2026-04-20");
  });

  it("a proposal at 23:59 Moscow time on the last day is in time; one at midnight is not", () => {
    const outcome = { state: "open_for_proposals" as const, proposalsUntil: proposalsDeadline("2026-04-20", MOSCOW) };
    expect(proposalsOpen(outcome, new Date("2026-04-20T20:59:59Z"))).toBe(true);
    expect(proposalsOpen(outcome, new Date("2026-04-20T21:00:00Z"))).toBe(false);
  });

  it("a draft not open for proposals takes none, whatever its deadline", () => {
    const until = proposalsDeadline("2026-04-20", MOSCOW);
    const early = new Date("2026-04-10T10:00:00Z");
    expect(proposalsOpen({ state: "drafting", proposalsUntil: until }, early)).toBe(false);
    expect(proposalsOpen({ state: "finalised", proposalsUntil: until }, early)).toBe(false);
    expect(proposalsOpen({ state: "open_for_proposals", proposalsUntil: null }, early)).toBe(false);
  });

  it("the deadline is a real day, today or later in the conference's timezone", () => {
    const now = new Date("2026-04-09T22:30:00Z"); // already 10 April in Moscow
    expect(deadlineDayProblem("2026-04-10", now, MOSCOW)).toBeNull();
    expect(deadlineDayProblem("2026-04-09", now, MOSCOW)).toBe("outcome.error.deadlinePast");
    expect(deadlineDayProblem("2026-02-30", now, MOSCOW)).toBe("outcome.error.deadlineInvalid");
    expect(deadlineDayProblem("20.04.2026", now, MOSCOW)).toBe("outcome.error.deadlineInvalid");
    expect(deadlineDayProblem("1999-04-20", now, MOSCOW)).toBe("outcome.error.deadlineInvalid");
  });
});

describe("where the outcome goes next: drafting ⇄ open for proposals → finalised → published", () => {
  it("the organisers open a draft for proposals, move the deadline, and close it again", () => {
    expect(nextOutcomeState("drafting", "open")).toBe("open_for_proposals");
    expect(nextOutcomeState("open_for_proposals", "open")).toBe("open_for_proposals");
    expect(nextOutcomeState("open_for_proposals", "close")).toBe("drafting");
    expect(nextOutcomeState("drafting", "close")).toBeNull();
  });

  it("it is finalised from either drafting state, and only a finalised text is published", () => {
    expect(nextOutcomeState("drafting", "finalise")).toBe("finalised");
    expect(nextOutcomeState("open_for_proposals", "finalise")).toBe("finalised");
    expect(nextOutcomeState("drafting", "publish")).toBeNull();
    expect(nextOutcomeState("finalised", "publish")).toBe("published");
  });

  it("a finalised or published text is never opened, edited or finalised again", () => {
    for (const state of ["finalised", "published"] as const) {
      expect(nextOutcomeState(state, "open")).toBeNull();
      expect(nextOutcomeState(state, "close")).toBeNull();
      expect(nextOutcomeState(state, "finalise")).toBeNull();
    }
    expect(nextOutcomeState("published", "publish")).toBeNull();
  });
});

describe("a participant's proposal", () => {
  it("is some text, trimmed, without hidden characters, within a written opinion's length", () => {
    expect(proposalText("  Дополнить пункт о молодёжи.\r\n")).toEqual({ text: "Дополнить пункт о молодёжи." });
    expect(proposalText("   ")).toEqual({ problem: "field.required" });
    expect(proposalText("текст\u0007")).toEqual({ problem: "input.hiddenCharacters" });
    expect(proposalText("я".repeat(50_001))).toEqual({ problem: "input.tooLong.longText" });
  });
});

describe("the document's text", () => {
  it("starts from the template of sources/001: a title, «констатируют:» and «рекомендуют:»", () => {
    const doc = outcomeTemplate({
      title: "РЕКОМЕНДАЦИИ",
      introduction: "…",
      state: "Участники констатируют:",
      recommend: "Участники рекомендуют:",
    });
    const { title, sections } = outcomeSections(doc);
    expect(title).toBe("РЕКОМЕНДАЦИИ");
    expect(sections.map((s) => s.heading)).toEqual(["", "Участники констатируют", "Участники рекомендуют"]);
  });

  it("the round table's recommendations become library sections: introduction, «констатируют», «рекомендуют»", () => {
    const { title, sections } = outcomeSections(roundTableOutcome);
    expect(title).toBe(roundTableOutcomeTitle);
    expect(sections.map((s) => s.heading)).toEqual([
      "",
      "Участники круглого стола констатируют",
      "Участники Круглого стола рекомендуют",
    ]);
    expect(sections[0]!.body).toContain("Таврический дворец");
    expect(sections[1]!.body.split("\n\n")).toHaveLength(4);
    expect(sections[2]!.body.split("\n\n")).toHaveLength(6);
    expect(sections[2]!.body).toMatch(/^- обратиться в МПА СНГ/);
  });
});

describe("the rooms of the collaboration server", () => {
  it("a room names its kind and document exactly: protocol-<meeting>, outcome-<conference>", () => {
    expect(documentOfRoom(protocolRoom(2))).toEqual({ kind: "protocol", id: 2 });
    expect(documentOfRoom(outcomeRoom(5))).toEqual({ kind: "outcome", id: 5 });
    for (const room of ["outcome-05", "outcome-5x", "outcome-", "Outcome-5", "agreement-5", "outcome-0", " outcome-5"])
      expect(documentOfRoom(room)).toBeNull();
  });
});
