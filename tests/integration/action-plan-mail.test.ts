import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addCalendarDays, zonedDateTimeToInstant } from "~/lib/zoned-time";
import { sendActionPlanReminders } from "../../db/commands/partnerships/reminders";
import { databaseFingerprint } from "../support/db-snapshot";
import { TestClient } from "../support/http";
import { startTestPlatform } from "../support/platform";
import { startSmtpServer } from "../support/smtp";
import { sqlOf } from "../support/sql";

// Issue 12: the action plan's items are reported and accepted like assignments (R4) — with their letters, through the
// outbox, to a real SMTP server on the loopback. The demo partnership: party 1 (Moscow Region) is member4.ru (head)
// and member6.ru (secretary); party 2 (НАРК) is deputy.ru (head) and member5.ru (secretary, reads English).
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let platform: Awaited<ReturnType<typeof startTestPlatform>>;
/** The letters delivered when the platform started (the demo's). */
let atStart: ParsedMail[] = [];
const { db, one, count } = sqlOf(() => platform);
const P = () => one<{ id: number }>("select id from bodies where kind = 'partnership' order by id limit 1").id;
const item = (number: string) =>
  one<{ id: number; status: string; due_on: string }>(
    "select id, status, due_on from action_plan_items where body_id = ? and number = ?",
    P(),
    number,
  );
const recipient = (m: ParsedMail) => (m.to && !Array.isArray(m.to) ? m.to.value[0]!.address! : "");

beforeAll(async () => {
  smtp = await startSmtpServer();
  platform = await startTestPlatform({ smtpUrl: smtp.url });
  atStart = smtp.takeReceived();
});
afterAll(async () => {
  await platform.close();
  await smtp.close();
});

async function as(email: string) {
  const client = new TestClient(platform.url);
  await client.signIn(email);
  return client;
}

/** The next `n` letters, by recipient; then nothing else was sent. */
async function letters(n: number): Promise<Map<string, ParsedMail>> {
  const got: ParsedMail[] = [];
  for (let i = 0; i < n; i++) got.push(await smtp.nextMessage());
  await platform.mail.drain();
  expect(smtp.takeReceived().map((m) => `${recipient(m)}: ${m.subject}`)).toEqual([]);
  return new Map(got.map((m) => [recipient(m), m]));
}

const step = (email: string, number: string, fields: Record<string, string>) =>
  as(email).then((client) => client.post(`/partnerships/${P()}/plan/${item(number).id}`, fields));

describe("letters on each step, queued with it", () => {
  it("marked done: the OTHER party's head gets a letter asking to accept or return it; nobody else", async () => {
    expect((await step("member6.ru@example.org", "3", { intent: "done", text: "Экзамен проведён." })).status).toBe(302);
    const sent = await letters(1);
    const mail = sent.get("deputy.ru@example.org")!;
    expect(mail.subject).toBe("Пункт 3 плана мероприятий выполнен и ждёт принятия");
    expect(mail.text).toContain("Сторона «Правительство Московской области» сообщила");
    expect(mail.text).toContain("Комментарий: Экзамен проведён.");
    expect(mail.text).toContain(`${platform.url}/partnerships/${P()}/plan/${item("3").id}`);
  });

  it("returned with its reason: the responsible party's people get it; without a reason nothing changes, no letter", async () => {
    const head = await as("deputy.ru@example.org");
    const secretary = await as("member5.ru@example.org");
    const path = `/partnerships/${P()}/plan/${item("3").id}`;
    const before = databaseFingerprint(db());
    const refused = await head.post(path, { intent: "return", text: " " });
    expect(refused.status).toBe(422);
    expect(databaseFingerprint(db())).toEqual(before);
    // A party's secretary may not decide: 403, nothing changes, no letter either.
    expect((await secretary.post(path, { intent: "return", text: "Нет." })).status).toBe(403);
    expect(databaseFingerprint(db())).toEqual(before);

    const reason = "Нет протокола экзамена в центре оценки квалификаций.";
    expect((await head.post(path, { intent: "return", text: reason })).status).toBe(302);
    const sent = await letters(2);
    expect([...sent.keys()].sort()).toEqual(["member4.ru@example.org", "member6.ru@example.org"]);
    for (const mail of sent.values()) {
      expect(mail.subject).toMatch(/^Пункт 3 плана мероприятий возвращён на доработку, срок — /);
      expect(mail.text).toContain(`Причина: ${reason}`);
    }
  });

  it("accepted: the responsible party's people get it, each in their own language", async () => {
    expect((await step("member4.ru@example.org", "2", { intent: "accept" })).status).toBe(302);
    const sent = await letters(2);
    expect(sent.get("deputy.ru@example.org")!.subject).toBe("Исполнение пункта 2 плана мероприятий принято");
    expect(sent.get("member5.ru@example.org")!.subject).toBe("Action plan item 2: execution accepted");
    expect(sent.get("member5.ru@example.org")!.text).toContain("The execution of item 2 of the action plan");
  });
});

describe("reminders, by the execution-control job: each once per item", () => {
  const noon = (day: string) => zonedDateTimeToInstant(day, "12:00", "Europe/Moscow");
  /**
   * The letters queued at an injected "now" weeks ahead are due then; the outbox worker runs on the real clock, so
   * they are made due now and delivered (to the SMTP server, like any letter).
   */
  const deliverQueued = () => {
    db().prepare("update outbox set next_attempt_at = ? where status = 'pending'").run(Date.now());
    platform.mail.kick();
  };

  it("the demo starts with its overdue item's reminder gone (stamped), so starting the platform sent no plan letter", () => {
    expect(atStart.filter((m) => /плана мероприятий|action plan/.test(m.subject ?? ""))).toEqual([]);
    const five = one<{ reminded_overdue_at: number | null }>(
      "select reminded_overdue_at from action_plan_items where id = ?",
      item("5").id,
    );
    expect(five.reminded_overdue_at).toBeGreaterThan(0);
    expect(sendActionPlanReminders(platform.services, new Date())).toBe(0);
  });

  it("3 days before the due day in the partnership's timezone, then the day after it; run twice, one letter", async () => {
    const due = item("4").due_on; // party 2's, in progress
    const { services } = platform;
    expect(sendActionPlanReminders(services, noon(addCalendarDays(due, -4)))).toBe(0);
    expect(sendActionPlanReminders(services, noon(addCalendarDays(due, -3)))).toBe(2);
    expect(sendActionPlanReminders(services, noon(addCalendarDays(due, -3)))).toBe(0);
    expect(sendActionPlanReminders(services, noon(addCalendarDays(due, -1)))).toBe(0);
    deliverQueued();
    const soon = await letters(2);
    expect(soon.get("deputy.ru@example.org")!.subject).toMatch(/^Напоминание: срок пункта 4 плана мероприятий — /);
    expect(soon.get("member5.ru@example.org")!.subject).toMatch(/^Reminder: action plan item 4 is due /);

    expect(sendActionPlanReminders(services, noon(due))).toBe(0); // due today: not overdue yet
    expect(sendActionPlanReminders(services, noon(addCalendarDays(due, 1)))).toBe(2);
    expect(sendActionPlanReminders(services, noon(addCalendarDays(due, 2)))).toBe(0);
    deliverQueued();
    const overdue = await letters(2);
    expect(overdue.get("member5.ru@example.org")!.subject).toMatch(/^Action plan item 4 is overdue: it was due /);
    expect(count("audit_log", "action = 'action_plan.reminded' and subject_id = ?", String(item("4").id))).toBe(2);
  });

  it("an item marked done gets none, however late", () => {
    const due = item("2").due_on; // accepted above
    expect(sendActionPlanReminders(platform.services, noon(addCalendarDays(due, 5)))).toBe(0);
  });
});
