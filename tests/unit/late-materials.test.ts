import { describe, expect, it } from "vitest";
import { latenessChanges } from "~/lib/late-materials";
import { materialsDeadline } from "~/lib/zoned-time";

const TZ = "Europe/Moscow";
const at = (iso: string) => new Date(iso);
// Submitted on 3 December (Moscow time).
const submitted = at("2026-12-03T09:00:00+03:00");

describe("R7 (3.9): moving a session recomputes which materials are late", () => {
  it("a material on time for a session on 20 December becomes late when the session moves to 10 December", () => {
    const onTime = { id: 1, submittedAt: submitted, late: false, acceptedAt: null };
    expect(latenessChanges([onTime], materialsDeadline(at("2026-12-10T10:00:00+03:00"), TZ, 10))).toEqual([
      { id: 1, late: true },
    ]);
  });

  it("a late material becomes on time when the session moves later", () => {
    const late = { id: 2, submittedAt: submitted, late: true, acceptedAt: null };
    expect(latenessChanges([late], materialsDeadline(at("2026-12-20T10:00:00+03:00"), TZ, 10))).toEqual([
      { id: 2, late: false },
    ]);
  });

  it("a late material a co-chair has accepted stays accepted and as it is", () => {
    const accepted = { id: 3, submittedAt: submitted, late: true, acceptedAt: at("2026-12-04T09:00:00+03:00") };
    expect(latenessChanges([accepted], materialsDeadline(at("2026-12-20T10:00:00+03:00"), TZ, 10))).toEqual([]);
  });

  it("nothing changes when the mark still holds", () => {
    const onTime = { id: 4, submittedAt: submitted, late: false, acceptedAt: null };
    expect(latenessChanges([onTime], materialsDeadline(at("2026-12-20T10:00:00+03:00"), TZ, 10))).toEqual([]);
  });
});
