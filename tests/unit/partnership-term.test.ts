import { describe, expect, it } from "vitest";
import { inForceOn, parsePartnershipDetails, termEndsOn } from "~/lib/partnership-term";

// Issue 12: a partnership's term, counted as the Civil Code counts a term in months (ГК РФ, ст. 192 п. 3).
describe("the agreement's term", () => {
  it("7 years (84 months) from 15 November 2019 expire on 15 November 2026 (the demo agreement)", () => {
    expect(termEndsOn("2019-11-15", 84)).toBe("2026-11-15");
  });

  it("a month without the corresponding date ends on its last day: one month from 31 January", () => {
    expect(termEndsOn("2025-01-31", 1)).toBe("2025-02-28");
    expect(termEndsOn("2024-01-31", 1)).toBe("2024-02-29");
    expect(termEndsOn("2025-08-31", 1)).toBe("2025-09-30");
  });

  it("counts across years: 14 months from 10 December 2025 expire on 10 February 2027", () => {
    expect(termEndsOn("2025-12-10", 14)).toBe("2027-02-10");
  });

  it("an indefinite agreement has no end, and is in force from its first day on", () => {
    expect(termEndsOn("2019-11-15", null)).toBeNull();
    expect(inForceOn({ startsOn: "2019-11-15", termMonths: null }, "2019-11-14")).toBe(false);
    expect(inForceOn({ startsOn: "2019-11-15", termMonths: null }, "2099-01-01")).toBe(true);
  });

  it("is in force up to and including its last day", () => {
    const p = { startsOn: "2019-11-15", termMonths: 84 };
    expect(inForceOn(p, "2026-11-15")).toBe(true);
    expect(inForceOn(p, "2026-11-16")).toBe(false);
  });
});

describe("the start date and term a form sends", () => {
  const parse = (startsOn: string, term: string, termMonths = "") =>
    parsePartnershipDetails({ startsOn, term, termMonths });

  it("reads a term in months and an indefinite one", () => {
    expect(parse("2019-11-15", "months", "84")).toEqual({
      ok: true,
      details: { startsOn: "2019-11-15", termMonths: 84 },
    });
    expect(parse(" 2019-11-15 ", "indefinite", "12")).toEqual({
      ok: true,
      details: { startsOn: "2019-11-15", termMonths: null },
    });
  });

  it("names the field at fault: a missing or impossible start, a term that is not 1–1200 whole months", () => {
    expect(parse("", "months", "12")).toMatchObject({
      ok: false,
      field: "startsOn",
      problem: "partnership.error.startRequired",
    });
    for (const bad of ["2019-02-30", "15.11.2019", "1899-01-01"])
      expect(parse(bad, "months", "12")).toMatchObject({ ok: false, field: "startsOn" });
    for (const bad of ["", "0", "1201", "1.5", "-3", "12 months"])
      expect(parse("2019-11-15", "months", bad)).toMatchObject({ ok: false, field: "termMonths" });
    expect(parse("2019-11-15", "forever", "12")).toMatchObject({ ok: false, field: "termMonths" });
  });
});
