import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { icsFeed, icsMessage, type IcsEvent } from "~/lib/ics";
import { calendarDescription } from "~/lib/meeting-mail";

// Read back with an independent parser (ical.js, the one Thunderbird uses), so the test checks RFC 5545, not our own reading of it.
function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents("vevent");
  return { calendar, events, first: new ICAL.Event(events[0]) };
}
const mailto = (value: unknown) => String(value).replace(/^mailto:/i, "");

const session: IcsEvent = {
  uid: "session-42@cooperation.example",
  sequence: 0,
  start: new Date("2026-12-11T07:00:00Z"),
  end: new Date("2026-12-11T10:30:00Z"),
  summary: "Заседание рабочей группы по национальным квалификационным системам; РФ, РК",
  description: "Повестка дня:\n1. О ходе работы, сроки; итоги\n2. Разное \\ прочее",
  location: "Москва, ул. Ильинка, д. 6; зал 3",
  url: "https://cooperation.example/sessions/42",
  organizer: { name: "Платформа сотрудничества", email: "no-reply@cooperation.example" },
  attendees: [
    { name: "Петров П. П.", email: "petrov@cooperation.example" },
    { name: 'ТОО "Qazaq Skills"', email: "kz@cooperation.example" },
  ],
  status: "CONFIRMED",
  stamp: new Date("2026-11-20T09:15:00Z"),
};

describe("an invitation to a session (METHOD:REQUEST)", () => {
  const ics = icsMessage("REQUEST", session);
  const { calendar, first } = parse(ics);

  it("Russian text with commas, semicolons, backslashes and line breaks survives the round trip", () => {
    expect(first.summary).toBe(session.summary);
    expect(first.location).toBe(session.location);
    expect(first.description).toBe(session.description);
  });

  it("names the method, UID, SEQUENCE and STATUS", () => {
    expect(calendar.getFirstPropertyValue("method")).toBe("REQUEST");
    expect(calendar.getFirstPropertyValue("prodid")).toBe("-//Cooperation Platform//RU");
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(first.uid).toBe(session.uid);
    expect(first.sequence).toBe(0);
    expect(first.component.getFirstPropertyValue("status")).toBe("CONFIRMED");
    expect(first.component.getFirstPropertyValue("url")).toBe(session.url);
  });

  it("start, end and stamp are the same instants, written in UTC", () => {
    expect(first.startDate.toJSDate()).toEqual(session.start);
    expect(first.endDate.toJSDate()).toEqual(session.end);
    expect(ics).toContain("\r\nDTSTART:20261211T070000Z\r\n");
    expect(ics).toContain("\r\nDTSTAMP:20261120T091500Z\r\n");
  });

  it("the organiser is the platform's no-reply address; attendees are listed with quoted names that lost their own quotes", () => {
    expect(mailto(first.organizer)).toBe("no-reply@cooperation.example");
    expect(first.attendees.map((a) => mailto(a.getFirstValue()))).toEqual([
      "petrov@cooperation.example",
      "kz@cooperation.example",
    ]);
    expect(first.attendees.map((a) => a.getParameter("cn"))).toEqual(["Петров П. П.", "ТОО Qazaq Skills"]);
    expect(ics.replace(/\r\n /g, "")).toContain(
      'ORGANIZER;CN="Платформа сотрудничества":mailto:no-reply@cooperation.example',
    );
  });

  it("asks for no e-mailed reply: every attendee has RSVP=FALSE and none NEEDS-ACTION (nobody reads the organiser's mailbox)", () => {
    expect(first.attendees).toHaveLength(2);
    for (const attendee of first.attendees) {
      expect(attendee.getParameter("rsvp")).toBe("FALSE");
      expect(attendee.getParameter("partstat")).toBeUndefined();
    }
    expect(ics.replace(/\r\n /g, "")).not.toMatch(/RSVP=TRUE|NEEDS-ACTION/);
  });

  it("lines end in CRLF and none is longer than 75 octets, even for a long Cyrillic summary (RFC 5545 3.1)", () => {
    const long = icsMessage("REQUEST", {
      ...session,
      summary: "Заседание межгосударственной рабочей группы 😀 ".repeat(12),
    });
    expect(long.endsWith("\r\n")).toBe(true);
    expect(long.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const lines = long.split("\r\n");
    for (const line of lines) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    // A character split across a fold would have turned into U+FFFD on decoding.
    expect(long).not.toContain("\uFFFD");
    expect(lines.filter((l) => l.startsWith(" ")).length).toBeGreaterThan(10);
    expect(parse(long).first.summary).toBe("Заседание межгосударственной рабочей группы 😀 ".repeat(12));
  });
});

describe("an update and a cancellation reach the same calendar entry", () => {
  it("an update keeps the UID and raises the SEQUENCE", () => {
    const moved = {
      ...session,
      sequence: 1,
      start: new Date("2026-12-12T07:00:00Z"),
      end: new Date("2026-12-12T10:00:00Z"),
    };
    const { first } = parse(icsMessage("REQUEST", moved));
    expect(first.uid).toBe(session.uid);
    expect(first.sequence).toBe(1);
    expect(first.startDate.toJSDate()).toEqual(moved.start);
  });

  it("a cancellation says METHOD:CANCEL and STATUS:CANCELLED, even if the event was passed as confirmed", () => {
    const { calendar, first } = parse(icsMessage("CANCEL", { ...session, sequence: 2 }));
    expect(calendar.getFirstPropertyValue("method")).toBe("CANCEL");
    expect(first.component.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(first.uid).toBe(session.uid);
    expect(first.sequence).toBe(2);
  });

  it("a negative or fractional SEQUENCE is refused", () => {
    expect(() => icsMessage("REQUEST", { ...session, sequence: -1 })).toThrow(RangeError);
    expect(() => icsMessage("REQUEST", { ...session, sequence: 1.5 })).toThrow(RangeError);
  });
});

describe("a subscription feed (METHOD:PUBLISH)", () => {
  const second: IcsEvent = {
    ...session,
    uid: "session-43@cooperation.example",
    summary: "Второе заседание",
    url: undefined,
    attendees: [],
  };
  const third: IcsEvent = { ...session, uid: "session-44@cooperation.example", status: "CANCELLED" };
  const feed = icsFeed("РГ РФ–РК, заседания", [session, second, third]);
  const { calendar, events } = parse(feed);

  it("holds every event, named for calendar apps", () => {
    expect(calendar.getFirstPropertyValue("method")).toBe("PUBLISH");
    // Calendar apps read X-WR-CALNAME as TEXT, so the comma is escaped; ical.js keeps unknown X- values raw.
    expect(feed).toContain("\r\nX-WR-CALNAME:РГ РФ–РК\\, заседания\r\n");
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("РГ РФ–РК\\, заседания");
    expect(events.map((e) => new ICAL.Event(e).uid)).toEqual([session.uid, second.uid, third.uid]);
  });

  it("keeps each event's own status, and leaves out the URL when there is none", () => {
    expect(events.map((e) => e.getFirstPropertyValue("status"))).toEqual(["CONFIRMED", "CONFIRMED", "CANCELLED"]);
    expect(events[1].hasProperty("url")).toBe(false);
  });

  it("an empty feed is still a valid calendar", () => {
    expect(parse(icsFeed("Пусто", [])).events).toEqual([]);
  });
});

describe("the invitation's description tells people to answer on the platform", () => {
  const link = "https://cooperation.example/meetings/42";
  const answerLink = `${link}/participants`;
  const agenda = ["О ходе работы", "Разное"];

  it("a member is sent to the participants page, in their language; the text survives the .ics round trip", () => {
    const ru = calendarDescription({ locale: "ru", agenda, link, answerLink });
    expect(ru).toBe(
      `1. О ходе работы\n2. Разное\n\nОтвет на приглашение — только на платформе: ${answerLink}. Ответы из календаря и на письмо не доходят.`,
    );
    const en = calendarDescription({ locale: "en", agenda, link, answerLink });
    expect(en).toContain(`Answer the invitation on the platform only: ${answerLink}.`);
    const { first } = parse(icsMessage("REQUEST", { ...session, description: ru }));
    expect(first.description).toBe(ru);
  });

  it("a guest, who has nothing to answer, is told that replies reach nobody and where the meeting is", () => {
    const text = calendarDescription({ locale: "ru", agenda: [], link, answerLink: null });
    expect(text).toBe(`Ответы из календаря и на письмо не доходят; всё о заседании — на платформе: ${link}`);
  });
});
