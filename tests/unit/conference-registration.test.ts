import { describe, expect, it } from "vitest";
import { csvCell, csvDocument } from "~/lib/csv";
import {
  doorAction,
  emailKey,
  isRegistrationOpen,
  mayConfirm,
  mayDecline,
  registrationAddressRule,
  registrationWindow,
} from "~/lib/conference-registration/rules";
import { matchesSearch, searchWords } from "~/lib/conference-registration/search";
import { registrationStatistics, type CountedRegistration } from "~/lib/conference-registration/statistics";
import { judgeThrottle } from "~/lib/throttle";

// Issue 12: the rules of a conference's registration, checked without a database.
const at = (iso: string) => new Date(iso);
const now = at("2026-04-09T07:00:00Z");
const window = (opened: string | null, closed: string | null) =>
  registrationWindow(
    { registrationOpenedAt: opened ? at(opened) : null, registrationClosedAt: closed ? at(closed) : null },
    now,
  );

describe("registration is open between the organisers' opening and closing", () => {
  it("not opened: never opened, or opened for a later moment", () => {
    expect(window(null, null)).toBe("notOpened");
    expect(window("2026-04-10T00:00:00Z", null)).toBe("notOpened");
  });
  it("open from the opening moment, while no closing moment has passed", () => {
    expect(window("2026-04-09T07:00:00Z", null)).toBe("open");
    expect(window("2026-03-26T00:00:00Z", "2026-04-09T09:00:00Z")).toBe("open");
  });
  it("closed from the closing moment on (and closed before it was ever opened)", () => {
    expect(window("2026-03-26T00:00:00Z", "2026-04-09T07:00:00Z")).toBe("closed");
    expect(window("2026-03-26T00:00:00Z", "2026-04-01T00:00:00Z")).toBe("closed");
    expect(window(null, "2026-04-01T00:00:00Z")).toBe("closed");
  });
  it("re-opened after a closing: the earlier closing belongs to the earlier round", () => {
    expect(window("2026-04-05T00:00:00Z", "2026-04-01T00:00:00Z")).toBe("open");
    expect(
      isRegistrationOpen({ registrationOpenedAt: at("2026-04-05T00:00:00Z"), registrationClosedAt: null }, now),
    ).toBe(true);
  });
});

describe("one registration per e-mail address", () => {
  it("compares addresses whatever their case and surrounding spaces", () => {
    expect(emailKey("  Ivan.Petrov@Example.ORG ")).toBe("ivan.petrov@example.org");
    expect(emailKey("ivan.petrov@example.org")).toBe(emailKey("IVAN.PETROV@EXAMPLE.ORG\t"));
  });
  it("folds Unicode to one form (NFC), so a composed and a decomposed «й» are one address", () => {
    expect(emailKey("и\u0306@пример.рф")).toBe(emailKey("й@пример.рф"));
  });
});

describe("the organisers' decisions and the door", () => {
  it("confirm a waiting or a declined registration; decline only a waiting one", () => {
    expect([mayConfirm("pending"), mayConfirm("declined"), mayConfirm("confirmed")]).toEqual([true, true, false]);
    expect([mayDecline("pending"), mayDecline("declined"), mayDecline("confirmed")]).toEqual([true, false, false]);
  });
  it("at the door: a confirmed participant is checked in (or undone); a pending one confirmed and checked in; a declined one not", () => {
    expect(doorAction({ status: "confirmed", checkedInAt: null })).toBe("checkIn");
    expect(doorAction({ status: "confirmed", checkedInAt: now })).toBe("undo");
    expect(doorAction({ status: "pending", checkedInAt: null })).toBe("confirmAndCheckIn");
    expect(doorAction({ status: "declined", checkedInAt: null })).toBeNull();
  });
  it("the public form takes thirty submissions per address in ten minutes, then refuses for ten", () => {
    const tries = Array.from({ length: 30 }, (_, i) => new Date(now.getTime() - i * 10_000));
    expect(judgeThrottle(tries.slice(1), now, registrationAddressRule)).toEqual({ allowed: true });
    expect(judgeThrottle(tries, now, registrationAddressRule)).toEqual({ allowed: false, retryAfterMinutes: 10 });
    expect(judgeThrottle(tries, new Date(now.getTime() + 10 * 60_000), registrationAddressRule)).toEqual({
      allowed: true,
    });
  });
});

describe("the check-in search", () => {
  const person = {
    name: "Семёнова Алёна Петровна",
    organisation: "Министерство труда",
    email: "a.semenova@example.org",
  };
  it("finds by any part of the name, organisation or e-mail, in any case, «ё» as «е», words in any order", () => {
    for (const q of ["семенова", "АЛЁНА", "труда семен", "example.org", "  петровна  "])
      expect(matchesSearch(person, searchWords(q)), q).toBe(true);
    expect(matchesSearch(person, searchWords("иванова"))).toBe(false);
    expect(matchesSearch(person, searchWords(""))).toBe(true);
  });
});

describe("CSV for Excel", () => {
  it("starts with a byte-order mark, separates by semicolons, ends lines with CRLF", () => {
    expect(
      csvDocument([
        ["a", "b"],
        ["в", 2],
      ]),
    ).toBe("\uFEFFa;b\r\nв;2\r\n");
  });
  it("quotes a cell with a semicolon, a quote or a line break, doubling its quotes", () => {
    expect(csvCell('ООО "Ромашка"; филиал')).toBe('"ООО ""Ромашка""; филиал"');
    expect(csvCell("две\nстроки")).toBe('"две\nстроки"');
  });
  it("defuses what a spreadsheet would run as a formula (CSV injection)", () => {
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe('"\'=HYPERLINK(""http://evil"",""x"")"');
    expect(csvCell("+7 999")).toBe("'+7 999");
    expect(csvCell("-1+2")).toBe("'-1+2");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\t=1")).toBe("'\t=1");
    expect(csvCell("Иванов")).toBe("Иванов");
  });
  it("writes our own numbers as numbers, and nothing for an empty value", () => {
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell(null)).toBe("");
  });
});

describe("statistics of who registered and who came", () => {
  const r = (
    country: string,
    kind: CountedRegistration["organisationKind"],
    status: CountedRegistration["status"],
    came = false,
  ) => ({ country, organisationKind: kind, status, checkedInAt: came ? now : null }) satisfies CountedRegistration;
  const stats = registrationStatistics([
    r("RU", "state_body", "confirmed", true),
    r("RU", "expert", "confirmed"),
    r("RU", "expert", "pending"),
    r("KZ", "state_body", "confirmed", true),
    r("KZ", "education", "confirmed", true),
    r("UZ", "staffing_agency", "declined"),
  ]);
  it("counts every registration, the confirmed ones, and those checked in", () => {
    expect(stats.total).toEqual({ registered: 6, confirmed: 4, came: 3, pending: 1, declined: 1, withdrawn: 0 });
  });
  it("orders countries by who came, then by registrations", () => {
    expect(stats.byCountry).toEqual([
      { key: "KZ", registered: 2, confirmed: 2, came: 2 },
      { key: "RU", registered: 3, confirmed: 2, came: 1 },
      { key: "UZ", registered: 1, confirmed: 0, came: 0 },
    ]);
  });
  it("shows every kind of organisation, in the fixed order, even at zero", () => {
    expect(stats.byKind.map((k) => [k.key, k.registered, k.came])).toEqual([
      ["state_body", 2, 2],
      ["employers_union", 0, 0],
      ["staffing_agency", 1, 0],
      ["education", 1, 1],
      ["expert", 2, 0],
    ]);
  });
  it("does not count a check-in of someone not confirmed as having come", () => {
    expect(registrationStatistics([r("RU", "expert", "declined", true)]).total.came).toBe(0);
  });
});
