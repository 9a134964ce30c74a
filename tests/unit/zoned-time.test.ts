import { describe, expect, it } from "vitest";
import {
  addCalendarDays,
  endOfLocalDay,
  isLocalDate,
  isOnTime,
  localDateOf,
  materialsDeadline,
  startOfLocalDay,
  zonedDateTimeToInstant,
} from "~/lib/zoned-time";

const MOSCOW = "Europe/Moscow";
const ALMATY = "Asia/Almaty";
const BERLIN = "Europe/Berlin";
const HOUR = 3_600_000;
const at = (iso: string) => new Date(iso);

describe("R7 (3.9): materials are due N calendar days before the session, until the end of that day in the body's zone", () => {
  const session = at("2026-12-11T10:00:00+03:00");
  const deadline = materialsDeadline(session, MOSCOW, 10);

  it("a session on 11 December with 10 days makes 1 December the last day", () => {
    expect(deadline.lastDay).toBe("2026-12-01");
    expect(deadline.endsAt).toEqual(at("2026-12-02T00:00:00+03:00"));
  });

  it("the last millisecond of 1 December in Moscow is still on time", () => {
    expect(isOnTime(at("2026-12-01T23:59:59.999+03:00"), deadline)).toBe(true);
  });

  it("midnight that starts 2 December in Moscow is already late", () => {
    expect(isOnTime(at("2026-12-02T00:00:00+03:00"), deadline)).toBe(false);
  });

  it("the days are counted in the body's zone, not in UTC", () => {
    // 01:00 Moscow on 11 December is still 10 December in UTC; the body is in Moscow, so the 11th counts.
    expect(materialsDeadline(at("2026-12-11T01:00:00+03:00"), MOSCOW, 10).lastDay).toBe("2026-12-01");
    expect(materialsDeadline(at("2026-12-11T01:00:00+03:00"), "UTC", 10).lastDay).toBe("2026-11-30");
  });

  it("counting back crosses month and year boundaries", () => {
    expect(materialsDeadline(at("2027-01-05T10:00:00+03:00"), MOSCOW, 10).lastDay).toBe("2026-12-26");
  });

  it("the deadline of a Berlin body ends at Berlin midnight, in winter time", () => {
    const berlin = materialsDeadline(at("2026-12-11T10:00:00+01:00"), BERLIN, 10);
    expect(berlin).toEqual({ lastDay: "2026-12-01", endsAt: at("2026-12-01T23:00:00Z") });
  });
});

describe("the calendar date of an instant depends on the zone", () => {
  it("the same instant near midnight is already tomorrow in Almaty but still today in Moscow", () => {
    // Almaty has been UTC+5 since 1 March 2024, two hours ahead of Moscow.
    const instant = at("2026-12-01T19:30:00Z");
    expect(localDateOf(instant, ALMATY)).toBe("2026-12-02");
    expect(localDateOf(instant, MOSCOW)).toBe("2026-12-01");
  });

  it("Almaty's move from UTC+6 to UTC+5 on 1 March 2024 is respected", () => {
    // Before the change 18:30 UTC was already 00:30 on the 1st; under UTC+5 the 1st begins at 19:00 UTC.
    expect(localDateOf(at("2024-02-28T18:30:00Z"), ALMATY)).toBe("2024-02-29");
    expect(localDateOf(at("2024-02-29T18:30:00Z"), ALMATY)).toBe("2024-02-29");
    expect(startOfLocalDay("2024-03-01", ALMATY)).toEqual(at("2024-02-29T19:00:00Z"));
  });

  it("Moscow's historical offsets apply: UTC+4 in 2011–2014, UTC+3 after", () => {
    expect(startOfLocalDay("2012-06-01", MOSCOW)).toEqual(at("2012-05-31T20:00:00Z"));
    expect(startOfLocalDay("2015-06-01", MOSCOW)).toEqual(at("2015-05-31T21:00:00Z"));
  });
});

describe("days in a zone with daylight saving time (Berlin)", () => {
  it("the spring-forward day lasts 23 hours", () => {
    const start = startOfLocalDay("2026-03-29", BERLIN);
    const end = endOfLocalDay("2026-03-29", BERLIN);
    expect(start).toEqual(at("2026-03-29T00:00:00+01:00"));
    expect(end).toEqual(at("2026-03-30T00:00:00+02:00"));
    expect(end.getTime() - start.getTime()).toBe(23 * HOUR);
  });

  it("the fall-back day lasts 25 hours", () => {
    const start = startOfLocalDay("2026-10-25", BERLIN);
    const end = endOfLocalDay("2026-10-25", BERLIN);
    expect(start).toEqual(at("2026-10-25T00:00:00+02:00"));
    expect(end).toEqual(at("2026-10-26T00:00:00+01:00"));
    expect(end.getTime() - start.getTime()).toBe(25 * HOUR);
  });

  it("a day whose midnight is skipped begins at the first instant that exists", () => {
    // São Paulo sprang forward at midnight on 4 November 2018: the day began at 01:00 (UTC−2).
    expect(startOfLocalDay("2018-11-04", "America/Sao_Paulo")).toEqual(at("2018-11-04T01:00:00-02:00"));
  });
});

describe("wall-clock time in a zone to an instant", () => {
  it("an ordinary time uses the zone's offset on that date", () => {
    expect(zonedDateTimeToInstant("2026-12-11", "10:00", MOSCOW)).toEqual(at("2026-12-11T07:00:00Z"));
    expect(zonedDateTimeToInstant("2026-07-01", "10:00", BERLIN)).toEqual(at("2026-07-01T08:00:00Z"));
  });

  it("02:30 on 29 March 2026 does not exist in Berlin, so it moves forward by the gap to 03:30 CEST", () => {
    expect(zonedDateTimeToInstant("2026-03-29", "02:30", BERLIN)).toEqual(at("2026-03-29T03:30:00+02:00"));
  });

  it("02:30 on 25 October 2026 happens twice in Berlin; the earlier, CEST, one is taken", () => {
    expect(zonedDateTimeToInstant("2026-10-25", "02:30", BERLIN)).toEqual(at("2026-10-25T02:30:00+02:00"));
  });

  it("a converted time reads back as the same date in the zone", () => {
    expect(localDateOf(zonedDateTimeToInstant("2026-12-01", "23:59", ALMATY), ALMATY)).toBe("2026-12-01");
  });
});

describe("calendar arithmetic", () => {
  it("adds and subtracts days across months, years and the leap day", () => {
    expect(addCalendarDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addCalendarDays("2027-01-05", -10)).toBe("2026-12-26");
    expect(addCalendarDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addCalendarDays("2028-03-01", -1)).toBe("2028-02-29");
    expect(addCalendarDays("2027-02-28", 1)).toBe("2027-03-01");
  });

  it("a deadline can fall on the leap day", () => {
    expect(materialsDeadline(at("2028-03-10T10:00:00+03:00"), MOSCOW, 10).lastDay).toBe("2028-02-29");
  });
});

describe("malformed input is rejected", () => {
  it("only real calendar dates in YYYY-MM-DD are dates", () => {
    expect(isLocalDate("2028-02-29")).toBe(true);
    expect(isLocalDate("2026-02-29")).toBe(false);
    expect(isLocalDate("2026-02-30")).toBe(false);
    expect(isLocalDate("2026-13-01")).toBe(false);
    expect(isLocalDate("2026-1-5")).toBe(false);
    expect(isLocalDate("01.12.2026")).toBe(false);
    expect(isLocalDate("")).toBe(false);
  });

  it("bad dates, times and zones throw RangeError", () => {
    expect(() => zonedDateTimeToInstant("2026-02-30", "10:00", MOSCOW)).toThrow(RangeError);
    expect(() => zonedDateTimeToInstant("2026-12-11", "24:00", MOSCOW)).toThrow(RangeError);
    expect(() => zonedDateTimeToInstant("2026-12-11", "9:00", MOSCOW)).toThrow(RangeError);
    expect(() => zonedDateTimeToInstant("2026-12-11", "10:00", "Mars/Olympus")).toThrow(RangeError);
    expect(() => startOfLocalDay("2026-12-32", MOSCOW)).toThrow(RangeError);
    expect(() => addCalendarDays("2026-12-01", 1.5)).toThrow(RangeError);
    expect(() => localDateOf(new Date(Number.NaN), MOSCOW)).toThrow(RangeError);
  });
});
