import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditLog } from "../../db/audit";
import { addCalendarDays, localDateOf } from "~/lib/zoned-time";
import { addAgendaItem } from "../../db/commands/meetings/agenda";
import { conveneMeeting, createMeeting } from "../../db/commands/meetings/convening";
import { inviteGuest } from "../../db/commands/meetings/guests";
import { submitMaterial } from "../../db/commands/meetings/materials";
import { submitOpinion } from "../../db/commands/meetings/opinions";
import { startMeeting } from "../../db/commands/meetings/presiding";
import { findBody } from "../../db/queries/bodies";
import { users, type User } from "../../db/schema/accounts";
import { TestClient } from "../support/http";
import { approveByEverySide, thisMinuteIn } from "../support/meetings";
import { startTestPlatform } from "../support/platform";

// The live page of a meeting in progress (/meetings/:id/live) against the real server: the secretary registers
// presence through the page, every watcher hears of it over server-sent events, and the quorum (R9, 3.7), the
// acting chair (R5, 3.3) and the audit log follow. The demo's working group (body 1): side RU has 9 members
// (5 needed), side KZ 8 (4 needed); body 3, the Moscow Region partnership, has no seat for member2.kz.

const WG = 1;
const PARTNERSHIP = 3;

let platform: Awaited<ReturnType<typeof startTestPlatform>>;
const sql = () => platform.services.db.$client;
const count = (query: string, ...params: unknown[]) =>
  (
    sql()
      .prepare(query)
      .get(...params) as { n: number }
  ).n;
const person = (email: string): User => platform.services.db.select().from(users).where(eq(users.email, email)).get()!;
const idOf = (email: string) => person(email).id;

beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform.close());

async function signedIn(email: string) {
  const client = new TestClient(platform.url);
  await client.signIn(email);
  return client;
}

/**
 * A meeting held today, this minute (a meeting opens only on its own day), with its agenda: drafted the day
 * before, its agenda approved by every side (R2) and convened by the body's co-chair, through the commands.
 */
function convenedMeeting(
  bodyId: number,
  chairEmail: string,
  titles = ["О ходе гармонизации классификаторов занятий"],
): number {
  const { services } = platform;
  const chair = person(chairEmail);
  const body = findBody(services.db, bodyId)!;
  const { startsOn, startsAtTime, convenedAt } = thisMinuteIn(body.timezone);
  const input = {
    startsOn,
    startsAtTime,
    durationMinutes: 120,
    place: "Москва, ул. Ильинка, 21",
    format: "in_person" as const,
    videoLink: null,
  };
  const meetingId = createMeeting(services, chair, bodyId, input, convenedAt);
  for (const title of titles)
    addAgendaItem(
      services,
      chair,
      meetingId,
      { title, description: "", speakers: "", durationMinutes: 30 },
      convenedAt,
    );
  approveByEverySide(services, meetingId, bodyId, convenedAt);
  conveneMeeting(services, chair, meetingId, convenedAt);
  return meetingId;
}

/** One click of the page's presence form, as the browser sends it without JavaScript. */
function mark(client: TestClient, meetingId: number, email: string, presence: "in_person" | "video" | "none") {
  return client.post(`/meetings/${meetingId}/live`, { intent: "presence", userId: String(idOf(email)), presence });
}

async function markAll(client: TestClient, meetingId: number, marks: [string, "in_person" | "video" | "none"][]) {
  for (const [email, presence] of marks) {
    const response = await mark(client, meetingId, email, presence);
    expect(response.status, `${email} → ${presence}`).toBe(200);
  }
}

/** What a reader sees: the page without its scripts (the dictionaries travel in them) and without tags. */
async function visibleText(client: TestClient, meetingId: number): Promise<string> {
  const response = await client.get(`/meetings/${meetingId}/live`);
  expect(response.status).toBe(200);
  return (await response.text())
    .replace(/<script[\s\S]*?<\/script>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/\s+/g, " ");
}

/** A server-sent event stream read frame by frame with the stream's own reader: no polling, no sleeping. */
async function subscribe(client: TestClient, meetingId: number) {
  const response = await client.get(`/live/meetings/${meetingId}`, { accept: "text/event-stream" });
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  async function next(): Promise<{ event: string; data: string; id: string | null }> {
    for (;;) {
      const end = buffer.indexOf("\n\n");
      if (end >= 0) {
        const lines = buffer.slice(0, end).split("\n");
        buffer = buffer.slice(end + 2);
        const field = (name: string) =>
          lines
            .find((l) => l.startsWith(`${name}:`))
            ?.slice(name.length + 1)
            .trim() ?? null;
        // A frame of comments only (": keep-alive") carries no event.
        if (field("event") === null && field("data") === null) continue;
        return { event: field("event") ?? "message", data: field("data") ?? "", id: field("id") };
      }
      const { value, done } = await reader.read();
      if (done) throw new Error("the event stream ended");
      buffer += decoder.decode(value, { stream: true });
    }
  }
  return { next, close: () => reader.cancel() };
}

describe("the live page is watched over server-sent events, by those who may read the meeting and nobody else", () => {
  it("a watcher's stream hears the change when the secretary registers someone present through the page", async () => {
    const meetingId = convenedMeeting(WG, "cochair.ru@example.org");
    const watcher = await signedIn("member2.kz@example.org");
    const stream = await subscribe(watcher, meetingId);
    try {
      // "ready" is written once the stream is registered with the hub: from here on nothing can be missed.
      expect((await stream.next()).event).toBe("ready");
      const secretary = await signedIn("secretary.ru@example.org");
      const changed = stream.next();
      const response = await mark(secretary, meetingId, "member1.ru@example.org", "video");
      expect(response.status).toBe(200);
      const frame = await changed;
      expect(frame.event).toBe("changed");
      expect(JSON.parse(frame.data)).toEqual({ what: "attendance" });
      expect(frame.id).toMatch(/^\d+$/);
      // The watcher's next load of the page shows the change.
      expect(await visibleText(watcher, meetingId)).toContain("Российская Федерация: присутствуют 1 из 9");
    } finally {
      await stream.close();
    }
  });

  it("a member of another body gets 404 from the stream, the page and its form, and nothing changes", async () => {
    const meetingId = convenedMeeting(PARTNERSHIP, "member4.ru@example.org");
    const stranger = await signedIn("member2.kz@example.org");
    expect((await stranger.get(`/live/meetings/${meetingId}`)).status).toBe(404);
    expect((await stranger.get(`/live/meetings/424242`)).status).toBe(404);
    expect((await stranger.get(`/meetings/${meetingId}/live`)).status).toBe(404);
    const before = {
      attendance: count("select count(*) as n from attendance"),
      audit: count("select count(*) as n from audit_log"),
    };
    const post = await mark(stranger, meetingId, "member4.ru@example.org", "in_person");
    expect(post.status).toBe(404);
    expect({
      attendance: count("select count(*) as n from attendance"),
      audit: count("select count(*) as n from audit_log"),
    }).toEqual(before);
    // Someone not signed in is not told anything either.
    expect((await new TestClient(platform.url).get(`/live/meetings/${meetingId}`)).status).toBe(401);
  });
});

describe("the page speaks the reader's language", () => {
  it("in English for a member who chose it, in Russian by default, with no message left untranslated", async () => {
    const meetingId = convenedMeeting(WG, "cochair.ru@example.org");
    const secretary = await signedIn("secretary.ru@example.org");
    await markAll(secretary, meetingId, [["deputy.kz@example.org", "video"]]);
    const english = await signedIn("member5.ru@example.org"); // the demo's English-speaking member
    const en = await visibleText(english, meetingId);
    expect(en).toContain("Not quorate: the meeting may not decide");
    expect(en).toContain("side “Российская Федерация” is 5 people short: 0 of 9 present, at least 5 needed.");
    expect(en).toContain("side “Республика Казахстан” is 3 people short: 1 of 8 present, at least 4 needed.");
    expect(en).toContain(
      "Co-chair Сарсенбаев Ерлан Бакытжанович is absent. Deputy co-chair Жумабаева Айгуль Маратовна acts as co-chair for this meeting.",
    );
    expect(en).toContain("Answer to the invitation: no answer");
    const ru = await visibleText(secretary, meetingId);
    expect(ru).toContain("Ход заседания · № ");
    expect(en).toContain("Meeting in progress · № ");
    for (const text of [en, ru]) expect(text).not.toMatch(/meetingsLive\.|role\.|meetingsLive/);
  });
});

describe("the quorum on the page (R9, 3.7): at least half of each side, by video too; guests never count", () => {
  it("flips from not quorate to quorate exactly at each side's boundary, and says why in words", async () => {
    const meetingId = convenedMeeting(WG, "cochair.ru@example.org");
    const secretary = await signedIn("secretary.ru@example.org");

    let text = await visibleText(secretary, meetingId);
    expect(text).toContain("Кворума нет: заседание неправомочно");
    expect(text).toContain(
      "стороне «Российская Федерация» не хватает 5 человек: присутствуют 0 из 9, нужно не менее 5.",
    );
    expect(text).toContain(
      "стороне «Республика Казахстан» не хватает 4 человек: присутствуют 0 из 8, нужно не менее 4.",
    );

    // RU one short of its 5, KZ exactly at its 4 (one of them by video).
    await markAll(secretary, meetingId, [
      ["member1.ru@example.org", "in_person"],
      ["member2.ru@example.org", "in_person"],
      ["member3.ru@example.org", "video"],
      ["member4.ru@example.org", "in_person"],
      ["deputy.kz@example.org", "in_person"],
      ["secretary.kz@example.org", "in_person"],
      ["member1.kz@example.org", "video"],
      ["member2.kz@example.org", "in_person"],
    ]);
    text = await visibleText(secretary, meetingId);
    expect(text).toContain("Кворума нет: заседание неправомочно");
    expect(text).toContain(
      "стороне «Российская Федерация» не хватает 1 человека: присутствуют 4 из 9, нужно не менее 5.",
    );
    expect(text).not.toContain("стороне «Республика Казахстан» не хватает");
    expect(text).toContain("Российская Федерация 4 из 9 присутствуют");
    expect(text).toContain("Республика Казахстан 4 из 8 присутствуют");
    expect(text).toContain("нужно не менее 4 · кворум стороны есть");
    expect(text).toContain("нужно не менее 5 · не хватает 1");

    // The fifth Russian member: both sides at their number.
    await markAll(secretary, meetingId, [["member5.ru@example.org", "video"]]);
    text = await visibleText(secretary, meetingId);
    expect(text).toContain("Кворум есть: заседание правомочно");
    expect(text).not.toContain("Кворума нет");
    expect(text).not.toContain("Почему:");
    expect(text).toContain("Российская Федерация 5 из 9 присутствуют");
    expect(text).toContain("Всего присутствуют 9 из 17 членов");

    // One Kazakh member leaves: KZ falls one short, and the page says so.
    await markAll(secretary, meetingId, [["member1.kz@example.org", "none"]]);
    text = await visibleText(secretary, meetingId);
    expect(text).toContain("Кворума нет: заседание неправомочно");
    expect(text).toContain(
      "стороне «Республика Казахстан» не хватает 1 человека: присутствуют 3 из 8, нужно не менее 4.",
    );
    expect(text).not.toContain("стороне «Российская Федерация» не хватает");
  });

  it("a body with another rule (the round table: an overall majority) is judged and explained by that rule", async () => {
    const ROUND_TABLE = 2; // 5 members on two sides: 3 needed overall, whatever the sides
    const meetingId = convenedMeeting(ROUND_TABLE, "member1.ru@example.org");
    const secretary = await signedIn("member2.ru@example.org");
    await markAll(secretary, meetingId, [
      ["member1.ru@example.org", "in_person"],
      ["member1.kz@example.org", "video"],
    ]);
    let text = await visibleText(secretary, meetingId);
    expect(text).toContain("Кворума нет: заседание неправомочно");
    expect(text).toContain("Почему: не хватает 1 человека: присутствуют 2 из 5 членов, нужно не менее 3.");
    expect(text).toContain("Правило: присутствует большинство членов органа.");
    await markAll(secretary, meetingId, [
      ["member1.ru@example.org", "in_person"],
      ["member2.ru@example.org", "in_person"],
    ]);
    text = await visibleText(secretary, meetingId);
    expect(text).toContain("Кворум есть: заседание правомочно");
    // One side alone makes the majority here: the sides are shown, not judged.
    expect(text).toContain("Союз «МАТМ»: присутствуют 3 из 3");
    expect(text).toContain("Ленинградская областная ТПП: присутствуют 0 из 2");
  });

  it("an expert registered present is shown apart and not counted", async () => {
    const meetingId = convenedMeeting(WG, "cochair.ru@example.org");
    const cochair = person("cochair.ru@example.org");
    inviteGuest(platform.services, cochair, meetingId, {
      email: "expert@example.org",
      name: "Зайцев Виктор Петрович",
      kind: "expert",
    });
    const secretary = await signedIn("secretary.ru@example.org");
    await markAll(secretary, meetingId, [
      ["member1.ru@example.org", "in_person"],
      ["member2.ru@example.org", "in_person"],
      ["member3.ru@example.org", "in_person"],
      ["member4.ru@example.org", "in_person"],
      ["expert@example.org", "in_person"],
    ]);
    expect(
      count(
        "select count(*) as n from attendance where meeting_id = ? and user_id = ?",
        meetingId,
        idOf("expert@example.org"),
      ),
    ).toBe(1);
    const text = await visibleText(secretary, meetingId);
    expect(text).toContain("Российская Федерация 4 из 9 присутствуют");
    expect(text).toContain(
      "стороне «Российская Федерация» не хватает 1 человека: присутствуют 4 из 9, нужно не менее 5.",
    );
    expect(text).toContain("Всего присутствуют 4 из 17 членов");
    expect(text).toContain("Кроме того, присутствуют эксперты и наблюдатели: 1. Они в кворуме не учитываются.");
    // Listed among the guests, with the word "expert", not on a side's roll.
    expect(text).toMatch(
      /Эксперты и наблюдатели Приглашены сопредседателем\. Права голоса не имеют и в кворуме не учитываются\. Зайцев Виктор Петрович эксперт, ВНИИ труда присутствует очно/,
    );
  });
});

describe("who chairs for each side (R5, 3.3 and 3.6)", () => {
  it("when the KZ co-chair is absent and the deputy present, the page says the deputy acts as co-chair", async () => {
    const meetingId = convenedMeeting(WG, "cochair.ru@example.org");
    const secretary = await signedIn("secretary.kz@example.org");
    await markAll(secretary, meetingId, [
      ["cochair.ru@example.org", "in_person"],
      ["deputy.kz@example.org", "video"],
    ]);
    let text = await visibleText(secretary, meetingId);
    expect(text).toContain(
      "Республика Казахстан Сопредседатель Сарсенбаев Ерлан Бакытжанович отсутствует. Заместитель сопредседателя Жумабаева Айгуль Маратовна исполняет обязанности сопредседателя на этом заседании.",
    );
    expect(text).toContain("Российская Федерация Соколов Андрей Викторович — сопредседатель, присутствует.");

    // The co-chair arrives: they chair, and the deputy no longer acts for them.
    await markAll(secretary, meetingId, [["cochair.kz@example.org", "in_person"]]);
    text = await visibleText(secretary, meetingId);
    expect(text).toContain("Республика Казахстан Сарсенбаев Ерлан Бакытжанович — сопредседатель, присутствует.");
    expect(text).not.toContain("исполняет обязанности сопредседателя");
  });
});

describe("registering attendance is the secretaries' and chairs' (R6, R8), and every registration is audited", () => {
  it("a member cannot register attendance: 403 with the reason, no buttons, and nothing changes", async () => {
    const meetingId = convenedMeeting(WG, "cochair.ru@example.org");
    const member = await signedIn("member1.ru@example.org");
    const page = await member.get(`/meetings/${meetingId}/live`);
    expect(page.status).toBe(200);
    expect(await page.text()).not.toContain('name="presence"');
    const before = {
      attendance: count("select count(*) as n from attendance where meeting_id = ?", meetingId),
      audit: count("select count(*) as n from audit_log"),
    };
    const response = await mark(member, meetingId, "member2.ru@example.org", "in_person");
    expect(response.status).toBe(403);
    expect(await response.text()).toContain(
      "У вас нет прав на это действие. Присутствие отмечают и мнения оглашают секретари и председательствующие",
    );
    expect({
      attendance: count("select count(*) as n from attendance where meeting_id = ?", meetingId),
      audit: count("select count(*) as n from audit_log"),
    }).toEqual(before);
    // Nor may a member chair it.
    expect((await member.post(`/meetings/${meetingId}/live`, { intent: "start" })).status).toBe(403);
    expect(sql().prepare("select status from meetings where id = ?").get(meetingId)).toEqual({ status: "convened" });
    // The secretary sees the buttons.
    const secretary = await signedIn("secretary.ru@example.org");
    expect(await (await secretary.get(`/meetings/${meetingId}/live`)).text()).toContain('name="presence"');
  });

  it("each registration is one entry of the audit log, with who marked whom and how; a repeated click adds none", async () => {
    const meetingId = convenedMeeting(WG, "cochair.ru@example.org");
    const secretary = await signedIn("secretary.ru@example.org");
    const clicks: [string, "in_person" | "video" | "none"][] = [
      ["member1.ru@example.org", "in_person"],
      ["member1.ru@example.org", "video"],
      ["member2.kz@example.org", "video"],
      ["member1.ru@example.org", "none"],
    ];
    await markAll(secretary, meetingId, clicks);
    await markAll(secretary, meetingId, [["member2.kz@example.org", "video"]]); // already so: nothing to record
    const entries = sql()
      .prepare(
        "select actor_id as actorId, details from audit_log where action = 'attendance.marked' and subject_type = 'meeting' and subject_id = ? order by seq",
      )
      .all(String(meetingId)) as { actorId: number; details: string }[];
    expect(entries.map((e) => ({ actorId: e.actorId, ...JSON.parse(e.details) }))).toEqual(
      clicks.map(([email, presence]) => ({
        actorId: idOf("secretary.ru@example.org"),
        userId: idOf(email),
        presence: presence === "none" ? null : presence,
      })),
    );
    expect(
      sql().prepare("select user_id as userId, presence from attendance where meeting_id = ?").all(meetingId),
    ).toEqual([{ userId: idOf("member2.kz@example.org"), presence: "video" }]);
    expect(verifyAuditLog(platform.services.db)).toMatchObject({ ok: true });
  });

  it("someone not on the roll is refused in words, and a finished meeting takes no more registrations", async () => {
    const meetingId = convenedMeeting(WG, "cochair.ru@example.org");
    const secretary = await signedIn("secretary.ru@example.org");
    const outsider = await mark(secretary, meetingId, "partner@example.org", "in_person");
    expect(outsider.status).toBe(422);
    expect(await outsider.text()).toContain(
      "Этого человека нет в составе органа на дату заседания и среди приглашённых.",
    );
    const cochair = await signedIn("cochair.ru@example.org");
    expect((await cochair.post(`/meetings/${meetingId}/live`, { intent: "start" })).status).toBe(200);
    expect((await cochair.post(`/meetings/${meetingId}/live`, { intent: "complete" })).status).toBe(200);
    expect(sql().prepare("select status from meetings where id = ?").get(meetingId)).toEqual({ status: "in_progress" });
    expect((await cochair.post(`/meetings/${meetingId}/live`, { intent: "complete", confirm: "yes" })).status).toBe(
      200,
    );
    expect(sql().prepare("select status from meetings where id = ?").get(meetingId)).toEqual({ status: "completed" });
    const late = await mark(secretary, meetingId, "member1.ru@example.org", "in_person");
    expect(late.status).toBe(409);
    expect(count("select count(*) as n from attendance where meeting_id = ?", meetingId)).toBe(0);
  });
});

describe("the current item, set by the presiding co-chair", () => {
  it("opening starts at the first item; next and choose move it; the page shows it to members", async () => {
    const meetingId = convenedMeeting(WG, "cochair.kz@example.org", [
      "Первый вопрос",
      "Второй вопрос",
      "Третий вопрос",
    ]);
    const member = await signedIn("member3.kz@example.org");
    expect(await visibleText(member, meetingId)).toContain(
      "Вопросы повестки рассматриваются после открытия заседания.",
    );
    const cochair = await signedIn("cochair.kz@example.org");
    expect((await cochair.post(`/meetings/${meetingId}/live`, { intent: "start" })).status).toBe(200);
    expect(await visibleText(member, meetingId)).toContain("Вопрос 1 из 3 Первый вопрос");
    const first = (
      sql().prepare("select current_item_id as id from meetings where id = ?").get(meetingId) as { id: number }
    ).id;
    // "Next" names the item the chair saw, so a double click moves on once.
    expect((await cochair.post(`/meetings/${meetingId}/live`, { intent: "next", from: String(first) })).status).toBe(
      200,
    );
    expect((await cochair.post(`/meetings/${meetingId}/live`, { intent: "next", from: String(first) })).status).toBe(
      200,
    );
    expect(await visibleText(member, meetingId)).toContain("Вопрос 2 из 3 Второй вопрос");
    const third = (
      sql().prepare("select id from agenda_items where meeting_id = ? and title = 'Третий вопрос'").get(meetingId) as {
        id: number;
      }
    ).id;
    expect(
      (await cochair.post(`/meetings/${meetingId}/live`, { intent: "current", itemId: String(third) })).status,
    ).toBe(200);
    expect(await visibleText(member, meetingId)).toContain("Вопрос 3 из 3 Третий вопрос");
    const last = await cochair.post(`/meetings/${meetingId}/live`, { intent: "next", from: String(third) });
    expect(last.status).toBe(409);
    expect(await last.text()).toContain("Это последний вопрос повестки: следующего нет.");
    const stale = await cochair.post(`/meetings/${meetingId}/live`, { intent: "current", itemId: "999999" });
    expect(stale.status).toBe(422);
    expect(await stale.text()).toContain("Такого вопроса нет в принятой повестке.");
    expect(
      (await member.post(`/meetings/${meetingId}/live`, { intent: "current", itemId: String(first) })).status,
    ).toBe(403);
    expect(
      sql()
        .prepare("select action from audit_log where action = 'meeting.current_item_set' and subject_id = ?")
        .all(String(meetingId)),
    ).toHaveLength(2);
  });

  it("a meeting opened by a deputy (R5) shows its first item to every member", async () => {
    const meetingId = convenedMeeting(WG, "cochair.ru@example.org", ["Единственный вопрос"]);
    startMeeting(platform.services, person("deputy.ru@example.org"), meetingId);
    const member = await signedIn("member6.ru@example.org");
    const text = await visibleText(member, meetingId);
    expect(text).toContain("Вопрос 1 из 1 Единственный вопрос");
    expect(text).toMatch(/Заседание идёт с /);
  });
});

describe("what belongs to the current item: its materials (R7) and the written opinions to read out (R8)", () => {
  const PDF = new TextEncoder().encode(
    "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n",
  );

  it("shows the item's circulated materials and opinions; the secretary marks an opinion read out", async () => {
    const meetingId = convenedMeeting(WG, "cochair.ru@example.org", ["Первый вопрос", "Второй вопрос"]);
    const { services } = platform;
    const [first, second] = (
      sql().prepare("select id from agenda_items where meeting_id = ? order by position").all(meetingId) as {
        id: number;
      }[]
    ).map((r) => r.id);
    const startsAt = (sql().prepare("select starts_at as t from meetings where id = ?").get(meetingId) as { t: number })
      .t;
    // R7: materials are due 10 days before the meeting; these came 15 days before.
    const onTime = new Date(startsAt - 15 * 86_400_000);
    const file = submitMaterial(
      services,
      person("member2.ru@example.org"),
      meetingId,
      {
        itemId: first!,
        title: "Проект перечня квалификаций",
        text: "",
        upload: { name: "перечень.pdf", bytes: PDF },
      },
      onTime,
    );
    submitMaterial(
      services,
      person("member3.ru@example.org"),
      meetingId,
      {
        itemId: first!,
        title: "Справка о ходе работ",
        text: "Работа ведётся по графику.",
        upload: null,
      },
      onTime,
    );
    // R7: a day before the meeting it is late, and not circulated until a co-chair accepts it.
    submitMaterial(
      services,
      person("member4.ru@example.org"),
      meetingId,
      { itemId: first!, title: "Поздняя записка", text: "Опоздала.", upload: null },
      new Date(startsAt - 86_400_000),
    );
    submitMaterial(
      services,
      person("member5.ru@example.org"),
      meetingId,
      {
        itemId: second!,
        title: "Материал ко второму вопросу",
        text: "Другое.",
        upload: null,
      },
      onTime,
    );
    const opinionId = submitOpinion(services, person("member6.ru@example.org"), meetingId, {
      text: "Поддерживаю проект перечня.",
      itemIds: [first!],
      upload: null,
    });
    submitOpinion(services, person("member4.kz@example.org"), meetingId, {
      text: "Предлагаю перенести второй вопрос.",
      itemIds: [second!],
      upload: null,
    });
    const secretary = await signedIn("secretary.ru@example.org");
    // The author of the first opinion comes after all.
    await markAll(secretary, meetingId, [["member6.ru@example.org", "video"]]);
    const cochair = await signedIn("cochair.ru@example.org");
    expect((await cochair.post(`/meetings/${meetingId}/live`, { intent: "start" })).status).toBe(200);

    const member = await signedIn("member1.kz@example.org");
    const html = await (await member.get(`/meetings/${meetingId}/live`)).text();
    expect(html).toContain(`href="/meetings/${meetingId}/materials/${file.id}"`);
    let text = await visibleText(member, meetingId);
    expect(text).toContain(
      "Проект перечня квалификаций Файл: перечень.pdf, 1 КБ Представил(а): Васильева Наталья Игоревна",
    );
    expect(text).toContain("Справка о ходе работ Представил(а): Морозов Сергей Иванович Работа ведётся по графику.");
    expect(text).not.toContain("Поздняя записка");
    expect(text).not.toContain("Материал ко второму вопросу");
    expect(text).toContain(
      "Григорьева Татьяна Юрьевна , Российская Федерация Подано членом, который затем присутствовал на заседании Поддерживаю проект перечня. Ещё не оглашено",
    );
    expect(text).not.toContain("Предлагаю перенести второй вопрос.");
    expect(html.replace(/<script[\s\S]*?<\/script>/g, "")).not.toContain("Отметить как оглашённое");

    expect(await (await secretary.get(`/meetings/${meetingId}/live`)).text()).toContain("Отметить как оглашённое");
    expect(
      (await member.post(`/meetings/${meetingId}/live`, { intent: "readOut", opinionId: String(opinionId) })).status,
    ).toBe(403);
    expect(
      (await secretary.post(`/meetings/${meetingId}/live`, { intent: "readOut", opinionId: String(opinionId) })).status,
    ).toBe(200);
    text = await visibleText(member, meetingId);
    expect(text).toMatch(/Поддерживаю проект перечня\. ✓ Оглашено .+, отметил\(а\) Белова Мария Алексеевна/);
    expect(
      sql()
        .prepare(
          "select actor_id as actorId, details from audit_log where action = 'opinion.read_out' and subject_id = ?",
        )
        .all(String(meetingId)),
    ).toEqual([{ actorId: idOf("secretary.ru@example.org"), details: JSON.stringify({ opinionId }) }]);

    // The second item brings its own material and opinion.
    const second2 = await cochair.post(`/meetings/${meetingId}/live`, { intent: "next", from: String(first) });
    expect(second2.status).toBe(200);
    text = await visibleText(member, meetingId);
    expect(text).toContain("Материал ко второму вопросу");
    expect(text).toContain("Предлагаю перенести второй вопрос.");
    expect(text).not.toContain("Поддерживаю проект перечня.");
  });
});
