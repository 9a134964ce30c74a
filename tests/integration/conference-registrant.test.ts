import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eraseExpiredPersonalData } from "../../db/commands/conference-registration/erase";
import { databaseFingerprint } from "../support/db-snapshot";
import { TestClient } from "../support/http";
import { startTestPlatform } from "../support/platform";
import { startSmtpServer } from "../support/smtp";
import { sqlOf } from "../support/sql";

// Decision 0027: a registrant's own page (by the personal link or signed in with the registration's address),
// corrected and withdrawn by them; withdrawal and the retention period erase the personal data (rows, audit,
// outbox); speakers edited in place. Against the demo round table (body 2).
let platform: Awaited<ReturnType<typeof startTestPlatform>>;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
const { one, all, count, db } = sqlOf(() => platform);
const C = 2;
const own = `/conferences/${C}/my-registration`;
const register = `/conferences/${C}/register`;
const ORGANISER = "member1.ru@example.org";

beforeAll(async () => {
  smtp = await startSmtpServer();
  platform = await startTestPlatform({ smtpUrl: smtp.url });
});
afterAll(async () => {
  await platform.close();
  await smtp.close();
});

const visible = async (response: Response) =>
  (await response.text())
    .replace(/<script[\s\S]*?<\/script>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&nbsp;/g, " ")
    .replace(/\s+/g, " ");
const fingerprint = async () => {
  await platform.mail.drain();
  return databaseFingerprint(db());
};
async function as(email: string) {
  const client = new TestClient(platform.url);
  await client.signIn(email);
  return client;
}
const purpose = () =>
  one<{ consent_purpose: string }>("select consent_purpose from conferences where body_id = ?", C).consent_purpose;
const form = (fields: Record<string, string> = {}) => ({
  name: "Ахмедова Дилноза Рустамовна",
  organisation: "Агентство развития навыков (тест)",
  organisationKind: "state_body",
  country: "UZ",
  position: "Главный специалист",
  email: "d.akhmedova@example.org",
  consent: "on",
  consentPurpose: purpose(),
  locale: "ru",
  ...fields,
});
const registrationOf = (email: string) =>
  one<Record<string, unknown>>("select * from registrations where body_id = ? and email_key = ?", C, email);
const correction = (fields: Record<string, string> = {}) => ({
  intent: "correct",
  organisation: "НАРК",
  organisationKind: "expert",
  country: "KZ",
  position: "Эксперт",
  ...fields,
});

/** A visitor who registers: their browser keeps the personal link the thank-you page shows. */
async function registered(fields: Record<string, string> = {}) {
  const client = new TestClient(platform.url);
  const response = await client.post(register, form(fields));
  expect(response.status).toBe(302);
  return client;
}

describe("the registrant's own page (decision 0027)", () => {
  let registrant: TestClient;

  it("a pending registrant's browser gets the personal link: the thank-you page shows it once registered, and it opens their page", async () => {
    const outbox = count("outbox");
    registrant = await registered();
    expect(registrant.cookie(`conference_participant_${C}`)).toMatch(/^[a-z2-7]{32}$/);
    // Still no letter to an address typed into a public form.
    expect(count("outbox")).toBe(outbox);
    const thanks = await visible(await registrant.get(`${register}?done=1`));
    const token = registrant.cookie(`conference_participant_${C}`)!;
    expect(thanks).toContain("Ваша персональная ссылка");
    expect(thanks).toContain(`/conferences/${C}/participant/${token}`);
    // Nobody else's thank-you page shows a link.
    expect(await visible(await new TestClient(platform.url).get(`${register}?done=1`))).not.toContain(
      "Ваша персональная ссылка",
    );
    const page = await visible(await registrant.get(own));
    for (const text of [
      "Моя регистрация",
      "Заявка ждёт решения организаторов",
      "Ахмедова Дилноза Рустамовна",
      "d.akhmedova@example.org",
      "Агентство развития навыков (тест)",
      "Главный специалист",
      "Адрес изменить нельзя",
      "Отозвать регистрацию и согласие",
    ])
      expect(page).toContain(text);
    // The public page leads a registrant to their own page instead of the form.
    expect(await registrant.get(`/conferences/${C}`).then((r) => r.text())).toContain(`href="${own}"`);
    expect(await new TestClient(platform.url).get(`/conferences/${C}`).then((r) => r.text())).not.toContain(own);
    // The link itself, on another device, leads a pending registrant to their own page.
    const elsewhere = new TestClient(platform.url);
    const opened = await elsewhere.get(`/conferences/${C}/participant/${token}`);
    expect(opened.status).toBe(302);
    expect(opened.headers.get("location")).toBe(own);
    expect((await elsewhere.get(own)).status).toBe(200);
  });

  it("is reached by signing in with the registration's address, in the reader's language", async () => {
    await registered({ email: "partner@example.org", name: "Partner Person" });
    const partner = await as("partner@example.org");
    const page = await visible(await partner.get(own, { "accept-language": "en" }));
    expect(page).toContain("Partner Person");
  });

  it("is a 404 to a stranger, to the organisers and to an administrator; a mistyped link sets nothing", async () => {
    expect((await new TestClient(platform.url).get(own)).status).toBe(404);
    for (const email of ["expert@example.org", ORGANISER, "admin@example.org"])
      expect((await (await as(email)).get(own)).status).toBe(404);
    const guess = new TestClient(platform.url);
    expect((await guess.get(`/conferences/${C}/participant/${"a".repeat(32)}`)).status).toBe(404);
    expect(guess.cookie(`conference_participant_${C}`)).toBeUndefined();
    // Someone else's registration is never reachable by posting either.
    const before = await fingerprint();
    expect((await new TestClient(platform.url).post(own, correction())).status).toBe(404);
    expect((await new TestClient(platform.url).post(own, { intent: "withdraw" })).status).toBe(404);
    expect(await fingerprint()).toEqual(before);
  });

  it("a correction with bad input says what is wrong and changes nothing; one from another site is refused", async () => {
    const before = await fingerprint();
    const bad = await registrant.post(
      own,
      correction({ organisation: " ", organisationKind: "bank", country: "FR", position: "x".repeat(1000) }),
    );
    expect(bad.status).toBe(400);
    const text = await visible(bad);
    expect(text).toContain("Выберите вид организации.");
    expect(text).toContain("Выберите страну из списка.");
    expect(text).toContain("Заполните это поле.");
    expect((await registrant.post(own, correction(), { origin: "https://evil.example" })).status).toBe(403);
    expect(await fingerprint()).toEqual(before);
  });

  it("a correction changes the organisation, its kind, country and position — not the address; the audit names fields only", async () => {
    const response = await registrant.post(own, correction({ email: "someone.else@example.org", name: "Чужое Имя" }));
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`${own}?notice=saved`);
    expect(registrationOf("d.akhmedova@example.org")).toMatchObject({
      name: "Ахмедова Дилноза Рустамовна",
      email: "d.akhmedova@example.org",
      organisation: "НАРК",
      organisation_kind: "expert",
      country: "KZ",
      position: "Эксперт",
    });
    const audit = one<{ details: string; actor_id: number | null }>(
      "select details, actor_id from audit_log where action = 'registration.corrected' order by seq desc limit 1",
    );
    expect(JSON.parse(audit.details)).toEqual({
      registrationId: registrationOf("d.akhmedova@example.org").id,
      changed: ["organisation", "organisationKind", "country", "position"],
    });
    expect(audit.actor_id).toBeNull();
    expect(await visible(await registrant.get(`${own}?notice=saved`))).toContain("Исправления сохранены.");
  });

  it("withdrawal erases the personal data at once: the row, the letters (sent and waiting) and their .eml copies, the link; the audit holds no name or address", async () => {
    const id = registrationOf("d.akhmedova@example.org").id as number;
    const organiser = await as(ORGANISER);
    await organiser.post(`/conferences/${C}/participants`, { intent: "confirm", registrationId: String(id) });
    await platform.mail.drain();
    // The confirmation letter brings the participant's link; the one from the thank-you page stops working.
    const letter = await smtp.nextMessage();
    const token = /\/participant\/([a-z2-7]{32})/.exec(letter.text ?? "")![1]!;
    expect(one<{ n: number }>("select count(*) n from registration_letters where registration_id = ?", id).n).toBe(1);
    // A second letter still waiting in the outbox (a retry after a refusal): withdrawal cancels it.
    const waiting = one<{ outbox_id: number }>(
      "select outbox_id from registration_letters where registration_id = ?",
      id,
    );
    db()
      .prepare("insert into outbox (\"to\", subject, text, next_attempt_at) values (?, 'retry', 'Ахмедова', ?)")
      .run("d.akhmedova@example.org", Date.now() + 3600_000);
    const retry = one<{ id: number }>("select max(id) id from outbox").id;
    db().prepare("insert into registration_letters (registration_id, outbox_id) values (?, ?)").run(id, retry);
    // Had no SMTP server been configured, the sent letter would also be an .eml copy in the data folder.
    const copy = path.join(platform.services.config.dataDir, "outbox", "confirmation-copy.eml");
    fs.mkdirSync(path.dirname(copy), { recursive: true });
    fs.writeFileSync(copy, "To: d.akhmedova@example.org\n\nАхмедова");
    db().prepare("update outbox set eml_file = ? where id = ?").run("confirmation-copy.eml", waiting.outbox_id);
    const participant = new TestClient(platform.url);
    await participant.get(`/conferences/${C}/participant/${token}`);
    expect(await visible(await participant.get(own))).toContain("Участие подтверждено.");

    const response = await participant.post(own, { intent: "withdraw" });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`${own}?withdrawn=1`);
    expect(participant.cookie(`conference_participant_${C}`)).toBeUndefined();
    const row = one<Record<string, unknown>>("select * from registrations where id = ?", id);
    expect(row).toMatchObject({
      name: "",
      email: "",
      email_key: "",
      position: "",
      organisation: "",
      access_token_hash: null,
      status: "withdrawn",
      country: "KZ",
      organisation_kind: "expert",
    });
    expect(row.erased_at).toEqual(expect.any(Number));
    expect(count("outbox", "id in (?, ?)", waiting.outbox_id, retry)).toBe(0);
    expect(count("outbox", '"to" = ?', "d.akhmedova@example.org")).toBe(0);
    expect(count("registration_letters", "registration_id = ?", id)).toBe(0);
    expect(fs.existsSync(copy)).toBe(false);
    const audit = one<{ details: string }>(
      "select details from audit_log where action = 'registration.withdrawn' order by seq desc limit 1",
    );
    expect(JSON.parse(audit.details)).toEqual({ registrationId: id, lettersCancelled: 1 });
    const log = all<{ details: string }>("select details from audit_log")
      .map((r) => r.details)
      .join("\n");
    for (const personal of ["Ахмедова", "d.akhmedova@example.org", "Главный специалист"])
      expect(log).not.toContain(personal);
    // The page says it is done, then there is nothing of theirs to show; the link names nobody.
    expect(await visible(await participant.get(`${own}?withdrawn=1`))).toContain("Регистрация отозвана");
    expect((await participant.get(own)).status).toBe(404);
    expect((await new TestClient(platform.url).get(`/conferences/${C}/participant/${token}`)).status).toBe(404);
    // Withdrawn once: the same address may register again.
    await registered();
    expect(registrationOf("d.akhmedova@example.org").status).toBe("pending");
  });

  it("the organisers' list, statistics and CSV count the withdrawn registration without its personal data", async () => {
    const organiser = await as(ORGANISER);
    const list = await visible(await organiser.get(`/conferences/${C}/participants?status=withdrawn`));
    expect(list).toContain("Данные удалены");
    expect(list).not.toContain("Главный специалист");
    const csv = await (await organiser.get(`/conferences/${C}/participants.csv`)).text();
    expect(csv).toContain("Данные удалены");
    expect(csv).toContain("Отозвана");
    const withdrawn = count("registrations", "body_id = ? and status = 'withdrawn'", C);
    expect(withdrawn).toBe(1);
    expect((await organiser.get(`/conferences/${C}/participants/statistics`)).status).toBe(200);
  });
});

describe("the retention period: set by the organisers, stated on the form, enforced by the job (decision 0027)", () => {
  it("the form states how long the data is kept", async () => {
    const text = await visible(await new TestClient(platform.url).get(register));
    expect(text).toMatch(/Персональные данные хранятся до .+ \(90 дн\. после окончания конференции\)/);
  });

  it("the organisers set it in days; bad input changes nothing", async () => {
    const organiser = await as(ORGANISER);
    const stranger = await as("expert@example.org");
    const before = await fingerprint();
    for (const bad of ["abc", "366", "-1", ""]) {
      const response = await organiser.post(`/conferences/${C}/manage`, { intent: "retention", retentionDays: bad });
      expect(response.status).toBe(422);
      expect(await visible(response)).toContain("Укажите целое число дней от 0 до 365.");
    }
    const refused = await stranger.post(`/conferences/${C}/manage`, { intent: "retention", retentionDays: "1" });
    expect(refused.status).toBe(403);
    expect(await fingerprint()).toEqual(before);
    const saved = await organiser.post(`/conferences/${C}/manage`, { intent: "retention", retentionDays: "30" });
    expect(saved.status).toBe(302);
    expect(one<{ d: number }>("select personal_data_retention_days d from conferences where body_id = ?", C).d).toBe(
      30,
    );
    const audit = one<{ details: string }>(
      "select details from audit_log where action = 'registration.retention_set' order by seq desc limit 1",
    );
    expect(JSON.parse(audit.details)).toEqual({ days: 30 });
    expect(await visible(await new TestClient(platform.url).get(register))).toContain("(30 дн. после окончания");
  });

  it("the job erases every registrant's personal data once it passes, audited as a system entry with the count only; idempotent", async () => {
    const ends = one<{ ends_at: number }>("select ends_at from conferences where body_id = ?", C).ends_at;
    const day = 24 * 3600_000;
    const held = () => count("registrations", "body_id = ? and erased_at is null", C);
    const others = () => count("registrations", "body_id != ? and erased_at is null", C);
    const stillHeld = held();
    const elsewhere = others();
    expect(stillHeld).toBeGreaterThan(20);
    const before = await fingerprint();
    expect(eraseExpiredPersonalData(platform.services, new Date(ends + 30 * day - 1))).toBe(0);
    expect(await fingerprint()).toEqual(before);

    const at = new Date(ends + 30 * day);
    expect(eraseExpiredPersonalData(platform.services, at)).toBe(stillHeld);
    expect(held()).toBe(0);
    expect(others()).toBe(elsewhere); // the seminar three weeks on keeps its registrants' data
    expect(
      count(
        "registrations",
        "body_id = ? and (name != '' or email != '' or position != '' or organisation != '' or access_token_hash is not null)",
        C,
      ),
    ).toBe(0);
    const entry = one<{ actor_id: number | null; details: string; subject_id: string }>(
      "select actor_id, details, subject_id from audit_log where action = 'registration.personal_data_erased'",
    );
    expect(entry.actor_id).toBeNull();
    expect(entry.subject_id).toBe(String(C));
    expect(JSON.parse(entry.details)).toEqual({ count: stillHeld, retentionDays: 30 });
    // The statistics still count everyone.
    const organiser = await as(ORGANISER);
    expect(await visible(await organiser.get(`/conferences/${C}/participants/statistics`))).toContain("Казахстан");

    const after = await fingerprint();
    expect(eraseExpiredPersonalData(platform.services, new Date(at.getTime() + day))).toBe(0);
    expect(await fingerprint()).toEqual(after);
  });
});

describe("speakers edited in place (decision 0027)", () => {
  const programme = `/conferences/${C}/manage/programme`;
  const speaker = () =>
    one<Record<string, unknown>>(
      "select s.* from programme_speakers s join programme_items i on i.id = s.item_id where i.body_id = ? order by s.id limit 1",
      C,
    );
  const edit = (fields: Record<string, string> = {}) => {
    const s = speaker();
    return {
      intent: "update-speaker",
      speakerId: String(s.id),
      role: String(s.role),
      name: String(s.name),
      organisation: String(s.organisation),
      country: String(s.country ?? ""),
      topic: String(s.topic),
      ...fields,
    };
  };

  it("bad input, or someone not an organiser, changes nothing", async () => {
    const organiser = await as(ORGANISER);
    const stranger = await as("expert@example.org");
    const before = await fingerprint();
    const bad = await organiser.post(programme, edit({ name: " ", role: "chair", country: "XX" }));
    expect(bad.status).toBe(422);
    expect(await visible(bad)).toContain("Заполните это поле.");
    expect((await stranger.post(programme, edit({ name: "Другой" }))).status).toBeGreaterThanOrEqual(403);
    expect((await organiser.post(programme, edit({ speakerId: "999999", name: "Другой" }))).status).toBe(404);
    expect(await fingerprint()).toEqual(before);
  });

  it("the organisers correct a speaker in place: same place in the list, the audit names the fields changed", async () => {
    const organiser = await as(ORGANISER);
    const before = speaker();
    const response = await organiser.post(programme, edit({ name: "Представитель НАРК", topic: "Новая тема" }));
    expect(response.status).toBe(302);
    expect(speaker()).toMatchObject({
      id: before.id,
      position: before.position,
      name: "Представитель НАРК",
      topic: "Новая тема",
    });
    const audit = one<{ details: string }>(
      "select details from audit_log where action = 'programme.speaker_updated' order by seq desc limit 1",
    );
    expect(JSON.parse(audit.details)).toEqual({
      itemId: before.item_id,
      speakerId: before.id,
      changed: ["name", "topic"],
    });
    expect(await visible(await organiser.get(programme))).toContain("Представитель НАРК");
  });
});
