import { eq } from "drizzle-orm";
import { type ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditLog } from "../../db/audit";
import { addCalendarDays, localDateOf, startOfLocalDay, zonedDateTimeToInstant } from "~/lib/zoned-time";
import { issueCalendarFeed } from "../../db/commands/calendar-feed";
import { addMember } from "../../db/commands/composition";
import { addAgendaItem } from "../../db/commands/meetings/agenda";
import { cancelMeeting, conveneMeeting, createMeeting } from "../../db/commands/meetings/convening";
import { agreeToChange, proposeChange } from "../../db/commands/meetings/rescheduling";
import { recordAbsence } from "../../db/commands/absences";
import { approveByEverySide } from "../support/meetings";
import { inviteGuest } from "../../db/commands/meetings/guests";
import { type MeetingDetailsInput } from "../../app/lib/meeting-input";
import { compositionAt, findBody } from "../../db/queries/bodies";
import { findMeeting } from "../../db/queries/meetings";
import { users } from "../../db/schema/accounts";
import { TestClient } from "../support/http";
import { startTestPlatform } from "../support/platform";
import { sqlOf } from "../support/sql";
import { startSmtpServer } from "../support/smtp";
import ICAL from "ical.js";

// A meeting's life in letters and calendars: convened, moved, cancelled; and the personal calendar feed.
let platform: Awaited<ReturnType<typeof startTestPlatform>>;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
const { db, one, all, count } = sqlOf(() => platform);
const person = (email: string) => platform.services.db.select().from(users).where(eq(users.email, email)).get()!;

// Every letter that arrives is kept here; a test takes the ones it expects, whatever their order.
const inbox: ParsedMail[] = [];
const recipient = (m: ParsedMail) => (m.to && !Array.isArray(m.to) ? m.to.text : "");
async function take(n: number, matches: (m: ParsedMail) => boolean, what: string): Promise<ParsedMail[]> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const found = inbox.filter(matches);
    if (found.length >= n) {
      for (const m of found) inbox.splice(inbox.indexOf(m), 1);
      expect(found, `${what}: exactly ${n} letters`).toHaveLength(n);
      return found;
    }
    if (Date.now() > deadline) throw new Error(`${what}: ${found.length} of ${n} letters arrived`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** The calendar attached to a letter, parsed back. */
function calendarOf(mail: ParsedMail) {
  const attachment = mail.attachments.find((a) => a.contentType.startsWith("text/calendar"));
  if (!attachment) throw new Error(`no .ics attached to «${mail.subject}» for ${recipient(mail)}`);
  const calendar = new ICAL.Component(ICAL.parse(attachment.content.toString("utf8")));
  const vevent = calendar.getFirstSubcomponent("vevent")!;
  const event = new ICAL.Event(vevent);
  return {
    filename: attachment.filename,
    method: calendar.getFirstPropertyValue("method"),
    uid: event.uid,
    sequence: event.sequence,
    start: event.startDate.toJSDate().getTime(),
    summary: event.summary,
    status: vevent.getFirstPropertyValue("status"),
    attendees: vevent.getAllProperties("attendee").length,
  };
}

/** A feed as a calendar app reads it: each event's UID, sequence, start and status. */
async function feedEvents(path: string) {
  const response = await fetch(new URL(path, platform.url));
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/^text\/calendar/);
  const calendar = new ICAL.Component(ICAL.parse(await response.text()));
  expect(calendar.getFirstPropertyValue("method")).toBe("PUBLISH");
  return calendar.getAllSubcomponents("vevent").map((v) => {
    const event = new ICAL.Event(v);
    return {
      uid: event.uid,
      sequence: event.sequence,
      start: event.startDate.toJSDate().getTime(),
      status: v.getFirstPropertyValue("status"),
    };
  });
}
const feedPath = (userId: number) => new URL(issueCalendarFeed(platform.services, userId)).pathname;

const WG = 1;
const RU = 1;
let startsOn: string;
let details: MeetingDetailsInput;
let meetingId: number;
let number: number;
let uid: string;
let expected: string[];
const letterOf = (m: ParsedMail) =>
  m.attachments.some((a) => a.contentType.startsWith("text/calendar")) &&
  calendarOf(m).uid.startsWith(`meeting-${meetingId}@`);
const auditOf = (action: string, id: number) =>
  all<{ actor_id: number; details: string }>(
    "select actor_id, details from audit_log where action = ? and subject_id = ? order by seq",
    action,
    String(id),
  );

beforeAll(async () => {
  smtp = await startSmtpServer();
  platform = await startTestPlatform({ smtpUrl: smtp.url });
  void (async () => {
    for (;;) inbox.push(await smtp.nextMessage());
  })();
});
afterAll(async () => {
  await platform.close();
  await smtp.close();
});

describe("a meeting's letters carry calendar invitations that stay in step (RFC 5545/5546)", () => {
  it("convening writes to every member of the body at the meeting's date and every invited guest, each with an .ics", async () => {
    const { services } = platform;
    const cochair = person("cochair.ru@example.org");
    const body = findBody(services.db, WG)!;
    startsOn = addCalendarDays(localDateOf(new Date(), body.timezone), 40);
    details = {
      startsOn,
      startsAtTime: "10:00",
      durationMinutes: 180,
      place: "Москва, ул. Ильинка, д. 21",
      format: "hybrid",
      videoLink: "https://video.example.org/mrg-rf-rk",
    };
    meetingId = createMeeting(services, cochair, WG, details);
    addAgendaItem(services, cochair, meetingId, {
      title: "О взаимном признании профессиональных квалификаций",
      description: "",
      speakers: "",
      durationMinutes: 45,
    });
    const meeting = findMeeting(services.db, meetingId)!;
    number = meeting.number;

    // Someone who joins the RU side only the day after the meeting is not on its roll and gets no letter.
    addMember(services, cochair, WG, RU, {
      email: "partner@example.org",
      name: "",
      role: "member",
      startsAt: startOfLocalDay(addCalendarDays(startsOn, 1), body.timezone),
    });
    // An observer invited to the draft: no letter yet, it comes with the convocation.
    const outbox = count("outbox");
    inviteGuest(services, cochair, meetingId, {
      email: "expert@example.org",
      name: "Зайцев Виктор Петрович",
      kind: "observer",
    });
    expect(count("outbox")).toBe(outbox);

    expected = [
      ...compositionAt(services.db, WG, meeting.startsAt).flatMap((c) => c.seats.map((s) => s.email)),
      "expert@example.org",
    ].sort();
    expect(expected).toHaveLength(9 + 8 + 1);
    expect(expected).not.toContain("partner@example.org");

    approveByEverySide(services, meetingId, WG);
    expect(conveneMeeting(services, cochair, meetingId)).toBe(18);
    await platform.mail.drain();
    const letters = await take(18, letterOf, "convocation");
    expect(letters.map(recipient).sort()).toEqual(expected);

    const calendars = letters.map(calendarOf);
    uid = calendars[0]!.uid;
    expect(uid).toMatch(new RegExp(`^meeting-${meetingId}@localhost$`));
    for (const ics of calendars) {
      expect(ics).toMatchObject({
        filename: "invite.ics",
        method: "REQUEST",
        uid,
        sequence: 0,
        start: meeting.startsAt.getTime(),
        status: "CONFIRMED",
        attendees: 18,
      });
      expect(ics.summary).toContain(`заседание № ${number}`);
    }
    expect(meeting.startsAt.toISOString()).toBe(
      zonedDateTimeToInstant(startsOn, "10:00", "Europe/Moscow").toISOString(),
    );

    // Each in their own language: Russian by default, English for a member whose profile says so.
    const byRecipient = new Map(letters.map((l) => [recipient(l), l]));
    expect(byRecipient.get("cochair.kz@example.org")!.subject).toBe(`Заседание № ${number}: ${body.titleRu}`);
    expect(byRecipient.get("member5.ru@example.org")!.subject).toBe(`Meeting No. ${number}: ${body.titleEn}`);
    expect(byRecipient.get("expert@example.org")!.text).toContain("О взаимном признании профессиональных квалификаций");

    const audit = auditOf("meeting.convened", meetingId);
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actor_id).toBe(cochair.id);
    expect(JSON.parse(audit[0]!.details)).toEqual({ recipients: 18, sideId: RU, capacity: "co_chair" });
  });

  it("a change of time, proposed by one side and agreed by the other (R2), sends everyone an update: the same UID, SEQUENCE 1, the new start", async () => {
    const moved = { ...details, startsAtTime: "14:30" };
    const outbox = count("outbox");
    const { proposalId } = proposeChange(platform.services, person("cochair.kz@example.org"), meetingId, moved);
    // Nothing moves and nobody is written to until the other side agrees.
    expect(count("outbox")).toBe(outbox);
    expect(findMeeting(platform.services.db, meetingId)).toMatchObject({ icsSequence: 0 });
    expect(agreeToChange(platform.services, person("cochair.ru@example.org"), meetingId, proposalId)).toEqual({
      inEffect: true,
    });
    await platform.mail.drain();
    const letters = await take(18, letterOf, "update");
    expect(letters.map(recipient).sort()).toEqual(expected);
    const newStart = zonedDateTimeToInstant(startsOn, "14:30", "Europe/Moscow").getTime();
    for (const letter of letters)
      expect(calendarOf(letter)).toMatchObject({
        method: "REQUEST",
        uid,
        sequence: 1,
        start: newStart,
        status: "CONFIRMED",
      });
    expect(letters.find((l) => recipient(l) === "secretary.ru@example.org")!.subject).toMatch(
      /^Изменения: заседание № \d+/,
    );
    expect(findMeeting(platform.services.db, meetingId)).toMatchObject({ icsSequence: 1 });
    const audit = auditOf("meeting.updated", meetingId);
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.details)).toEqual({ changed: ["startsAt"] });
  });

  it("the personal calendar feed lists the member's meetings, and only theirs; a wrong address is 404", async () => {
    const { services } = platform;
    const kz = person("cochair.kz@example.org");
    const path = feedPath(kz.id);
    expect(path).toMatch(/^\/calendar\/[a-z2-7]{32}\.ics$/);
    const events = await feedEvents(path);
    const ours = events.find((e) => e.uid === uid);
    expect(ours).toEqual({
      uid,
      sequence: 1,
      start: zonedDateTimeToInstant(startsOn, "14:30", "Europe/Moscow").getTime(),
      status: "CONFIRMED",
    });

    // A meeting of body 3 (the Moscow Region partnership), where the KZ co-chair has no seat.
    const mosreg = person("member4.ru@example.org");
    const other = createMeeting(services, mosreg, 3, {
      ...details,
      startsOn: addCalendarDays(startsOn, 2),
    });
    addAgendaItem(services, mosreg, other, {
      title: "О плане мероприятий партнёрства",
      description: "",
      speakers: "",
      durationMinutes: 30,
    });
    approveByEverySide(services, other, 3);
    expect(conveneMeeting(services, mosreg, other)).toBe(4);
    await platform.mail.drain();
    await take(
      4,
      (m) =>
        m.attachments.some((a) => a.contentType.startsWith("text/calendar")) &&
        calendarOf(m).uid.startsWith(`meeting-${other}@`),
      "partnership convocation",
    );
    expect(auditOf("meeting.convened", other)).toHaveLength(1);
    const otherUid = `meeting-${other}@localhost`;

    expect((await feedEvents(path)).map((e) => e.uid)).not.toContain(otherUid);
    const both = (await feedEvents(feedPath(mosreg.id))).map((e) => e.uid);
    expect(both).toContain(uid);
    expect(both).toContain(otherUid);
    // Nobody outside both bodies sees either meeting.
    const stranger = (await feedEvents(feedPath(person("admin@example.org").id))).map((e) => e.uid);
    expect(stranger).not.toContain(uid);
    expect(stranger).not.toContain(otherUid);

    // A wrong or malformed address, or one replaced by a new one, is not found.
    const client = new TestClient(platform.url);
    expect((await client.get(`/calendar/${"a".repeat(32)}.ics`)).status).toBe(404);
    expect((await client.get("/calendar/not-a-token.ics")).status).toBe(404);
    const fresh = feedPath(kz.id);
    expect((await client.get(path)).status).toBe(404);
    expect((await client.get(fresh)).status).toBe(200);
  });

  it("a cancellation sends METHOD:CANCEL with STATUS:CANCELLED, the same UID and a higher SEQUENCE, and is audited", async () => {
    // R5: the RU deputy acts for the co-chair, who has recorded that they are away today.
    const ruCoChair = person("cochair.ru@example.org");
    const seat = one<{ id: number }>(
      "select id from memberships where user_id = ? and body_id = ? and ends_at is null",
      ruCoChair.id,
      WG,
    ).id;
    const today = localDateOf(new Date(), "Europe/Moscow");
    recordAbsence(platform.services, ruCoChair, WG, seat, { from: today, to: addCalendarDays(today, 3) });
    const cochair = person("deputy.ru@example.org");
    cancelMeeting(platform.services, cochair, meetingId);
    await platform.mail.drain();
    const letters = await take(18, letterOf, "cancellation");
    expect(letters.map(recipient).sort()).toEqual(expected);
    for (const letter of letters) {
      expect(calendarOf(letter)).toMatchObject({
        filename: "cancel.ics",
        method: "CANCEL",
        uid,
        sequence: 2,
        status: "CANCELLED",
      });
      expect(letter.attachments[0]!.contentType).toBe("text/calendar");
    }
    expect(letters.find((l) => recipient(l) === "member1.ru@example.org")!.subject).toMatch(
      /^Отменено: заседание № \d+/,
    );
    const audit = auditOf("meeting.cancelled", meetingId);
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actor_id).toBe(cochair.id);
    expect(JSON.parse(audit[0]!.details)).toEqual({ recipients: 18, sideId: RU, capacity: "deputy" });

    // Calendars that subscribe learn it too.
    const events = await feedEvents(feedPath(person("member2.kz@example.org").id));
    expect(events.find((e) => e.uid === uid)).toMatchObject({ sequence: 2, status: "CANCELLED" });
    expect(verifyAuditLog(platform.services.db)).toMatchObject({ ok: true });
    expect(count("outbox", "status != 'sent'")).toBe(0);
  });
});
