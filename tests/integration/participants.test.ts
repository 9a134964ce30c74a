import { eq } from "drizzle-orm";
import { type ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditLog } from "../../db/audit";
import { addCalendarDays, localDateOf } from "~/lib/zoned-time";
import { addAgendaItem, proposeAgendaItem } from "../../db/commands/meetings/agenda";
import { registerPresence } from "../../db/commands/meetings/attendance";
import { conveneMeeting, createMeeting } from "../../db/commands/meetings/convening";
import { findBody } from "../../db/queries/bodies";
import { users } from "../../db/schema/accounts";
import { TestClient } from "../support/http";
import { approveByEverySide } from "../support/meetings";
import { startTestPlatform } from "../support/platform";
import { sqlOf } from "../support/sql";
import { linkIn, startSmtpServer } from "../support/smtp";
import ICAL from "ical.js";

// The participants page of a meeting of body 1, the RU–KZ working group (side 1 RU: 9 members, side 2 KZ: 8).
let platform: Awaited<ReturnType<typeof startTestPlatform>>;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
const { db, one, all, count } = sqlOf(() => platform);
const person = (email: string) => platform.services.db.select().from(users).where(eq(users.email, email)).get()!;

// Every letter that arrives is kept here; a test takes the ones it expects, whatever their order.
const inbox: ParsedMail[] = [];
const recipient = (m: ParsedMail) => (m.to && !Array.isArray(m.to) ? m.to.text : "");
async function mailTo(address: string, subject: RegExp): Promise<ParsedMail> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const at = inbox.findIndex((m) => recipient(m) === address && subject.test(m.subject ?? ""));
    if (at >= 0) return inbox.splice(at, 1)[0]!;
    if (Date.now() > deadline)
      throw new Error(
        `no letter to ${address} matching ${subject}; have: ${inbox.map((m) => `${recipient(m)} «${m.subject}»`).join("; ")}`,
      );
    await new Promise((r) => setTimeout(r, 25));
  }
}

let meetingId: number;
let items: { first: number; second: number; proposed: number };
const page = () => `/meetings/${meetingId}/participants`;

async function signedIn(email: string, password = "demo-password") {
  const client = new TestClient(platform.url);
  await client.signIn(email, password);
  return client;
}

/** The opinion form as a browser sends it: multipart, with a file. */
function postMultipart(
  client: TestClient,
  path: string,
  fields: Record<string, string | string[]>,
  file?: { name: string; type: string; text: string },
) {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields))
    for (const v of Array.isArray(value) ? value : [value]) form.append(key, v);
  if (file) form.append("file", new Blob([file.text], { type: file.type }), file.name);
  return fetch(new URL(path, platform.url), {
    method: "POST",
    body: form,
    redirect: "manual",
    headers: { origin: client.origin, cookie: `session=${client.cookie("session")}` },
  });
}

const opinionState = (authorEmail: string) => ({
  opinions: all("select * from written_opinions where author_id = ? order by id", person(authorEmail).id),
  items: all(
    "select i.* from written_opinion_items i join written_opinions o on o.id = i.opinion_id where o.author_id = ? order by i.agenda_item_id",
    person(authorEmail).id,
  ),
  files: count("files"),
  audit: count("audit_log"),
});

beforeAll(async () => {
  smtp = await startSmtpServer();
  platform = await startTestPlatform({ smtpUrl: smtp.url });
  void (async () => {
    for (;;) inbox.push(await smtp.nextMessage());
  })();

  // A meeting a month ahead with two accepted items and one proposal still waiting, convened by the RU co-chair.
  const { services } = platform;
  const cochair = person("cochair.ru@example.org");
  const body = findBody(services.db, 1)!;
  const startsOn = addCalendarDays(localDateOf(new Date(), body.timezone), 30);
  meetingId = createMeeting(services, cochair, 1, {
    startsOn,
    startsAtTime: "10:00",
    durationMinutes: 180,
    place: "Москва, ул. Ильинка, д. 21",
    format: "hybrid",
    videoLink: "https://video.example.org/mrg-rf-rk",
  });
  const item = (title: string) => ({ title, description: "", speakers: "", durationMinutes: 30 });
  const first = addAgendaItem(services, cochair, meetingId, item("О взаимном признании профессиональных квалификаций"));
  const second = addAgendaItem(services, cochair, meetingId, item("О плане работы рабочей группы на 2027 год"));
  approveByEverySide(services, meetingId, 1);
  conveneMeeting(services, cochair, meetingId);
  // Members see the meeting once it is convened; a member's proposal waits for a co-chair's decision.
  const proposed = proposeAgendaItem(
    services,
    person("member1.ru@example.org"),
    meetingId,
    item("О цифровом реестре квалификаций"),
  );
  items = { first, second, proposed };
  await platform.mail.drain();
});
afterAll(async () => {
  await platform.close();
  await smtp.close();
});

describe("a member answers the invitation and, when absent, sends a written opinion (R8)", () => {
  it("answers 'absent', submits an opinion on one item, then edits it (with a file) before the meeting starts", async () => {
    const member = await signedIn("member1.kz@example.org");
    const before = await member.get(page());
    expect(before.status).toBe(200);
    const html = await before.text();
    expect(html).toContain("Мой ответ на приглашение");
    expect(html).toContain("Буду отсутствовать");
    expect(html).toContain("Российская Федерация: 9 членов");
    expect(html).toContain("Республика Казахстан: 8 членов");
    expect(html).toContain("Соколов Андрей Викторович");
    expect(html).toContain("Минтруд России");
    expect(html).toContain("Ответили 0 из 8.");
    expect(html).not.toContain('name="text"'); // no opinion form before the answer "absent"

    const answered = await member.post(page(), { intent: "answer", answer: "absent" });
    expect(answered.status).toBe(302);
    expect(answered.headers.get("location")).toBe(`${page()}?notice=answeredAbsent#opinion`);
    expect(
      one(
        "select answer from rsvps where meeting_id = ? and user_id = ?",
        meetingId,
        person("member1.kz@example.org").id,
      ),
    ).toEqual({ answer: "absent" });

    const withForm = await (await member.get(page())).text();
    expect(withForm).toContain("будет отсутствовать");
    expect(withForm).toContain("Ответили 1 из 8.");
    expect(withForm).toContain('name="text"');
    expect(withForm).toContain("1. О взаимном признании профессиональных квалификаций");
    expect(withForm).not.toContain("О цифровом реестре квалификаций"); // a proposal is not an item one can give an opinion on

    const sent = await member.post(page(), {
      intent: "opinion",
      text: "Поддерживаю проект решения по вопросу 1.",
      itemIds: String(items.first),
    });
    expect(sent.status).toBe(302);
    expect(sent.headers.get("location")).toBe(`${page()}?notice=opinionSaved#opinion`);
    const { opinions, items: concerned } = opinionState("member1.kz@example.org");
    expect(opinions).toHaveLength(1);
    expect(opinions[0]).toMatchObject({ text: "Поддерживаю проект решения по вопросу 1.", file_id: null });
    expect(concerned.map((i) => (i as { agenda_item_id: number }).agenda_item_id)).toEqual([items.first]);
    const shown = await (await member.get(page())).text();
    expect(shown).toContain("Ваше мнение");
    expect(shown).toContain("Поддерживаю проект решения по вопросу 1.");
    expect(shown).toContain("Мнение можно изменить до начала заседания.");

    // The edit goes as the page's form sends it: multipart, now with a text file, and about the other item.
    const edited = await postMultipart(
      member,
      page(),
      { intent: "opinion", text: "Поддерживаю, с уточнением по плану на 2027 год.", itemIds: [String(items.second)] },
      { name: "pozitsiya.txt", type: "text/plain", text: "Позиция стороны РК по плану работы на 2027 год." },
    );
    expect(edited.status).toBe(302);
    expect(edited.headers.get("location")).toBe(`${page()}?notice=opinionUpdated#opinion`);
    const after = opinionState("member1.kz@example.org");
    expect(after.opinions).toHaveLength(1);
    const opinion = after.opinions[0] as { id: number; text: string; file_id: number | null };
    expect(opinion.id).toBe((opinions[0] as { id: number }).id);
    expect(opinion.text).toBe("Поддерживаю, с уточнением по плану на 2027 год.");
    expect(after.items.map((i) => (i as { agenda_item_id: number }).agenda_item_id)).toEqual([items.second]);
    expect(one("select original_name from files where id = ?", opinion.file_id)).toEqual({
      original_name: "pozitsiya.txt",
    });
    expect(await (await member.get(page())).text()).toContain("pozitsiya.txt");

    const actions = all<{ action: string }>(
      "select action from audit_log where subject_type = 'meeting' and subject_id = ? and actor_id = ? order by seq",
      String(meetingId),
      person("member1.kz@example.org").id,
    ).map((a) => a.action);
    expect(actions).toEqual(["rsvp.answered", "opinion.submitted", "opinion.updated"]);
  });

  it("once the secretary registers the member present, a new submission is refused in Russian and nothing changes", async () => {
    const email = "member2.kz@example.org";
    const member = await signedIn(email);
    await member.post(page(), { intent: "answer", answer: "absent" });
    expect(
      (
        await member.post(page(), {
          intent: "opinion",
          text: "Прошу учесть замечания к вопросу 2.",
          itemIds: String(items.second),
        })
      ).status,
    ).toBe(302);

    registerPresence(platform.services, person("secretary.kz@example.org"), meetingId, person(email).id, "in_person");
    const before = opinionState(email);
    const refused = await member.post(page(), {
      intent: "opinion",
      text: "Новая редакция мнения.",
      itemIds: String(items.first),
    });
    expect(refused.status).toBe(409);
    const html = await refused.text();
    expect(html).toContain(
      "Вы отмечены как присутствующий: на заседании вы высказываетесь лично, письменное мнение не принимается.",
    );
    expect(opinionState(email)).toEqual(before);

    // The page says why the form is gone, and the roll shows the presence.
    const shown = await (await member.get(page())).text();
    expect(shown).toContain("Форма письменного мнения недоступна.");
    expect(shown).toContain(
      "Вы отмечены как присутствующий: на заседании вы высказываетесь лично, письменное мнение не принимается.",
    );
    expect(shown).toContain("Вы отмечены присутствующим очно.");
    expect(shown).toContain("присутствует очно");
    expect(shown).toContain("Прошу учесть замечания к вопросу 2.");
    expect(shown).not.toContain('name="text"');
  });

  it("an opinion with no item chosen (or an item not on the agenda) is refused at the field, and nothing is written", async () => {
    const email = "member4.kz@example.org";
    const member = await signedIn(email);
    await member.post(page(), { intent: "answer", answer: "absent" });
    const before = opinionState(email);

    const noItem = await member.post(page(), { intent: "opinion", text: "Мнение без вопроса." });
    expect(noItem.status).toBe(422);
    const html = await noItem.text();
    expect(html).toMatch(/class="field__error"[^>]*>Отметьте хотя бы один вопрос повестки\.</);
    expect(html).toContain("Мнение без вопроса."); // what was typed stays in the form

    const proposal = await member.post(page(), {
      intent: "opinion",
      text: "Мнение о предложении.",
      itemIds: String(items.proposed),
    });
    expect(proposal.status).toBe(422);
    expect(await proposal.text()).toMatch(/class="field__error"[^>]*>Отметьте хотя бы один вопрос повестки/);

    const noText = await member.post(page(), { intent: "opinion", text: "   ", itemIds: String(items.first) });
    expect(noText.status).toBe(422);
    expect(await noText.text()).toMatch(/class="field__error"[^>]*>Напишите текст мнения\.</);
    expect(opinionState(email)).toEqual(before);
  });

  it("a member whose profile is in English reads the page in English", async () => {
    const html = await (await (await signedIn("member5.ru@example.org")).get(page())).text();
    expect(html).toContain("My answer to the invitation");
    expect(html).toContain("I will attend by video");
    expect(html).toContain("Experts and observers");
    expect(html).toContain("Российская Федерация: 9 members");
  });
});

describe("experts and observers (R12): invited by a co-chair, shown apart, never counted", () => {
  it("the co-chair invites an expert with no account: two letters arrive, and the expert sees the meeting but not the body", async () => {
    const cochair = await signedIn("cochair.ru@example.org");
    const form = await (await cochair.get(page())).text();
    expect(form).toContain("Пригласить эксперта или наблюдателя");

    const invited = await cochair.post(page(), {
      intent: "invite",
      email: "S.Akhmetova@Example.org",
      name: "Ахметова Сауле Каримовна",
      kind: "expert",
    });
    expect(invited.status).toBe(302);
    expect(invited.headers.get("location")).toBe(`${page()}?notice=guestInvited`);
    const expert = one<{ id: number; status: string }>(
      "select id, status from users where email = 's.akhmetova@example.org'",
    );
    expect(expert.status).toBe("invited");
    expect(one("select kind from meeting_guests where meeting_id = ? and user_id = ?", meetingId, expert.id)).toEqual({
      kind: "expert",
    });
    const audit = one<{ actor_id: number; details: string }>(
      "select actor_id, details from audit_log where action = 'guest.invited' and subject_id = ?",
      String(meetingId),
    );
    expect(audit.actor_id).toBe(person("cochair.ru@example.org").id);
    expect(JSON.parse(audit.details)).toEqual({
      userId: expert.id,
      kind: "expert",
      newAccount: true,
      sideId: 1,
      capacity: "co_chair",
    });

    // The invitation to the platform, and the meeting's own letter with its calendar invitation.
    const invitation = await mailTo("s.akhmetova@example.org", /^Приглашение на платформу сотрудничества$/);
    expect(invitation.text).toContain("Соколов Андрей Викторович приглашает вас");
    const letter = await mailTo(
      "s.akhmetova@example.org",
      /^Приглашение на заседание № \d+: Межгосударственная рабочая группа/,
    );
    const ics = letter.attachments.find((a) => a.contentType.startsWith("text/calendar"));
    expect(ics).toBeDefined();
    const calendar = new ICAL.Component(ICAL.parse(ics!.content.toString("utf8")));
    expect(calendar.getFirstPropertyValue("method")).toBe("REQUEST");
    expect(new ICAL.Event(calendar.getFirstSubcomponent("vevent")!).uid).toMatch(new RegExp(`^meeting-${meetingId}@`));

    // Listed apart from the members, who are counted as before.
    const listed = await (await cochair.get(page())).text();
    expect(listed).toContain("Ахметова Сауле Каримовна");
    expect(listed).toContain("ещё не принял(а) приглашение на платформу");
    expect(listed).toContain("Российская Федерация: 9 членов");
    expect(listed).toContain("Республика Казахстан: 8 членов");

    // The expert accepts the invitation through its link, as a person would.
    const link = linkIn(invitation, `${platform.url}/invite/`);
    const guest = new TestClient(platform.url);
    expect((await guest.get(link)).status).toBe(200);
    const accepted = await guest.post(link, {
      name: "Ахметова Сауле Каримовна",
      password: "экспертное-мнение-2026",
      confirm: "экспертное-мнение-2026",
    });
    expect(accepted.status).toBe(302);

    const agenda = await guest.get(`/meetings/${meetingId}`);
    expect(agenda.status).toBe(200);
    expect(await agenda.text()).toMatch(/Заседание № \d+/);
    const participants = await guest.get(page());
    expect(participants.status).toBe(200);
    const html = await participants.text();
    expect(html).toContain("Вы приглашены на это заседание; ваш статус: эксперт.");
    expect(html).not.toContain('name="answer"');
    expect(html).not.toContain('value="invite"');
    expect((await guest.get("/bodies/1")).status).toBe(404);

    // A guest does not answer the invitation: refused, and nothing is written.
    const answer = await guest.post(page(), { intent: "answer", answer: "in_person" });
    expect(answer.status).toBe(403);
    expect(await answer.text()).toContain("Нет доступа");
    expect(count("rsvps", "user_id = ?", expert.id)).toBe(0);
    expect(verifyAuditLog(platform.services.db)).toMatchObject({ ok: true });
  });

  it("errors on the invitation form are shown at the field", async () => {
    const cochair = await signedIn("cochair.kz@example.org");
    const guests = count("meeting_guests");
    const bad = await cochair.post(page(), { intent: "invite", email: "not-an-email", name: "", kind: "expert" });
    expect(bad.status).toBe(422);
    const html = await bad.text();
    expect(html).toMatch(/class="field__error"[^>]*>Укажите адрес электронной почты/);
    expect(html).toMatch(/class="field__error"[^>]*>Заполните это поле\./);
    const member = await cochair.post(page(), {
      intent: "invite",
      email: "member1.ru@example.org",
      name: "Орлов Дмитрий Павлович",
      kind: "observer",
    });
    expect(member.status).toBe(409);
    expect(await member.text()).toMatch(
      /class="field__error"[^>]*>Этот человек — член органа: его не нужно приглашать как гостя\.</,
    );
    const twice = await cochair.post(page(), {
      intent: "invite",
      email: "s.akhmetova@example.org",
      name: "Ахметова Сауле Каримовна",
      kind: "observer",
    });
    expect(twice.status).toBe(409);
    expect(await twice.text()).toMatch(/class="field__error"[^>]*>Этот человек уже приглашён на заседание\.</);
    expect(count("meeting_guests")).toBe(guests);
  });

  it("a member cannot invite guests: 403, and nothing changes", async () => {
    const member = await signedIn("member3.ru@example.org");
    expect(await (await member.get(page())).text()).not.toContain('value="invite"');
    const snapshot = () => ({
      users: count("users"),
      guests: count("meeting_guests"),
      outbox: count("outbox"),
      audit: count("audit_log"),
    });
    const before = snapshot();
    const refused = await member.post(page(), {
      intent: "invite",
      email: "someone.new@example.org",
      name: "Новый Гость",
      kind: "observer",
    });
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain("Нет доступа");
    expect(snapshot()).toEqual(before);
  });

  it("R5 (3.3, 3.6): a deputy invites no guest while the side's co-chair is available; nothing changes", async () => {
    const deputy = await signedIn("deputy.kz@example.org");
    expect(await (await deputy.get(page())).text()).not.toContain('value="invite"');
    const before = { users: count("users"), guests: count("meeting_guests"), audit: count("audit_log") };
    const refused = await deputy.post(page(), {
      intent: "invite",
      email: "deputy.guest@example.org",
      name: "Гость Заместителя",
      kind: "observer",
    });
    expect(refused.status).toBe(409);
    expect(await refused.text()).toContain("Сопредседатель вашей стороны на месте");
    expect({ users: count("users"), guests: count("meeting_guests"), audit: count("audit_log") }).toEqual(before);
  });
});
