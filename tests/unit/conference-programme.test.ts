import { describe, expect, it } from "vitest";
import { conferenceDetailsIn, conferenceDetailsSchema } from "~/lib/conferences/details-input";
import {
  moved,
  positionFor,
  programmeItemSchema,
  slotProblem,
  speakerProblem,
  speakerSchema,
} from "~/lib/conferences/programme-rules";
import { parseForm } from "~/lib/forms";
import { localTimeOf } from "~/lib/zoned-time";

// The demo round table: 9 April 2026, 10:00–13:00 Moscow time (sources/001).
const at = (hhmm: string) => new Date(`2026-04-09T${hhmm}:00+03:00`);
const roundTable = { startsAt: at("10:00"), endsAt: at("13:00") };
const slot = (from: string, to: string, room = "", id?: number) => ({ id, startsAt: at(from), endsAt: at(to), room });
const details = {
  theme: "Модельные законодательные акты и рекомендации МПА СНГ",
  heldOn: "2026-04-09",
  startTime: "10:00",
  endTime: "13:00",
  venue: "Санкт-Петербург, Таврический дворец",
  videoLink: "",
};

describe("Issue 12: a conference has a theme, a date, a venue and/or a video link", () => {
  it("the round table's details are read in its timezone", () => {
    const parsed = parseForm(conferenceDetailsSchema, details);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const read = conferenceDetailsIn(parsed.data, "Europe/Moscow");
    expect(read.startsAt.toISOString()).toBe("2026-04-09T07:00:00.000Z");
    expect(read.endsAt.toISOString()).toBe("2026-04-09T10:00:00.000Z");
    expect(read.videoLink).toBeNull();
    // The same hours entered for a conference in Tashkent are two hours earlier in UTC.
    expect(conferenceDetailsIn(parsed.data, "Asia/Tashkent").startsAt.toISOString()).toBe("2026-04-09T05:00:00.000Z");
  });

  it("online only is fine: a video link without a venue", () => {
    const parsed = parseForm(conferenceDetailsSchema, {
      ...details,
      venue: "",
      videoLink: "https://vks.example.org/x",
    });
    expect(parsed.ok).toBe(true);
  });

  it("neither a venue nor a video link: people would not know where to come", () => {
    const parsed = parseForm(conferenceDetailsSchema, { ...details, venue: " ", videoLink: "" });
    expect(parsed).toEqual({ ok: false, fieldErrors: { venue: "conference.placeRequired" } });
  });

  it("the end before the start, a missing theme, a bad date, a link that is not https are each named", () => {
    const parsed = parseForm(conferenceDetailsSchema, {
      theme: "",
      heldOn: "2026-02-30",
      startTime: "13:00",
      endTime: "10:00",
      venue: "Зал",
      videoLink: "http://vks.example.org/x",
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.fieldErrors).toMatchObject({
      theme: "field.required",
      heldOn: "conference.dateInvalid",
      videoLink: "conference.linkInvalid",
    });
  });

  it("the end at the very start is no conference", () => {
    const parsed = parseForm(conferenceDetailsSchema, { ...details, endTime: "10:00" });
    expect(parsed).toEqual({ ok: false, fieldErrors: { endTime: "conference.endsBeforeStart" } });
  });
});

describe("Issue 12: the programme — sessions and panels with their times", () => {
  it("an item within the conference's hours, in a free hall, takes its place", () => {
    expect(slotProblem(slot("10:15", "11:15"), roundTable, [slot("10:00", "10:15", "", 1)])).toBeNull();
  });

  it("an item outside the conference's hours is refused: the public page promises those hours", () => {
    expect(slotProblem(slot("09:30", "10:15"), roundTable, [])).toBe("programme.outsideConference");
    expect(slotProblem(slot("12:45", "13:30"), roundTable, [])).toBe("programme.outsideConference");
  });

  it("two items never share a room at the same time; parallel sessions are in different rooms", () => {
    const panel = slot("10:15", "11:15", "Зал 1", 1);
    expect(slotProblem(slot("11:00", "11:30", "зал 1 "), roundTable, [panel])).toBe("programme.roomTaken");
    expect(slotProblem(slot("11:00", "11:30", "Зал 2"), roundTable, [panel])).toBeNull();
    // An item with no room is in the main hall, like every other such item.
    expect(slotProblem(slot("10:30", "10:45"), roundTable, [slot("10:00", "11:00", "", 2)])).toBe(
      "programme.roomTaken",
    );
  });

  it("an item edited in place does not clash with itself", () => {
    expect(slotProblem(slot("10:00", "10:30", "", 1), roundTable, [slot("10:00", "10:15", "", 1)])).toBeNull();
  });

  it("an item that ends when the next begins does not overlap it", () => {
    expect(slotProblem(slot("11:15", "11:30"), roundTable, [slot("10:15", "11:15", "", 1)])).toBeNull();
  });

  it("the form's hours: the end must be after the start", () => {
    const parsed = parseForm(programmeItemSchema, {
      kind: "panel",
      title: "Панель",
      startTime: "11:00",
      endTime: "10:00",
    });
    expect(parsed).toEqual({ ok: false, fieldErrors: { endTime: "conference.endsBeforeStart" } });
  });

  it("a new item goes after every item that starts no later than it", () => {
    const items = [
      { startsAt: at("10:00"), position: 1 },
      { startsAt: at("10:15"), position: 2 },
      { startsAt: at("11:30"), position: 3 },
    ];
    expect(positionFor({ startsAt: at("11:15") }, items)).toBe(3);
    expect(positionFor({ startsAt: at("10:15") }, items)).toBe(3);
    expect(positionFor({ startsAt: at("12:45") }, items)).toBe(4);
    expect(positionFor({ startsAt: at("10:00") }, [])).toBe(1);
  });

  it("an item moves up or down by one place; the first cannot go up, the last cannot go down", () => {
    expect(moved([1, 2, 3], 2, "up")).toEqual([2, 1, 3]);
    expect(moved([1, 2, 3], 2, "down")).toEqual([1, 3, 2]);
    expect(moved([1, 2, 3], 1, "up")).toBeNull();
    expect(moved([1, 2, 3], 3, "down")).toBeNull();
    expect(moved([1, 2, 3], 9, "up")).toBeNull();
  });
});

describe("Issue 12: moderators and speakers — a person, their organisation and country", () => {
  it("a speaker from a staffing agency in Uzbekistan", () => {
    const parsed = parseForm(speakerSchema, {
      role: "speaker",
      name: "Руководитель частного агентства занятости",
      organisation: "Частное агентство занятости",
      country: "UZ",
      topic: "Опыт Узбекистана",
    });
    expect(parsed.ok && parsed.data.country).toBe("UZ");
  });

  it("a country outside the list, or no name, is refused by field", () => {
    const parsed = parseForm(speakerSchema, { role: "speaker", name: "", country: "XX" });
    expect(parsed).toEqual({ ok: false, fieldErrors: { name: "field.required", country: "field.invalid" } });
  });

  it("no country is allowed (an international organisation)", () => {
    const parsed = parseForm(speakerSchema, { role: "moderator", name: "Представитель МПА СНГ", country: "" });
    expect(parsed.ok && parsed.data.country).toBeNull();
  });

  it("nobody speaks in a break", () => {
    expect(speakerProblem("break")).toBe("programme.noSpeakersInBreak");
    expect(speakerProblem("panel")).toBeNull();
  });
});

describe("the hours a form shows for a stored moment", () => {
  it("reads the wall clock in the conference's zone", () => {
    expect(localTimeOf(at("10:15"), "Europe/Moscow")).toBe("10:15");
    expect(localTimeOf(at("10:15"), "Asia/Almaty")).toBe("12:15");
  });
});
