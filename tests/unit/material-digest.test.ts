import { describe, expect, it } from "vitest";
import {
  DEFAULT_DIGEST_QUIET_MS,
  digestItems,
  isDigestDue,
  materialDigestMail,
  type DigestMaterial,
} from "~/lib/material-digest";
import { materialsDeadline } from "~/lib/zoned-time";

const minutes = (n: number) => n * 60_000;
const at = (iso: string) => new Date(iso);
const queued = (id: number, iso: string) => ({ materialId: id, queuedAt: at(iso) });

describe("R6 (3.4 а): one digest after a quiet period, not one letter per file", () => {
  it("the default quiet period is ten minutes", () => {
    expect(DEFAULT_DIGEST_QUIET_MS).toBe(minutes(10));
  });

  it("nothing queued: no digest", () => {
    expect(isDigestDue([], at("2026-12-01T12:00:00Z"))).toBe(false);
  });

  it("three files uploaded within minutes wait until ten quiet minutes after the last one", () => {
    const three = [
      queued(1, "2026-12-01T09:00:00Z"),
      queued(2, "2026-12-01T09:03:00Z"),
      queued(3, "2026-12-01T09:07:00Z"),
    ];
    expect(isDigestDue(three, at("2026-12-01T09:12:00Z"))).toBe(false);
    expect(isDigestDue(three, at("2026-12-01T09:16:59Z"))).toBe(false);
    expect(isDigestDue(three, at("2026-12-01T09:17:00Z"))).toBe(true);
  });

  it("the quiet period is a setting", () => {
    const one = [queued(1, "2026-12-01T09:00:00Z")];
    expect(isDigestDue(one, at("2026-12-01T09:02:00Z"), minutes(2))).toBe(true);
    expect(isDigestDue(one, at("2026-12-01T09:02:00Z"), minutes(3))).toBe(false);
  });

  it("a steady stream of uploads still goes out after six quiet periods from the oldest", () => {
    const stream = Array.from({ length: 8 }, (_, i) => ({
      materialId: i + 1,
      queuedAt: new Date(at("2026-12-01T09:00:00Z").getTime() + minutes(9 * i)),
    }));
    expect(isDigestDue(stream, at("2026-12-01T09:59:00Z"))).toBe(false);
    expect(isDigestDue(stream, at("2026-12-01T10:00:00Z"))).toBe(true);
  });
});

const item1 = { id: 11, position: 1, title: "О взаимном признании квалификаций" };
const item2 = { id: 12, position: 2, title: "О плане работы на 2027 год" };
const material = (id: number, title: string, item: typeof item1, acceptedLate = false): DigestMaterial => ({
  materialId: id,
  title,
  authorName: "Орлова Н. В.",
  acceptedLate,
  item,
});

describe("the digest lists the materials by agenda item, in the agenda's order", () => {
  it("groups three materials under their two items, item 1 first whatever the upload order", () => {
    const items = digestItems([
      material(3, "Проект плана", item2),
      material(1, "Справка", item1),
      material(2, "Таблица соответствия", item1),
    ]);
    expect(items).toEqual([
      {
        title: item1.title,
        materials: [
          { title: "Справка", authorName: "Орлова Н. В.", acceptedLate: false },
          { title: "Таблица соответствия", authorName: "Орлова Н. В.", acceptedLate: false },
        ],
      },
      { title: item2.title, materials: [{ title: "Проект плана", authorName: "Орлова Н. В.", acceptedLate: false }] },
    ]);
  });

  it("a material queued twice is listed once", () => {
    const items = digestItems([material(1, "Справка", item1), material(1, "Справка", item1)]);
    expect(items[0]!.materials).toHaveLength(1);
  });
});

describe("the digest letter: in the recipient's language, deadlines in the body's timezone", () => {
  const body = { titleRu: "МРГ РФ–РК", titleEn: "RU–KZ working group", timezone: "Asia/Almaty" };
  const meeting = { number: 3, startsAt: at("2026-12-11T05:00:00Z") }; // 10:00 in Almaty
  const deadline = materialsDeadline(meeting.startsAt, body.timezone, 10).endsAt; // end of 1 December, Almaty
  const items = digestItems([
    material(1, "Справка", item1),
    material(2, "Таблица соответствия", item1),
    material(3, "Проект плана", item2, true),
  ]);
  const input = { name: "Орлова Наталья", body, meeting, deadline, items, link: "https://p.example/meetings/7" };

  it("Russian: one subject counting three materials, each listed, the late one marked as accepted", () => {
    const mail = materialDigestMail({ ...input, locale: "ru" });
    expect(mail.subject).toBe("Новые материалы (3): заседание № 3, МРГ РФ–РК");
    expect(mail.text).toContain("поступили 3 материала");
    for (const title of ["— Справка (Орлова Н. В.)", "— Таблица соответствия (Орлова Н. В.)"])
      expect(mail.text).toContain(title);
    expect(mail.text).toContain("— Проект плана (Орлова Н. В.) — представлен после срока, принят сопредседателем");
    expect(mail.text.indexOf(item1.title)).toBeLessThan(mail.text.indexOf(item2.title));
    expect(mail.text).toContain("https://p.example/meetings/7");
  });

  it("the deadline and the meeting's time are shown in the body's timezone, which is named", () => {
    const mail = materialDigestMail({ ...input, locale: "ru" });
    expect(mail.text).toMatch(/\(11\sдекабря\s2026\sг\.\sв\s10:00\sGMT\+5\)/);
    expect(mail.text).toMatch(/до 1\sдекабря\s2026\sг\.\sв\s23:59\sGMT\+5 \(часовой пояс органа: Asia\/Almaty\)/);
  });

  it("English for a recipient whose profile says so", () => {
    const mail = materialDigestMail({ ...input, locale: "en" });
    expect(mail.subject).toBe("New materials (3): meeting No. 3, RU–KZ working group");
    expect(mail.text).toContain("3 new materials have arrived for meeting No. 3");
    expect(mail.text).toContain("submitted after the deadline, accepted by a co-chair");
    expect(mail.html).toContain('lang="en"');
  });

  it("HTML says the same and escapes what members typed", () => {
    const hostile = digestItems([material(9, "<script>alert(1)</script>", item1)]);
    const mail = materialDigestMail({ ...input, items: hostile, locale: "ru" });
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).toContain("&lt;script&gt;");
  });
});
