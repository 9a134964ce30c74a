import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashToken } from "~/lib/tokens.server";
import { databaseFingerprint } from "../support/db-snapshot";
import { TestClient } from "../support/http";
import { startTestPlatform } from "../support/platform";
import { linkIn, startSmtpServer } from "../support/smtp";
import { sqlOf } from "../support/sql";

// Issue 12: the demo round table's registration — the public form open and closed, one registration per address,
// consent required, Origin checked, the organisers' decisions with the letters (and the .ics) at a real SMTP server
// in the registrant's language, check-in at the door, who may see the list, and the CSV files.
let platform: Awaited<ReturnType<typeof startTestPlatform>>;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
const { one, all, count } = sqlOf(() => platform);
let C = 0;
const page = () => `/conferences/${C}/register`;

beforeAll(async () => {
  smtp = await startSmtpServer();
  platform = await startTestPlatform({ smtpUrl: smtp.url });
  C = one<{ body_id: number }>("select body_id from conferences").body_id;
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

async function as(email: string) {
  const client = new TestClient(platform.url);
  await client.signIn(email);
  return client;
}
const visitor = () => new TestClient(platform.url);
const english = { headers: { "accept-language": "en-GB,en;q=0.9" } };
const purpose = () => one<{ consent_purpose: string }>("select consent_purpose from conferences").consent_purpose;

const form = (fields: Record<string, string> = {}) => ({
  name: "Смирнова Ирина Олеговна",
  organisation: "Министерство труда (тест)",
  organisationKind: "state_body",
  country: "KZ",
  position: "Советник",
  email: "i.smirnova@example.org",
  consent: "on",
  consentPurpose: purpose(),
  locale: "ru",
  ...fields,
});
const fingerprint = async () => {
  await platform.mail.drain();
  return databaseFingerprint(platform.services.db.$client);
};
const registrationOf = (email: string) =>
  one<Record<string, unknown>>(
    "select * from registrations where body_id = ? and email_key = ?",
    C,
    email.toLowerCase(),
  );
const letterTo = async (address: string): Promise<ParsedMail> => {
  await platform.mail.drain();
  for (;;) {
    const mail = await smtp.nextMessage();
    if ((mail.to as { text: string }).text.includes(address)) return mail;
  }
};

describe("the public form (issue 12)", () => {
  it("is readable without an account, states the purpose of the consent, and takes a registration", async () => {
    const html = await visible(await visitor().get(page()));
    expect(html).toContain("Регистрация участника");
    expect(html).toContain(`Цель обработки: ${purpose()}`);
    expect(html).toContain("Вид организации");
    const outbox = count("outbox");
    const response = await visitor().post(page(), form());
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`${page()}?done=1`);
    const row = registrationOf("i.smirnova@example.org");
    expect(row).toMatchObject({
      name: "Смирнова Ирина Олеговна",
      organisation_kind: "state_body",
      country: "KZ",
      status: "pending",
      locale: "ru",
      consent_purpose: purpose(),
    });
    // Decision 0027: the registrant's browser gets their personal link at once (only its hash is stored).
    expect(row.access_token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(one<{ action: string }>("select action from audit_log order by seq desc limit 1").action).toBe(
      "registration.submitted",
    );
    // Nothing is mailed to an address typed on a public form: only the organisers' decision writes to it.
    expect(count("outbox")).toBe(outbox);
    expect(await visible(await visitor().get(`${page()}?done=1`))).toContain("Спасибо, заявка получена");
  });

  it("refuses a second registration with the same address kindly, revealing nothing about the first; nothing changes", async () => {
    const before = await fingerprint();
    const response = await visitor().post(
      page(),
      form({ email: "  I.Smirnova@Example.ORG ", name: "Другой Человек Иванович" }),
    );
    expect(response.status).toBe(409);
    const text = await visible(response);
    expect(text).toContain("С этого адреса уже есть регистрация на эту конференцию");
    expect(text).not.toContain("Смирнова");
    expect(text).not.toContain("Министерство труда (тест)");
    expect(await fingerprint()).toEqual(before);
  });

  it("refuses a registration without consent, and bad input, with clear messages in the visitor's language; nothing changes", async () => {
    const before = await fingerprint();
    const noConsent = await visitor().post(page(), form({ email: "new@example.org", consent: "" }));
    expect(noConsent.status).toBe(400);
    expect(await visible(noConsent)).toContain(
      "Без согласия на обработку персональных данных зарегистрировать вас мы не можем.",
    );
    const bad = await visitor().post(
      page(),
      form({ email: "not-an-address", organisationKind: "bank", country: "FR", name: " " }),
    );
    expect(bad.status).toBe(400);
    const badText = await visible(bad);
    for (const message of [
      "Укажите адрес электронной почты",
      "Выберите вид организации.",
      "Выберите страну из списка.",
      "Заполните это поле.",
    ])
      expect(badText).toContain(message);
    const inEnglish = await visitor().post(
      page(),
      form({ email: "new@example.org", consent: "", locale: "en" }),
      english,
    );
    expect(inEnglish.status).toBe(400);
    expect(await visible(inEnglish)).toContain(
      "We cannot register you without your consent to the processing of personal data.",
    );
    // A purpose reworded since the form was shown is not consented to.
    const stale = await visitor().post(page(), form({ email: "new@example.org", consentPurpose: "Другая цель" }));
    expect(stale.status).toBe(409);
    expect(await visible(stale)).toContain("Организаторы только что уточнили цель обработки данных");
    expect(await fingerprint()).toEqual(before);
  });

  it("refuses a registration sent from another site (Origin), or with none; nothing changes", async () => {
    const before = await fingerprint();
    expect(
      (await visitor().post(page(), form({ email: "csrf@example.org" }), { origin: "https://evil.example" })).status,
    ).toBe(403);
    expect((await visitor().post(page(), form({ email: "csrf@example.org" }), { origin: null })).status).toBe(403);
    expect(await fingerprint()).toEqual(before);
  });

  it("closed by the organisers, the form says so and shows no inputs; a registration sent anyway changes nothing", async () => {
    const organiser = await as("member1.ru@example.org");
    expect((await organiser.post(`/conferences/${C}/participants`, { intent: "close" })).status).toBe(302);
    expect(
      one<{ action: string; actor_id: number }>("select action, actor_id from audit_log order by seq desc limit 1"),
    ).toMatchObject({
      action: "registration.closed",
    });
    const html = await (await visitor().get(page())).text();
    expect(html).toContain("Регистрация на эту конференцию закрыта.");
    expect(html).not.toContain('name="email"');
    const before = await fingerprint();
    const response = await visitor().post(page(), form({ email: "late@example.org" }));
    expect(response.status).toBe(409);
    expect(await fingerprint()).toEqual(before);
    expect((await organiser.post(`/conferences/${C}/participants`, { intent: "open" })).status).toBe(302);
    expect(await (await visitor().get(page())).text()).toContain('name="email"');
  });
});

describe("the organisers decide, and the registrant hears in their language (issue 12)", () => {
  it("a confirmed registrant from the English form gets an English letter with the .ics and a personal link that sets the cookie", async () => {
    await visitor().post(
      page(),
      form({ email: "j.doe@example.com", name: "Jane Doe", country: "KG", locale: "en" }),
      english,
    );
    const id = registrationOf("j.doe@example.com").id as number;
    const organiser = await as("member1.ru@example.org");
    const response = await organiser.post(`/conferences/${C}/participants`, {
      intent: "confirm",
      registrationId: String(id),
    });
    expect(response.status).toBe(302);
    const mail = await letterTo("j.doe@example.com");
    expect(mail.subject).toMatch(/^Registration confirmed: Round table/);
    expect(mail.text).toContain("Dear Jane Doe");
    const ics = mail.attachments.find((a) => a.contentType.startsWith("text/calendar"));
    expect(ics?.filename).toBe("conference.ics");
    // Unfolded (RFC 5545, 3.1: long lines are folded at 75 octets).
    const calendar = ics!.content.toString("utf8").replace(/\r\n /g, "");
    const conference = one<{ starts_at: number; ends_at: number }>("select starts_at, ends_at from conferences");
    const utc = (ms: number) =>
      new Date(ms)
        .toISOString()
        .replace(/\.\d{3}Z$/, "Z")
        .replace(/[-:]/g, "");
    expect(calendar).toContain(`DTSTART:${utc(conference.starts_at)}`);
    expect(calendar).toContain(`DTEND:${utc(conference.ends_at)}`);
    expect(calendar).toContain(`UID:conference-${C}@`);
    expect(calendar).toContain("mailto:j.doe@example.com");
    const link = linkIn(mail, `${platform.url}/conferences/${C}/participant/`);
    const token = link.split("/").pop()!;
    expect(registrationOf("j.doe@example.com")).toMatchObject({
      status: "confirmed",
      access_token_hash: hashToken(token),
    });
    expect(all("select 1 from registrations where access_token_hash = ?", token)).toEqual([]);
    const opened = await visitor().get(new URL(link).pathname);
    expect(opened.status).toBe(302);
    expect(opened.headers.get("location")).toBe(`/conferences/${C}`);
    expect(opened.headers.get("set-cookie")).toContain(`conference_participant_${C}=${token}`);
    expect(opened.headers.get("set-cookie")).toContain(`Path=/conferences/${C}`);
    expect((await visitor().get(`/conferences/${C}/participant/${"a".repeat(32)}`)).status).toBe(404);
    expect(
      all<{ action: string }>(
        "select action from audit_log where action like 'registration.%' order by seq desc limit 1",
      )[0]!.action,
    ).toBe("registration.confirmed");
  });

  it("a Russian registrant's confirmation comes in Russian; a declined one gets a polite letter with the reason", async () => {
    const organiser = await as("member3.ru@example.org");
    const smirnova = registrationOf("i.smirnova@example.org").id as number;
    await organiser.post(`/conferences/${C}/participants`, { intent: "confirm", registrationId: String(smirnova) });
    const confirmed = await letterTo("i.smirnova@example.org");
    expect(confirmed.subject).toMatch(/^Регистрация подтверждена: Круглый стол/);
    expect(confirmed.attachments.some((a) => a.contentType.startsWith("text/calendar"))).toBe(true);

    await visitor().post(page(), form({ email: "declined@example.net", name: "Орлов Пётр" }));
    const declined = registrationOf("declined@example.net").id as number;
    const response = await organiser.post(`/conferences/${C}/participants`, {
      intent: "decline",
      registrationId: String(declined),
      reason: "Зал рассчитан на 40 мест.",
    });
    expect(response.status).toBe(302);
    const letter = await letterTo("declined@example.net");
    expect(letter.subject).toMatch(/^Ваша заявка: Круглый стол/);
    expect(letter.text).toContain("К сожалению, организаторы не могут подтвердить вашу регистрацию.");
    expect(letter.text).toContain("Пояснение организаторов: Зал рассчитан на 40 мест.");
    expect(letter.attachments).toEqual([]);
    expect(registrationOf("declined@example.net")).toMatchObject({ status: "declined", access_token_hash: null });
    const audit = one<{ details: string }>(
      "select details from audit_log where action = 'registration.declined' order by seq desc limit 1",
    );
    expect(JSON.parse(audit.details)).toEqual({ registrationId: declined, reason: "Зал рассчитан на 40 мест." });
  });

  it("a stranger, a participant, a signed-out visitor cannot confirm or see the list; an administrator sees it but decides nothing", async () => {
    const pending = one<{ id: number }>(
      "select id from registrations where body_id = ? and status = 'pending' limit 1",
      C,
    ).id;
    const stranger = await as("partner@example.org");
    const participant = visitor();
    const token = "b".repeat(32);
    platform.services.db.$client
      .prepare("update registrations set access_token_hash = ? where email_key = 'i.smirnova@example.org'")
      .run(hashToken(token));
    await participant.get(`/conferences/${C}/participant/${token}`);
    expect(participant.cookie(`conference_participant_${C}`)).toBe(token);
    const admin = await as("admin@example.org");
    const before = await fingerprint();
    for (const who of [stranger, participant, visitor(), admin]) {
      const confirm = await who.post(`/conferences/${C}/participants`, {
        intent: "confirm",
        registrationId: String(pending),
      });
      expect(confirm.status).toBe(403);
      expect(
        (await who.post(`/conferences/${C}/checkin`, { intent: "checkIn", registrationId: String(pending) })).status,
      ).toBe(403);
    }
    for (const who of [stranger, participant, visitor()]) {
      expect((await who.get(`/conferences/${C}/participants`)).status).toBe(403);
      expect((await who.get(`/conferences/${C}/participants.csv`)).status).toBe(403);
      expect((await who.get(`/conferences/${C}/participants/statistics`)).status).toBe(403);
      expect((await who.get(`/conferences/${C}/checkin`)).status).toBe(403);
    }
    expect((await admin.get(`/conferences/${C}/participants`)).status).toBe(200);
    expect(await fingerprint()).toEqual(before);
  });
});

describe("check-in at the door (issue 12)", () => {
  it("searches as typed (GET ?q=), checks a confirmed participant in and out, audited; counts at the top", async () => {
    const organiser = await as("member2.ru@example.org");
    const found = await visible(await organiser.get(`/conferences/${C}/checkin?q=${encodeURIComponent("смирнова")}`));
    expect(found).toContain("Смирнова Ирина Олеговна");
    expect(found).not.toContain("Jane Doe");
    const id = registrationOf("i.smirnova@example.org").id as number;
    const cameBefore = count("registrations", "body_id = ? and checked_in_at is not null", C);
    const response = await organiser.post(`/conferences/${C}/checkin?q=смирнова`, {
      intent: "checkIn",
      registrationId: String(id),
    });
    expect(response.status).toBe(200);
    expect(await visible(response)).toContain("Смирнова Ирина Олеговна: отмечен(а).");
    expect(registrationOf("i.smirnova@example.org").checked_in_at).not.toBeNull();
    expect(count("registrations", "body_id = ? and checked_in_at is not null", C)).toBe(cameBefore + 1);
    // A second tap (two organisers at once) changes nothing and writes nothing.
    const audits = count("audit_log", "action = 'participant.checked_in'");
    await organiser.post(`/conferences/${C}/checkin`, { intent: "checkIn", registrationId: String(id) });
    expect(count("audit_log", "action = 'participant.checked_in'")).toBe(audits);
    await organiser.post(`/conferences/${C}/checkin`, { intent: "undo", registrationId: String(id) });
    expect(registrationOf("i.smirnova@example.org").checked_in_at).toBeNull();
    expect(count("audit_log", "action = 'participant.check_in_undone'")).toBe(1);
  });

  it("a pending registrant at the door is confirmed and checked in in one step (with their letter); a declined one is not let in", async () => {
    const organiser = await as("member1.ru@example.org");
    const pending = one<{ id: number; email: string }>(
      "select id, email from registrations where body_id = ? and status = 'pending' order by id limit 1",
      C,
    );
    await organiser.post(`/conferences/${C}/checkin`, {
      intent: "confirmAndCheckIn",
      registrationId: String(pending.id),
    });
    const row = one<{ status: string; checked_in_at: number | null }>(
      "select status, checked_in_at from registrations where id = ?",
      pending.id,
    );
    expect(row.status).toBe("confirmed");
    expect(row.checked_in_at).not.toBeNull();
    const letter = await letterTo(pending.email);
    expect(letter.attachments.some((a) => a.filename === "conference.ics")).toBe(true);
    const declined = registrationOf("declined@example.net").id as number;
    const before = await fingerprint();
    const refused = await organiser.post(`/conferences/${C}/checkin`, {
      intent: "checkIn",
      registrationId: String(declined),
    });
    expect(refused.status).toBe(409);
    expect(await visible(refused)).toContain("Отметить на входе можно только подтверждённого участника.");
    expect(
      (
        await organiser.post(`/conferences/${C}/checkin`, {
          intent: "confirmAndCheckIn",
          registrationId: String(declined),
        })
      ).status,
    ).toBe(409);
    expect(await fingerprint()).toEqual(before);
  });
});

describe("the participants list, statistics and CSV (issue 12)", () => {
  it("lists by status and counts who came by country and kind of organisation", async () => {
    const organiser = await as("member1.ru@example.org");
    const pendingOnly = await visible(await organiser.get(`/conferences/${C}/participants?status=declined`));
    expect(pendingOnly).toContain("Орлов Пётр");
    expect(pendingOnly).not.toContain("Jane Doe");
    const stats = await visible(await organiser.get(`/conferences/${C}/participants/statistics`));
    expect(stats).toContain("Участники по странам: заявки и пришедшие");
    const came = count("registrations", "body_id = ? and status = 'confirmed' and checked_in_at is not null", C);
    expect(stats).toContain(
      `Всего ${count("registrations", "body_id = ?", C)} ${count("registrations", "body_id = ? and status = 'confirmed'", C)} ${came}`,
    );
  });

  it("exports the list as UTF-8 CSV with a BOM for Excel, formulas defused", async () => {
    await visitor().post(
      page(),
      form({
        email: "formula@example.org",
        name: '=HYPERLINK("http://evil.example";"x")',
        organisation: "+Организация",
      }),
    );
    const organiser = await as("member1.ru@example.org");
    const response = await organiser.get(`/conferences/${C}/participants.csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toContain("attachment");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const lines = text.split("\r\n");
    expect(lines[0]).toBe(
      "ФИО;Организация;Вид организации;Страна;Должность;Электронная почта;Состояние;Дата заявки;Отмечен на входе;Язык писем",
    );
    expect(lines.length - 2).toBe(count("registrations", "body_id = ?", C));
    expect(text).toContain(
      `"'=HYPERLINK(""http://evil.example"";""x"")";'+Организация;Органы государственной власти;Казахстан`,
    );
    expect(text).not.toMatch(/(^|;)=HYPERLINK/m);
    const stats = await (await organiser.get(`/conferences/${C}/participants.csv?of=statistics`)).text();
    expect(stats).toContain("Разрез;Значение;Заявок;Подтверждено;Пришли");
    expect(stats).toMatch(/По странам;Россия;\d+;\d+;\d+/);
    expect(stats).toMatch(/По видам организаций;Экспертное сообщество;\d+;\d+;\d+/);
  });
});

describe("abuse of the public form (issue 12)", () => {
  it("throttles submissions per address: past the limit, a clear 429 and nothing saved", async () => {
    const key = one<{ key: string }>("select key from login_failures where key like 'registration:ip:%' limit 1").key;
    const insert = platform.services.db.$client.prepare("insert into login_failures (key, at) values (?, ?)");
    for (let i = 0; i < 30; i++) insert.run(key, Date.now() - i * 1000);
    const before = await fingerprint();
    const response = await visitor().post(page(), form({ email: "flood@example.org" }));
    expect(response.status).toBe(429);
    expect(await visible(response)).toContain("Слишком много заявок с вашего адреса.");
    expect(await fingerprint()).toEqual(before);
  });
});
