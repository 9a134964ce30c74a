import { describe, expect, it } from "vitest";
import { actionPlanMail } from "~/lib/action-plan-mail";
import { isUnfinished } from "~/lib/action-plan-rules";
import { reminderDue } from "~/lib/assignment-rules";
import { reminderOwed, reminderStamps } from "~/lib/due-rules";
import { zonedDateTimeToInstant } from "~/lib/zoned-time";

// Issue 12: the action plan is reported and accepted like assignments (R4, 3.2 г; 3.4 в) — and, like them, its
// steps and due days reach people by letter: one reminder rule for both, each reminder once.
const item = (status: "planned" | "in_progress" | "done" | "accepted", dueOn: string) => ({
  unfinished: isUnfinished(status),
  dueOn,
  remindedDueSoonAt: null as Date | null,
  remindedOverdueAt: null as Date | null,
});

describe("R4 (3.4 в): an item's reminders, in the partnership's timezone, each once", () => {
  const moscow = (day: string, time = "09:00") => zonedDateTimeToInstant(day, time, "Europe/Moscow");

  it("3 days before the due day, counted in the partnership's timezone, not the server's", () => {
    expect(reminderOwed(item("planned", "2026-12-05"), moscow("2026-12-01"), "Europe/Moscow")).toBeNull();
    expect(reminderOwed(item("planned", "2026-12-05"), moscow("2026-12-02"), "Europe/Moscow")).toBe("dueSoon");
    // 23:30 UTC on 1 December is already 2 December in Moscow.
    const lateUtc = new Date("2026-12-01T23:30:00Z");
    expect(reminderOwed(item("in_progress", "2026-12-05"), lateUtc, "Europe/Moscow")).toBe("dueSoon");
    expect(reminderOwed(item("in_progress", "2026-12-05"), lateUtc, "UTC")).toBeNull();
  });

  it("overdue from the day after the due day; once it went, never again", () => {
    expect(reminderOwed(item("in_progress", "2026-12-05"), moscow("2026-12-05", "23:59"), "Europe/Moscow")).toBe(
      "dueSoon",
    );
    expect(reminderOwed(item("in_progress", "2026-12-05"), moscow("2026-12-06"), "Europe/Moscow")).toBe("overdue");
    const went = {
      ...item("in_progress", "2026-12-05"),
      ...reminderStamps("overdue", item("planned", ""), new Date()),
    };
    expect(reminderOwed(went, moscow("2026-12-07"), "Europe/Moscow")).toBeNull();
    // An overdue item no longer needs the "due soon" letter: both are marked as gone.
    expect(went.remindedDueSoonAt).toBeInstanceOf(Date);
  });

  it("an item marked done or accepted gets no reminder, however late", () => {
    for (const status of ["done", "accepted"] as const)
      expect(reminderOwed(item(status, "2020-01-01"), moscow("2026-12-06"), "Europe/Moscow")).toBeNull();
  });

  it("is the very rule assignments follow (one rule, not a copy)", () => {
    for (const day of ["2026-12-01", "2026-12-02", "2026-12-05", "2026-12-06"]) {
      const now = moscow(day);
      const assignment = {
        status: "open" as const,
        dueOn: "2026-12-05",
        remindedDueSoonAt: null,
        remindedOverdueAt: null,
      };
      expect(reminderOwed(item("planned", "2026-12-05"), now, "Europe/Moscow")).toBe(
        reminderDue(assignment, now, "Europe/Moscow"),
      );
    }
  });
});

describe("the letters, in the recipient's language", () => {
  const base = {
    name: "Белова Мария Алексеевна",
    partnershipTitle: "Соглашение о взаимодействии",
    party: "Правительство Московской области",
    number: "3",
    text: "Провести профессиональный экзамен",
    dueOn: "2026-12-12",
    link: "https://platform.example/partnerships/3/plan/7",
  };

  it("done: the other party's head is asked to accept or return it, with the note", () => {
    const mail = actionPlanMail({ ...base, kind: "done", locale: "ru", note: "Экзамен проведён." });
    expect(mail.subject).toBe("Пункт 3 плана мероприятий выполнен и ждёт принятия");
    expect(mail.text).toContain("Сторона «Правительство Московской области» сообщила");
    expect(mail.text).toContain("12 декабря 2026");
    expect(mail.text).toContain("3. Провести профессиональный экзамен");
    expect(mail.text).toContain("Комментарий: Экзамен проведён.");
    expect(mail.text).toContain("https://platform.example/partnerships/3/plan/7");
    expect(mail.html).toContain('lang="ru"');
  });

  it("returned: the reason is in the letter, in English for an English reader", () => {
    const mail = actionPlanMail({ ...base, kind: "returned", locale: "en", note: "No certificate attached." });
    expect(mail.subject).toBe("Action plan item 3 is returned for more work, due 12 December 2026");
    expect(mail.text).toContain("Reason: No certificate attached.");
    expect(mail.text).toContain("A head of a party to the partnership");
    expect(mail.html).toContain('lang="en"');
  });

  it("the reminders say the due day and the party that answers for it", () => {
    expect(actionPlanMail({ ...base, kind: "dueSoon", locale: "ru" }).subject).toBe(
      "Напоминание: срок пункта 3 плана мероприятий — 12 декабря 2026 г.",
    );
    const overdue = actionPlanMail({ ...base, kind: "overdue", locale: "en" });
    expect(overdue.subject).toBe("Action plan item 3 is overdue: it was due 12 December 2026");
    expect(overdue.text).toContain("for which the party «Правительство Московской области» answers");
  });

  it("accepted: a short letter, with no note or reason", () => {
    const mail = actionPlanMail({ ...base, kind: "accepted", locale: "ru" });
    expect(mail.subject).toBe("Исполнение пункта 3 плана мероприятий принято");
    expect(mail.text).not.toContain("Причина");
  });
});
