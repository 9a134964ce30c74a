import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addCalendarDays, localDateOf } from "~/lib/zoned-time";
import { sendAssignmentReminders } from "../../db/commands/assignments/reminders";
import { signProtocol } from "../../db/commands/protocols/sign";
import { decisionsFinalOf } from "../../db/queries/assignments";
import { meetingSignatories, signatureBy } from "../../db/queries/protocol-signing";
import { bodies, meetings, users, type User } from "../../db/schema";
import { databaseFingerprint } from "../support/db-snapshot";
import { TestClient } from "../support/http";
import { startTestPlatform } from "../support/platform";
import { sqlOf } from "../support/sql";

// Issue 10, R4 and R11: decisions of meeting № 1's final protocol become assignments; assignees report, a co-chair
// accepts or returns; reminders go once each; the signed decisions are published to the library once.
const M1 = 1;
let platform: Awaited<ReturnType<typeof startTestPlatform>>;
const { one, all, count } = sqlOf(() => platform);
const person = (email: string): User => platform.services.db.select().from(users).where(eq(users.email, email)).get()!;
const body = () => platform.services.db.select().from(bodies).where(eq(bodies.id, 1)).get()!;
const today = () => localDateOf(new Date(), body().timezone);
const kzSide = () => one<{ id: number }>("select id from sides where body_id = 1 and position = 2").id;

beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform.close());

async function as(email: string) {
  const client = new TestClient(platform.url);
  await client.signIn(email);
  return client;
}

const visible = async (response: Response) =>
  (await response.text())
    .replace(/<script[\s\S]*?<\/script>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, " ");

const give = (client: TestClient, fields: Partial<Record<"decisionKey" | "assignee" | "dueOn" | "text", string>>) =>
  client.post(`/meetings/${M1}/decisions`, {
    intent: "give",
    decisionKey: "1.1",
    assignee: `side:${kzSide()}`,
    dueOn: addCalendarDays(today(), 14),
    text: "Подготовить справку о ходе сопоставления.",
    ...fields,
  });

const idFrom = (response: Response) => Number(/#assignment-(\d+)/.exec(response.headers.get("location") ?? "")![1]);

const multipart = (client: TestClient, path: string, fields: Record<string, string>, file?: [string, string]) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  if (file) data.set("file", new Blob([file[1]], { type: "text/plain" }), file[0]);
  return fetch(`${platform.url}${path}`, {
    method: "POST",
    body: data,
    redirect: "manual",
    headers: { origin: client.origin, cookie: `session=${client.cookie("session")}` },
  });
};

describe("giving assignments (R4)", () => {
  it("a secretary turns decision 1.1 into an assignment for the Kazakh side: row, audit entry and letters together", async () => {
    const secretary = await as("secretary.ru@example.org");
    const page = await visible(await secretary.get(`/meetings/${M1}/decisions`));
    expect(page).toContain("носят рекомендательный характер");
    expect(page).toContain("Решение 1.1");
    expect(page).toContain("Информацию принять к сведению.");
    const outboxBefore = count("outbox");
    const response = await give(secretary, {});
    expect(response.status).toBe(302);
    const id = idFrom(response);
    const row = one<Record<string, unknown>>("select * from assignments where id = ?", id);
    expect(row).toMatchObject({
      decision_key: "1.1",
      decision_text: "Информацию принять к сведению.",
      assignee_kind: "side",
      assignee_side_id: kzSide(),
      status: "open",
      created_by_id: person("secretary.ru@example.org").id,
    });
    const audit = one<{ action: string; details: string }>(
      "select action, details from audit_log where subject_type = 'assignment' and subject_id = ?",
      String(id),
    );
    expect(audit.action).toBe("assignment.given");
    const kzMembers = count(
      "memberships",
      "side_id = ? and starts_at <= ? and (ends_at is null or ends_at > ?)",
      kzSide(),
      Date.now(),
      Date.now(),
    );
    expect(count("outbox") - outboxBefore).toBe(kzMembers);
    const letter = one<{ subject: string; text: string }>("select subject, text from outbox order by id desc limit 1");
    expect(letter.subject).toContain("Поручение рабочей группы");
    expect(letter.text).toContain(`/assignments/${id}`);
  });

  it("bad input: a clear message in Russian or English, and nothing changed", async () => {
    const secretary = await as("secretary.kz@example.org");
    const partner = person("partner@example.org");
    // The language is the user's own setting (stored): switched before the fingerprint is taken.
    const english = await as("cochair.kz@example.org");
    await english.post("/locale", { locale: "en", redirectTo: "/" });
    await platform.mail.drain();
    const before = databaseFingerprint(platform.services.db.$client);
    const cases: [Parameters<typeof give>[1], string][] = [
      [{ text: "  " }, "Напишите текст поручения."],
      [{ dueOn: addCalendarDays(today(), -1) }, "Срок исполнения не может быть в прошлом."],
      [{ dueOn: "31.12.2026" }, "Срок исполнения — это дата в виде ГГГГ-ММ-ДД."],
      [{ assignee: `member:${partner.id}` }, "Исполнителем может быть только член рабочей группы"],
      [{ assignee: "side:999" }, "Исполнителем может быть только член рабочей группы"],
      [{ assignee: "" }, "Выберите исполнителя."],
      [{ decisionKey: "9.9" }, "Такого решения в окончательном тексте протокола нет."],
    ];
    for (const [fields, message] of cases) {
      const response = await give(secretary, fields);
      expect(response.status, JSON.stringify(fields)).toBe(422);
      expect(await visible(response)).toContain(message);
    }
    const inEnglish = await give(english, { dueOn: addCalendarDays(today(), -1) });
    expect(inEnglish.status).toBe(422);
    expect(await visible(inEnglish)).toContain("The due date cannot be in the past.");
    expect(databaseFingerprint(platform.services.db.$client)).toEqual(before);
  });

  it("a member may not give (403), a stranger does not see the meeting (404); nothing changed", async () => {
    const member = await as("member1.ru@example.org");
    const stranger = await as("partner@example.org");
    await platform.mail.drain();
    const before = databaseFingerprint(platform.services.db.$client);
    expect((await give(member, {})).status).toBe(403);
    expect((await give(stranger, {})).status).toBe(404);
    expect((await stranger.get(`/meetings/${M1}/decisions`)).status).toBe(404);
    expect(databaseFingerprint(platform.services.db.$client)).toEqual(before);
  });
});

describe("reporting, done, accepted or returned (R4, 3.4 в)", () => {
  it("an assignee of the side reports with a file, marks it done; a co-chair accepts; strangers see nothing", async () => {
    const secretary = await as("secretary.ru@example.org");
    const id = idFrom(await give(secretary, { text: "Направить перечень квалификаций." }));
    const assignee = await as("member2.kz@example.org");
    const other = await as("member1.ru@example.org");
    const stranger = await as("partner@example.org");

    // The assignee sees it on the home page; a member of the other side is not an assignee and may not report.
    expect(await visible(await assignee.get("/"))).toContain("Направить перечень квалификаций.");
    await platform.mail.drain(); // the letters of the assignment: delivered now, not while the fingerprints are taken
    const before = databaseFingerprint(platform.services.db.$client);
    const refused = await multipart(other, `/assignments/${id}`, { intent: "report", text: "Сделано." });
    expect(refused.status).toBe(403);
    expect((await stranger.get(`/assignments/${id}`)).status).toBe(404);
    expect((await multipart(stranger, `/assignments/${id}`, { intent: "report", text: "x" })).status).toBe(404);
    const empty = await multipart(assignee, `/assignments/${id}`, { intent: "report", text: " " });
    expect(empty.status).toBe(422);
    expect(await visible(empty)).toContain("Напишите, что сделано.");
    expect(databaseFingerprint(platform.services.db.$client)).toEqual(before);

    const reported = await multipart(
      assignee,
      `/assignments/${id}`,
      { intent: "report", text: "Перечень согласован с палатой." },
      ["перечень.txt", "Строительство: 5 квалификаций\n"],
    );
    expect(reported.status).toBe(302);
    const report = one<{ id: number; file_id: number; kind: string }>(
      "select id, file_id, kind from assignment_reports where assignment_id = ?",
      id,
    );
    expect(report.kind).toBe("progress");
    expect(report.file_id).toBeGreaterThan(0);
    // Every member of the body reads it and its file (R14); a stranger gets 404 for the file too.
    const file = await other.get(`/assignments/${id}/reports/${report.id}/file`);
    expect(file.status).toBe(200);
    expect(await file.text()).toContain("Строительство");
    expect((await stranger.get(`/assignments/${id}/reports/${report.id}/file`)).status).toBe(404);

    expect((await assignee.post(`/assignments/${id}`, { intent: "done", text: "" })).status).toBe(302);
    expect(one<{ status: string }>("select status from assignments where id = ?", id).status).toBe("done");
    // A member may not accept; the co-chair does.
    expect((await assignee.post(`/assignments/${id}`, { intent: "accept" })).status).toBe(403);
    const cochair = await as("cochair.kz@example.org");
    expect((await cochair.post(`/assignments/${id}`, { intent: "accept" })).status).toBe(302);
    expect(
      one<{ status: string; accepted_at: number }>("select status, accepted_at from assignments where id = ?", id),
    ).toMatchObject({ status: "accepted" });
    expect(
      all<{ action: string }>(
        "select action from audit_log where subject_type = 'assignment' and subject_id = ? order by seq",
        String(id),
      ).map((a) => a.action),
    ).toEqual(["assignment.given", "assignment.reported", "assignment.done", "assignment.accepted"]);
    const page = await visible(await other.get(`/assignments/${id}`));
    expect(page).toContain("Исполнение принято");
    expect(page).toContain("перечень.txt");
  });

  it("returned with a reason, it is open again; without a reason nothing changes", async () => {
    const secretary = await as("secretary.ru@example.org");
    const member = person("member3.ru@example.org");
    const id = idFrom(await give(secretary, { assignee: `member:${member.id}`, text: "Подготовить обзор." }));
    const assignee = await as("member3.ru@example.org");
    expect((await assignee.post(`/assignments/${id}`, { intent: "done", text: "Готово." })).status).toBe(302);
    const cochair = await as("cochair.ru@example.org");
    await platform.mail.drain();
    const before = databaseFingerprint(platform.services.db.$client);
    const noReason = await cochair.post(`/assignments/${id}`, { intent: "return", text: "" });
    expect(noReason.status).toBe(422);
    expect(await visible(noReason)).toContain("Напишите причину возврата.");
    expect(databaseFingerprint(platform.services.db.$client)).toEqual(before);
    expect(
      (await cochair.post(`/assignments/${id}`, { intent: "return", text: "Нет ссылок на источники." })).status,
    ).toBe(302);
    expect(
      one<{ status: string; done_at: number | null }>("select status, done_at from assignments where id = ?", id),
    ).toEqual({ status: "open", done_at: null });
    const letter = one<{ to: string; text: string }>('select "to", text from outbox order by id desc limit 1');
    expect(letter).toMatchObject({ to: "member3.ru@example.org" });
    expect(letter.text).toContain("Нет ссылок на источники.");
  });
});

describe("reminders (R4): before the due date and when overdue, each once", () => {
  it("three days ahead in the body's timezone, then the day after the due day; never twice", async () => {
    const secretary = await as("secretary.ru@example.org");
    const member = person("member4.ru@example.org");
    const due = addCalendarDays(today(), 5);
    const id = idFrom(await give(secretary, { assignee: `member:${member.id}`, dueOn: due, text: "Напомнить." }));
    const mine = () =>
      all<{ subject: string }>(
        `select subject from outbox where "to" = ? and subject like '%срок%' order by id`,
        member.email,
      );
    const noon = (day: string) => new Date(new Date(`${day}T12:00:00Z`).getTime());
    const { services } = platform;
    sendAssignmentReminders(services, noon(addCalendarDays(due, -4)));
    expect(mine().filter((m) => m.subject.startsWith("Напоминание"))).toHaveLength(0);
    sendAssignmentReminders(services, noon(addCalendarDays(due, -3)));
    sendAssignmentReminders(services, noon(addCalendarDays(due, -2)));
    expect(mine().filter((m) => m.subject.startsWith("Напоминание"))).toHaveLength(1);
    sendAssignmentReminders(services, noon(addCalendarDays(due, 1)));
    sendAssignmentReminders(services, noon(addCalendarDays(due, 2)));
    expect(mine().filter((m) => m.subject.startsWith("Поручение просрочено"))).toHaveLength(1);
    const row = one<{ reminded_due_soon_at: number; reminded_overdue_at: number }>(
      "select reminded_due_soon_at, reminded_overdue_at from assignments where id = ?",
      id,
    );
    expect(row.reminded_due_soon_at).toBeGreaterThan(0);
    expect(row.reminded_overdue_at).toBeGreaterThan(row.reminded_due_soon_at);
  });
});

describe("execution control and the home page", () => {
  it("the body's page shows every state, with numbers and accessible SVG pictures; a stranger gets 404", async () => {
    const member = await as("member2.ru@example.org");
    const response = await member.get("/bodies/1/assignments");
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toMatch(/<svg[^>]*role="img"/);
    expect(html).toContain("<title");
    expect(html).toContain("<desc");
    const text = await visible(new Response(html));
    for (const state of ["Открыто", "Срок скоро", "Просрочено", "Исполнено, ждёт принятия", "Принято"])
      expect(text).toContain(state);
    expect((await (await as("partner@example.org")).get("/bodies/1/assignments")).status).toBe(404);
  });
});

describe("publishing the signed decisions to the library, in one step", () => {
  it("refused before every signature; then one document per final, with the visibility chosen", async () => {
    const secretary = await as("secretary.ru@example.org");
    const { db } = platform.services;
    const meeting = db.select().from(meetings).where(eq(meetings.id, M1)).get()!;
    const final = decisionsFinalOf(db, M1)!;
    const signatories = meetingSignatories(db, meeting, body());
    const unsigned = signatories.filter((s) => !signatureBy(db, final.id, s.userId));
    if (unsigned.length > 0) {
      await platform.mail.drain();
      const before = databaseFingerprint(db.$client);
      const early = await secretary.post(`/meetings/${M1}/decisions`, { intent: "publish", visibility: "partners" });
      expect(early.status).toBe(409);
      expect(await visible(early)).toContain("Протокол подписан не всеми подписантами");
      expect(databaseFingerprint(db.$client)).toEqual(before);
      for (const s of unsigned) {
        const actor = db.select().from(users).where(eq(users.id, s.userId)).get()!;
        await signProtocol(platform.services, actor, M1, { password: "demo-password", textSha256: final.sha256 });
      }
    }
    const bad = await secretary.post(`/meetings/${M1}/decisions`, { intent: "publish", visibility: "secret" });
    expect(bad.status).toBe(422);
    const member = await as("member1.ru@example.org");
    expect((await member.post(`/meetings/${M1}/decisions`, { intent: "publish", visibility: "public" })).status).toBe(
      403,
    );

    const published = await secretary.post(`/meetings/${M1}/decisions`, { intent: "publish", visibility: "partners" });
    expect(published.status).toBe(302);
    expect(published.headers.get("location")).toMatch(/notice=published&document=\d+/);
    const doc = one<Record<string, unknown>>("select * from library_documents where source_final_id = ?", final.id);
    expect(doc).toMatchObject({ kind: "resolution", visibility: "partners", body_id: 1, adopted_on: "2026-09-15" });
    expect(doc.title).toMatch(/^Решения заседания .+ № 1 от 15\.09\.2026$/);
    expect(doc.adoption_reference).toBe("протокол заседания № 1 от 15.09.2026");
    const sections = all<{ number: string; body: string }>(
      "select s.number, s.body from library_sections s join library_editions e on e.id = s.edition_id where e.document_id = ? and e.status = 'adopted' order by s.position",
      doc.id,
    );
    expect(sections.map((s) => s.number)).toEqual(["", "1", "2", "3"]);
    expect(sections[1]!.body).toContain("1.1. Информацию принять к сведению.");

    const again = await secretary.post(`/meetings/${M1}/decisions`, { intent: "publish", visibility: "public" });
    expect(again.headers.get("location")).toMatch(/notice=already&document=\d+/);
    expect(count("library_documents", "source_final_id = ?", final.id)).toBe(1);
    expect(await visible(await secretary.get(again.headers.get("location")!))).toContain("уже опубликованы");

    // Partners read it (signed in); an anonymous visitor does not.
    expect((await (await as("partner@example.org")).get(`/library/${doc.id}`)).status).toBe(200);
    expect((await new TestClient(platform.url).get(`/library/${doc.id}`)).status).not.toBe(200);
    // It is found by search.
    expect(await visible(await member.get("/library?q=сводную+таблицу"))).toContain(String(doc.title));
  });
});
