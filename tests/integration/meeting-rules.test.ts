import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addCalendarDays, localDateOf } from "~/lib/zoned-time";
import { addAgendaItem } from "../../db/commands/meetings/agenda";
import { conveneMeeting, createMeeting } from "../../db/commands/meetings/convening";
import { acceptLateMaterial, submitMaterial } from "../../db/commands/meetings/materials";
import { agreeToChange, proposeChange } from "../../db/commands/meetings/rescheduling";
import { bodyScope, findBody } from "../../db/queries/bodies";
import { rollOf } from "../../db/queries/meetings";
import { users, type User } from "../../db/schema/accounts";
import { TestClient } from "../support/http";
import { approveByEverySide, thisMinuteIn } from "../support/meetings";
import { startTestPlatform } from "../support/platform";
import { sqlOf } from "../support/sql";

// The rules of the regulation that bind (issue 7): convening only with the agenda approved by every side and a
// convened meeting moved only by agreement (R2), the deputy only in the co-chair's absence (R5), opening only on
// the meeting's day, late materials recomputed on a move (R7), and the roll of a held meeting kept as it was (R9).
// Each refusal: its status, its message in the user's words, and a database left exactly as it was.

const WG = 1;
const [RU, KZ] = [1, 2];
const DAY = 86_400_000;

let platform: Awaited<ReturnType<typeof startTestPlatform>>;
const { one, all, count } = sqlOf(() => platform);
const person = (email: string): User => platform.services.db.select().from(users).where(eq(users.email, email)).get()!;
const inDays = (days: number) => addCalendarDays(localDateOf(new Date(), "Europe/Moscow"), days);

/** Everything a refused request could have touched. */
const state = (meetingId: number) => ({
  meeting: one("select * from meetings where id = ?", meetingId),
  approvals: all("select * from agenda_approvals where meeting_id = ? order by id", meetingId),
  proposals: all("select * from meeting_change_proposals where meeting_id = ? order by id", meetingId),
  consents: all("select * from meeting_change_consents order by proposal_id, side_id"),
  materials: all("select * from materials where meeting_id = ? order by id", meetingId),
  rolls: all("select * from meeting_rolls where meeting_id = ?", meetingId),
  absences: all("select * from seat_absences order by id"),
  outbox: count("outbox"),
  audit: count("audit_log"),
});

async function as(email: string) {
  const client = new TestClient(platform.url);
  await client.signIn(email);
  return client;
}

const details = (startsOn: string, startsAtTime = "10:00") => ({
  startsOn,
  startsAtTime,
  durationMinutes: 120,
  place: "Москва, ул. Ильинка, 21",
  format: "in_person" as const,
  videoLink: null,
});
const form = (d: ReturnType<typeof details>, intent: string) => ({
  intent,
  startsOn: d.startsOn,
  startsAtTime: d.startsAtTime,
  durationMinutes: String(d.durationMinutes),
  place: d.place,
  format: d.format,
  videoLink: "",
});

/** A draft of the working group with one question, by the RU co-chair, `daysAhead` from today (or at `when`). */
function draft(daysAhead: number, now = new Date(), when = details(inDays(daysAhead))): number {
  const { services } = platform;
  const chair = person("cochair.ru@example.org");
  const id = createMeeting(services, chair, WG, when, now);
  addAgendaItem(
    services,
    chair,
    id,
    { title: "О плане работы", description: "", speakers: "", durationMinutes: 30 },
    now,
  );
  return id;
}

function convened(daysAhead: number): number {
  const id = draft(daysAhead);
  approveByEverySide(platform.services, id, WG);
  conveneMeeting(platform.services, person("cochair.ru@example.org"), id);
  return id;
}

beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform.close());

describe("R2 (3.2 б): a meeting is convened only when every side has approved the current version of its agenda", () => {
  it("is refused while a side has not approved, naming that side, and nothing changes; then convened", async () => {
    const id = draft(30);
    const ru = await as("cochair.ru@example.org");
    expect((await ru.post(`/meetings/${id}?index`, { intent: "approve", sideId: String(RU) })).status).toBe(302);
    const page = await (await ru.get(`/meetings/${id}/edit`)).text();
    expect(page).toContain("Ещё не утвердили: «Республика Казахстан»");
    const before = state(id);
    const refused = await ru.post(`/meetings/${id}/edit`, { intent: "convene" });
    expect(refused.status).toBe(409);
    expect(await refused.text()).toContain(
      "Заседание созывается только после того, как каждая сторона утвердит текущую редакцию повестки. Ещё не утвердили: «Республика Казахстан».",
    );
    expect(state(id)).toEqual(before);

    const kz = await as("cochair.kz@example.org");
    expect((await kz.post(`/meetings/${id}?index`, { intent: "approve", sideId: String(KZ) })).status).toBe(302);
    expect((await ru.post(`/meetings/${id}/edit`, { intent: "convene" })).status).toBe(302);
    expect(one("select status from meetings where id = ?", id)).toEqual({ status: "convened" });
    const audit = one<{ details: string }>(
      "select details from audit_log where action = 'meeting.convened' and subject_id = ?",
      String(id),
    );
    expect(JSON.parse(audit.details)).toMatchObject({ sideId: RU, capacity: "co_chair" });
  });

  it("an approval of an earlier version does not count: a change after both approvals needs both again", async () => {
    const id = draft(31);
    approveByEverySide(platform.services, id, WG);
    const ru = await as("cochair.ru@example.org");
    await ru.post(`/meetings/${id}?index`, {
      intent: "add",
      title: "Разное",
      description: "",
      speakers: "",
      durationMinutes: "10",
    });
    const before = state(id);
    const refused = await ru.post(`/meetings/${id}/edit`, { intent: "convene" });
    expect(refused.status).toBe(409);
    expect(await refused.text()).toContain("Ещё не утвердили: «Российская Федерация», «Республика Казахстан».");
    expect(state(id)).toEqual(before);
  });

  it("in English for a co-chair who reads English", async () => {
    const id = draft(32);
    const ru = await as("cochair.ru@example.org");
    await ru.post("/locale", { locale: "en", redirectTo: "/" });
    const refused = await ru.post(`/meetings/${id}/edit`, { intent: "convene" });
    expect(refused.status).toBe(409);
    expect(await refused.text()).toContain("Not yet approved by:");
    await ru.post("/locale", { locale: "ru", redirectTo: "/" });
  });
});

describe("R2: after convening, a new date, time or place takes effect only when the other side agrees", () => {
  it("a direct change is refused; a proposal waits, shown to both sides; the proposer's side cannot agree; declined, nothing moves", async () => {
    const id = convened(33);
    const ru = await as("cochair.ru@example.org");
    let before = state(id);
    const direct = await ru.post(`/meetings/${id}/edit`, form(details(inDays(34)), "save"));
    expect(direct.status).toBe(409);
    expect(await direct.text()).toContain(
      "новые дата, время или место вступают в силу только с согласия другой стороны",
    );
    expect(state(id)).toEqual(before);

    expect((await ru.post(`/meetings/${id}/edit`, form(details(inDays(34)), "propose"))).status).toBe(302);
    const proposal = one<{ id: number; status: string }>(
      "select id, status from meeting_change_proposals where meeting_id = ?",
      id,
    );
    expect(proposal.status).toBe("pending");
    // Both sides see it on the meeting's page; the meeting itself has not moved and nobody was written to.
    const kz = await as("cochair.kz@example.org");
    for (const client of [ru, kz, await as("member2.kz@example.org")])
      expect(await (await client.get(`/meetings/${id}`)).text()).toContain("Предложено изменить дату, время или место");
    expect(state(id).meeting).toEqual(before.meeting);
    expect(state(id).outbox).toBe(before.outbox);

    before = state(id);
    const own = await ru.post(`/meetings/${id}/edit`, { intent: "agree", proposalId: String(proposal.id) });
    expect(own.status).toBe(409);
    expect(await own.text()).toContain("Согласие даёт другая сторона");
    const second = await kz.post(`/meetings/${id}/edit`, form(details(inDays(35)), "propose"));
    expect(second.status).toBe(409);
    expect(await second.text()).toContain("Уже есть предложение об изменении");
    const notMine = await kz.post(`/meetings/${id}/edit`, { intent: "withdraw", proposalId: String(proposal.id) });
    expect(notMine.status).toBe(403);
    expect(await notMine.text()).toContain("Отозвать предложение может только тот, кто его внёс.");
    expect(state(id)).toEqual(before);

    expect((await kz.post(`/meetings/${id}/edit`, { intent: "decline", proposalId: String(proposal.id) })).status).toBe(
      302,
    );
    expect(state(id).meeting).toEqual(before.meeting);
    expect(one("select status from meeting_change_proposals where id = ?", proposal.id)).toEqual({
      status: "declined",
    });
    const late = await kz.post(`/meetings/${id}/edit`, { intent: "agree", proposalId: String(proposal.id) });
    expect(late.status).toBe(409);
    expect(await late.text()).toContain("Это предложение уже не ждёт решения.");
  });

  it("agreed by the other side's co-chair, it takes effect: the update goes out with the next SEQUENCE; all audited", async () => {
    const id = convened(36);
    const ru = await as("cochair.ru@example.org");
    const kz = await as("cochair.kz@example.org");
    expect((await kz.post(`/meetings/${id}/edit`, form(details(inDays(37), "15:00"), "propose"))).status).toBe(302);
    const proposal = one<{ id: number }>("select id from meeting_change_proposals where meeting_id = ?", id).id;
    const outbox = count("outbox");
    const agreed = await ru.post(`/meetings/${id}/edit`, { intent: "agree", proposalId: String(proposal) });
    expect(agreed.status).toBe(302);
    expect(agreed.headers.get("location")).toContain("notice=inEffect");
    const meeting = one<{ ics_sequence: number; starts_at: number }>(
      "select ics_sequence, starts_at from meetings where id = ?",
      id,
    );
    expect(meeting.ics_sequence).toBe(1);
    expect(localDateOf(new Date(meeting.starts_at), "Europe/Moscow")).toBe(inDays(37));
    expect(count("outbox") - outbox).toBe(count("memberships", "body_id = ? and ends_at is null", WG));
    expect(
      all<{ action: string }>(
        "select action from audit_log where subject_type = 'meeting' and subject_id = ? and action like 'meeting.change_%' order by seq",
        String(id),
      ).map((a) => a.action),
    ).toEqual(["meeting.change_proposed", "meeting.change_agreed"]);
    const consent = one<{ capacity: string; side_id: number }>(
      "select capacity, side_id from meeting_change_consents where proposal_id = ?",
      proposal,
    );
    expect(consent).toEqual({ capacity: "co_chair", side_id: RU });
  });
});

describe("R7 (3.9): moving a meeting recomputes which materials are late", () => {
  it("an on-time material becomes late when the meeting comes closer; an accepted late one stays accepted", () => {
    const { services } = platform;
    const id = convened(12);
    const item = one<{ id: number }>("select id from agenda_items where meeting_id = ?", id).id;
    const author = person("member1.ru@example.org");
    const onTime = submitMaterial(services, author, id, {
      itemId: item,
      title: "Справка",
      text: "Текст.",
      upload: null,
    });
    expect(onTime.late).toBe(false);
    const ru = person("cochair.ru@example.org");
    const kz = person("cochair.kz@example.org");
    // Moved to 5 days ahead: the deadline (10 days before) has passed for a material sent today.
    const closer = proposeChange(services, ru, id, details(inDays(5)));
    agreeToChange(services, kz, id, closer.proposalId);
    expect(one("select late from materials where id = ?", onTime.id)).toEqual({ late: 1 });
    const late = submitMaterial(services, author, id, { itemId: item, title: "Поздняя", text: "Текст.", upload: null });
    expect(late.late).toBe(true);
    acceptLateMaterial(services, kz, id, late.id);
    // Moved a month ahead: the first is on time again; the accepted one stays as accepted.
    const later = proposeChange(services, kz, id, details(inDays(30)));
    agreeToChange(services, ru, id, later.proposalId);
    expect(one("select late, accepted_at is not null as accepted from materials where id = ?", onTime.id)).toEqual({
      late: 0,
      accepted: 0,
    });
    expect(one("select late, accepted_at is not null as accepted from materials where id = ?", late.id)).toEqual({
      late: 1,
      accepted: 1,
    });
    expect(
      all<{ details: string }>(
        "select details from audit_log where action = 'material.lateness_recomputed' and subject_id = ? order by seq",
        String(id),
      ).map((a) => JSON.parse(a.details)),
    ).toEqual([
      { nowLate: [onTime.id], nowOnTime: [] },
      { nowLate: [], nowOnTime: [onTime.id] },
    ]);
  });
});

describe("R5 (3.3, 3.6): the deputy uses the co-chair's powers only in the co-chair's absence", () => {
  it("before the meeting: the deputy may neither set the agenda nor accept a late material while the co-chair is available", async () => {
    const id = draft(41);
    const items = () => all("select * from agenda_items where meeting_id = ? order by id", id);
    const deputy = await as("deputy.ru@example.org");
    // The page hides what the command would refuse: no approval button for the deputy, one for the co-chair.
    expect(await (await deputy.get(`/meetings/${id}`)).text()).not.toContain("Утвердить за сторону");
    expect(await (await (await as("cochair.ru@example.org")).get(`/meetings/${id}`)).text()).toContain(
      "Утвердить за сторону",
    );
    const [before, itemsBefore] = [state(id), items()];
    const refused = await deputy.post(`/meetings/${id}?index`, {
      intent: "add",
      title: "Вопрос заместителя",
      description: "",
      speakers: "",
      durationMinutes: "10",
    });
    expect(refused.status).toBe(409);
    expect(await refused.text()).toContain("Сопредседатель вашей стороны на месте");
    expect([state(id), items()]).toEqual([before, itemsBefore]);

    // A late material, submitted by a member after the deadline: only a co-chair (or acting deputy) accepts it.
    const item = one<{ id: number }>("select id from agenda_items where meeting_id = ?", id).id;
    // (The meeting is still a draft, which only the body's officers see: the secretary brings it.)
    const material = submitMaterial(platform.services, person("secretary.ru@example.org"), id, {
      itemId: item,
      title: "Справка",
      text: "Текст.",
      upload: null,
    }).id;
    // As if it had come after the deadline (R7): the rule under test is who may accept it.
    platform.services.db.$client.prepare("update materials set late = 1 where id = ?").run(material);
    const lateBefore = state(id);
    expect(() => acceptLateMaterial(platform.services, person("deputy.ru@example.org"), id, material)).toThrow();
    expect(state(id)).toEqual(lateBefore);
    acceptLateMaterial(platform.services, person("cochair.ru@example.org"), id, material);
    const audit = one<{ details: string }>(
      "select details from audit_log where action = 'material.accepted' order by seq desc limit 1",
    );
    expect(JSON.parse(audit.details)).toMatchObject({ materialId: material, sideId: RU, capacity: "co_chair" });
  });

  it("before the meeting: the deputy may not convene while the co-chair is available; an absence period lets them", async () => {
    const id = draft(40);
    approveByEverySide(platform.services, id, WG);
    const deputy = await as("deputy.ru@example.org");
    const before = state(id);
    const refused = await deputy.post(`/meetings/${id}/edit`, { intent: "convene" });
    expect(refused.status).toBe(409);
    expect(await refused.text()).toContain("Сопредседатель вашей стороны на месте");
    expect(state(id)).toEqual(before);

    // The co-chair records "away from today to in three days" on the body's page; it is shown there.
    const chair = await as("cochair.ru@example.org");
    const seat = one<{ id: number }>(
      "select id from memberships where user_id = ? and role = 'co_chair' and ends_at is null",
      person("cochair.ru@example.org").id,
    ).id;
    expect(
      (
        await chair.post(`/bodies/${WG}/absences`, {
          intent: "record",
          membershipId: String(seat),
          from: inDays(0),
          to: inDays(3),
        })
      ).status,
    ).toBe(302);
    expect(await (await deputy.get(`/bodies/${WG}`)).text()).toContain("отсутствует с");
    expect((await deputy.post(`/meetings/${id}/edit`, { intent: "convene" })).status).toBe(302);
    const audit = one<{ details: string }>(
      "select details from audit_log where action = 'meeting.convened' and subject_id = ?",
      String(id),
    );
    expect(JSON.parse(audit.details)).toMatchObject({ sideId: RU, capacity: "deputy" });
    const absence = one<{ id: number }>(
      "select id from seat_absences where membership_id = ? and withdrawn_at is null",
      seat,
    ).id;
    expect(
      (await chair.post(`/bodies/${WG}/absences`, { intent: "withdraw", absenceId: String(absence) })).status,
    ).toBe(302);
  });

  it("an absence period is refused when it ends before it starts, overlaps another, or is asked by a member; nothing is written", async () => {
    const seat = one<{ id: number }>(
      "select id from memberships where user_id = ? and role = 'co_chair' and ends_at is null",
      person("cochair.kz@example.org").id,
    ).id;
    const chair = await as("cochair.kz@example.org");
    const member = await as("member1.kz@example.org");
    let before = state(0);
    const backwards = await chair.post(`/bodies/${WG}/absences`, {
      intent: "record",
      membershipId: String(seat),
      from: inDays(5),
      to: inDays(2),
    });
    expect(backwards.status).toBe(422);
    expect(await backwards.text()).toContain("Окончание периода раньше его начала.");
    const stranger = await member.post(`/bodies/${WG}/absences`, {
      intent: "record",
      membershipId: String(seat),
      from: inDays(1),
      to: inDays(2),
    });
    expect(stranger.status).toBe(403);
    expect(state(0)).toEqual(before);
    expect(
      (
        await chair.post(`/bodies/${WG}/absences`, {
          intent: "record",
          membershipId: String(seat),
          from: inDays(10),
          to: inDays(12),
        })
      ).status,
    ).toBe(302);
    before = state(0);
    const overlapping = await chair.post(`/bodies/${WG}/absences`, {
      intent: "record",
      membershipId: String(seat),
      from: inDays(12),
      to: inDays(14),
    });
    expect(overlapping.status).toBe(409);
    expect(await overlapping.text()).toContain("пересекается с уже отмеченным");
    expect(state(0)).toEqual(before);
  });

  it("at the meeting: the deputy may not open it while the co-chair is marked present; when not, the deputy opens it", async () => {
    const { services } = platform;
    const { startsOn, startsAtTime, convenedAt } = thisMinuteIn("Europe/Moscow");
    const id = draft(0, convenedAt, details(startsOn, startsAtTime));
    approveByEverySide(services, id, WG, convenedAt);
    conveneMeeting(services, person("cochair.ru@example.org"), id, convenedAt);
    const secretary = await as("secretary.ru@example.org");
    const mark = (email: string, presence: string) =>
      secretary.post(`/meetings/${id}/live`, { intent: "presence", userId: String(person(email).id), presence });
    expect((await mark("cochair.ru@example.org", "in_person")).status).toBe(200);
    const deputy = await as("deputy.ru@example.org");
    // The page hides what the command would refuse: no presiding controls for the deputy while the co-chair is here.
    expect(await (await deputy.get(`/meetings/${id}/live`)).text()).not.toContain("Открыть заседание");
    const before = state(id);
    const refused = await deputy.post(`/meetings/${id}/live`, { intent: "start" });
    expect(refused.status).toBe(409);
    expect(await refused.text()).toContain("Сопредседатель вашей стороны отмечен присутствующим");
    expect(state(id)).toEqual(before);
    expect((await mark("cochair.ru@example.org", "none")).status).toBe(200);
    expect(await (await deputy.get(`/meetings/${id}/live`)).text()).toContain("Открыть заседание");
    expect((await deputy.post(`/meetings/${id}/live`, { intent: "start" })).status).toBe(200);
    const audit = one<{ details: string }>(
      "select details from audit_log where action = 'meeting.started' and subject_id = ?",
      String(id),
    );
    expect(JSON.parse(audit.details)).toMatchObject({ sideId: RU, capacity: "deputy" });
    // R9: the roll and quorum at opening are stored.
    expect(count("meeting_rolls", "meeting_id = ? and moment = 'opened'", id)).toBe(1);
  });
});

describe("a meeting opens only on its own day, in the body's timezone", () => {
  it("a meeting a month ahead is not opened: 409 with its date, and nothing changes", async () => {
    const id = convened(30);
    const ru = await as("cochair.ru@example.org");
    const before = state(id);
    const refused = await ru.post(`/meetings/${id}/live`, { intent: "start" });
    expect(refused.status).toBe(409);
    expect(await refused.text()).toContain(
      `Заседание открывается только в день его проведения: ${inDays(30)} (по времени органа).`,
    );
    expect(state(id)).toEqual(before);
  });
});

describe("R9 (3.7): a held meeting's roll and quorum never change afterwards", () => {
  /** What a reader sees: the page without its scripts and tags. */
  const visible = async (client: TestClient, path: string) =>
    (await (await client.get(path)).text())
      .replace(/<script[\s\S]*?<\/script>/g, " ")
      .replace(/<[^>]+>/g, " ")
      .replace(/\s+/g, " ");

  it("adding a member dated before demo meeting № 1 leaves its roll and quorum as they were", async () => {
    const held = one<{ id: number; starts_at: number }>(
      "select id, starts_at from meetings where body_id = ? and number = 1",
      WG,
    );
    expect(count("meeting_rolls", "meeting_id = ? and moment = 'completed'", held.id)).toBe(1);
    const reader = await as("member1.kz@example.org");
    const live = await visible(reader, `/meetings/${held.id}/live`);
    const roll = await visible(reader, `/meetings/${held.id}/participants`);
    expect(live).toContain("Состав и кворум — как они были записаны при закрытии заседания.");
    const stored = all("select * from meeting_rolls where meeting_id = ?", held.id);

    // The RU co-chair seats a new member from 1 January 2026, months before the meeting was held.
    const chair = await as("cochair.ru@example.org");
    const added = await chair.post(`/bodies/${WG}/sides/${RU}`, {
      intent: "add",
      email: "late.joiner@example.org",
      name: "Поздняков Пётр Петрович",
      role: "member",
      startsOn: "2026-01-01",
    });
    expect(added.status).toBe(302);
    // Computed afresh, the roll of that date would now include them: the stored roll is what keeps it true.
    const recomputed = rollOf(platform.services.db, {
      id: held.id,
      bodyId: WG,
      startsAt: new Date(held.starts_at),
    });
    expect(recomputed.flatMap((s) => s.seats).map((s) => s.email)).toContain("late.joiner@example.org");

    expect(await visible(reader, `/meetings/${held.id}/live`)).toBe(live);
    expect(await visible(reader, `/meetings/${held.id}/participants`)).toBe(roll);
    expect(live).not.toContain("Поздняков");
    expect(all("select * from meeting_rolls where meeting_id = ?", held.id)).toEqual(stored);
    // And the database itself refuses to rewrite it.
    expect(() =>
      platform.services.db.$client.prepare("update meeting_rolls set quorum = '{}' where meeting_id = ?").run(held.id),
    ).toThrow(/final/);
  });
});
