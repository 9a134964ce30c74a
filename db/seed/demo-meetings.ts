// The demo's meetings of the RU–KZ working group: meeting № 1, held in September 2026 (attendance, the
// Kazakh deputy acting for the absent co-chair, a written opinion read out, its roll and quorum stored), and
// meeting № 2 on the day the demo is loaded, so that it can be opened (a meeting opens only on its own day):
// convened, its agenda changed since and approved again by the Russian side only, one material late.
// Meeting № 1 also has its protocol drafted and typed (demo-protocol.ts).
import { type Services } from "../../app/context";
import { detectFileType } from "../files/types";
import { addCalendarDays, localDateOf, zonedDateTimeToInstant } from "../../app/lib/zoned-time";
import { type Db } from "../client";
import { recordFile, writeBlob } from "../files/store";
import { recordRoll } from "../commands/meetings/roll-snapshot";
import { seedDemoProtocol } from "./demo-protocol";
import { writeProtocolDraft } from "../protocols/draft";
import {
  agendaApprovals,
  agendaItems,
  attendance,
  materials,
  meetingGuests,
  meetings,
  rsvps,
  writtenOpinionItems,
  writtenOpinions,
} from "../schema/meetings";
import { type Body } from "../schema/bodies";

const DAY = 86_400_000;

/** The next full hour of the same day in the zone, or `now` itself when no full hour is left in the day. */
function laterToday(now: Date, timeZone: string): Date {
  const hour = Number(new Intl.DateTimeFormat("en-GB", { hour: "2-digit", hourCycle: "h23", timeZone }).format(now));
  if (hour >= 23) return new Date(Math.floor(now.getTime() / 60_000) * 60_000);
  return zonedDateTimeToInstant(localDateOf(now, timeZone), `${String(hour + 1).padStart(2, "0")}:00`, timeZone);
}

export function seedDemoMeetings(
  services: Services,
  tx: Db,
  wg: Body,
  sideIds: number[],
  id: (email: string) => number,
  now: Date,
): void {
  const [ru, kz] = sideIds as [number, number];
  const at = (date: string, time: string) => zonedDateTimeToInstant(date, time, wg.timezone);

  // № 1 — held.
  const held = at("2026-09-15", "10:00");
  const m1 = tx
    .insert(meetings)
    .values({
      bodyId: wg.id,
      number: 1,
      status: "completed",
      startsAt: held,
      durationMinutes: 150,
      place: "Москва, ул. Ильинка, 21, зал заседаний",
      format: "hybrid",
      videoLink: "https://vks.example.org/mrg-rf-rk-1",
      agendaVersion: 1,
      createdById: id("cochair.ru@example.org"),
      convenedAt: new Date(held.getTime() - 30 * DAY),
      startedAt: held,
      completedAt: new Date(held.getTime() + 150 * 60_000),
    })
    .returning()
    .get();
  const items1 = [
    "О ходе гармонизации национальных рамок квалификаций Российской Федерации и Республики Казахстан",
    "О взаимном признании результатов независимой оценки квалификации",
    "О плане работы рабочей группы на 2027 год",
  ].map((title, i) =>
    tx
      .insert(agendaItems)
      .values({
        meetingId: m1.id,
        position: i + 1,
        title,
        durationMinutes: 40,
        status: "accepted",
        proposedById: id("cochair.ru@example.org"),
        decidedById: id("cochair.ru@example.org"),
      })
      .returning()
      .get(),
  );
  for (const [sideId, email, capacity] of [
    [ru, "cochair.ru@example.org", "co_chair"],
    [kz, "cochair.kz@example.org", "co_chair"],
  ] as const) {
    tx.insert(agendaApprovals)
      .values({
        meetingId: m1.id,
        sideId,
        version: 1,
        approvedById: id(email),
        capacity,
        approvedAt: new Date(held.getTime() - 20 * DAY),
      })
      .run();
  }
  const present1: [string, "in_person" | "video"][] = [
    ["cochair.ru@example.org", "in_person"],
    ["secretary.ru@example.org", "in_person"],
    ["member1.ru@example.org", "in_person"],
    ["member2.ru@example.org", "video"],
    ["member3.ru@example.org", "in_person"],
    ["member4.ru@example.org", "video"],
    ["deputy.kz@example.org", "video"],
    ["secretary.kz@example.org", "video"],
    ["member1.kz@example.org", "video"],
    ["member2.kz@example.org", "video"],
    ["member3.kz@example.org", "in_person"],
  ];
  for (const [email, presence] of present1)
    tx.insert(attendance)
      .values({
        meetingId: m1.id,
        userId: id(email),
        presence,
        markedById: id("secretary.ru@example.org"),
        markedAt: held,
      })
      .run();
  const opinion1 = tx
    .insert(writtenOpinions)
    .values({
      meetingId: m1.id,
      authorId: id("member5.ru@example.org"),
      text: "Поддерживаю подход к взаимному признанию результатов независимой оценки квалификации при условии сопоставления уровней квалификаций по отраслевым рамкам. Предлагаю начать с пилотного перечня из десяти квалификаций в строительстве и энергетике.",
      submittedAt: new Date(held.getTime() - 2 * DAY),
      updatedAt: new Date(held.getTime() - 2 * DAY),
      readOutAt: new Date(held.getTime() + 70 * 60_000),
      readOutById: id("secretary.ru@example.org"),
    })
    .returning()
    .get();
  tx.insert(writtenOpinionItems).values({ opinionId: opinion1.id, agendaItemId: items1[1]!.id }).run();
  // R9 (3.7): the roll and quorum as they stood at opening and at completion, as the presiding commands store them.
  recordRoll(tx, { meeting: m1, body: wg }, "opened", held);
  recordRoll(tx, { meeting: m1, body: wg }, "completed", m1.completedAt!);
  // R13: its protocol, generated and then typed by both secretaries, ready to be signed (next issue).
  seedDemoProtocol(
    tx,
    m1.id,
    { ru: id("secretary.ru@example.org"), kz: id("secretary.kz@example.org") },
    m1.completedAt!,
  );

  // № 2 — today, at the next full hour (late in the evening: now); its materials deadline (10 days before) has passed.
  const next = laterToday(now, wg.timezone);
  const m2 = tx
    .insert(meetings)
    .values({
      bodyId: wg.id,
      number: 2,
      status: "convened",
      startsAt: next,
      durationMinutes: 120,
      place: "Астана, пр. Мангилик Ел, 8, Дом министерств",
      format: "hybrid",
      videoLink: "https://vks.example.org/mrg-rf-rk-2",
      agendaVersion: 2,
      createdById: id("cochair.kz@example.org"),
      convenedAt: new Date(now.getTime() - 20 * DAY),
    })
    .returning()
    .get();
  const items2 = [
    {
      title: "Об итогах пилотного взаимного признания квалификаций в строительстве",
      by: "cochair.kz@example.org",
      status: "accepted" as const,
    },
    {
      title: "О проекте соглашения о сотрудничестве в области национальных систем квалификаций",
      by: "cochair.ru@example.org",
      status: "accepted" as const,
    },
    { title: "О сопоставлении классификаторов занятий", by: "member2.ru@example.org", status: "accepted" as const },
    {
      title: "Об обмене данными реестров сведений о квалификациях",
      by: "member3.kz@example.org",
      status: "proposed" as const,
    },
    { title: "О переносе заседания на 2027 год", by: "member1.kz@example.org", status: "declined" as const },
  ].map((item, i) =>
    tx
      .insert(agendaItems)
      .values({
        meetingId: m2.id,
        position: i + 1,
        title: item.title,
        durationMinutes: 30,
        status: item.status,
        proposedById: id(item.by),
        decidedById: item.status === "proposed" ? null : id("cochair.ru@example.org"),
        declineReason:
          item.status === "declined"
            ? "Сроки заседания согласованы сопредседателями; вопрос можно поднять в разделе «Разное»."
            : null,
      })
      .returning()
      .get(),
  );
  tx.insert(agendaApprovals)
    .values({
      meetingId: m2.id,
      sideId: ru,
      version: 2,
      approvedById: id("cochair.ru@example.org"),
      capacity: "co_chair",
      approvedAt: new Date(now.getTime() - 12 * DAY),
    })
    .run();
  tx.insert(agendaApprovals)
    .values({
      meetingId: m2.id,
      sideId: kz,
      version: 1,
      approvedById: id("cochair.kz@example.org"),
      capacity: "co_chair",
      approvedAt: new Date(now.getTime() - 18 * DAY),
    })
    .run();
  const draft = new TextEncoder().encode(
    "Проект соглашения о сотрудничестве в области национальных систем квалификаций\n\nСтатья 1. Предмет соглашения\n…\n",
  );
  const file = recordFile(tx, {
    name: "Проект соглашения.txt",
    type: detectFileType(draft)!,
    size: draft.length,
    sha256: writeBlob(services, draft),
    uploadedById: id("secretary.ru@example.org"),
  });
  tx.insert(materials)
    .values({
      meetingId: m2.id,
      agendaItemId: items2[1]!.id,
      title: "Проект соглашения",
      fileId: file.id,
      submittedById: id("secretary.ru@example.org"),
      submittedAt: new Date(now.getTime() - 12 * DAY),
      late: false,
    })
    .run();
  tx.insert(materials)
    .values({
      meetingId: m2.id,
      agendaItemId: items2[0]!.id,
      title: "Справка об итогах пилотного признания",
      text: "Признаны результаты оценки по 10 квалификациям; 214 выпускников получили свидетельства обеих сторон.",
      submittedById: id("secretary.kz@example.org"),
      submittedAt: new Date(now.getTime() - 1 * DAY),
      late: true,
    })
    .run();
  for (const [email, answer] of [
    ["cochair.ru@example.org", "in_person"],
    ["cochair.kz@example.org", "in_person"],
    ["member1.ru@example.org", "video"],
    ["member5.kz@example.org", "absent"],
    ["member4.ru@example.org", "absent"],
  ] as const) {
    tx.insert(rsvps)
      .values({ meetingId: m2.id, userId: id(email), answer, answeredAt: new Date(now.getTime() - 3 * DAY) })
      .run();
  }
  const opinion2 = tx
    .insert(writtenOpinions)
    .values({
      meetingId: m2.id,
      authorId: id("member5.kz@example.org"),
      text: "Поддерживаю проект соглашения. Прошу дополнить статью 3 положением о ежегодном обмене перечнями признанных квалификаций.",
      submittedAt: new Date(now.getTime() - 2 * DAY),
      updatedAt: new Date(now.getTime() - 2 * DAY),
    })
    .returning()
    .get();
  tx.insert(writtenOpinionItems).values({ opinionId: opinion2.id, agendaItemId: items2[1]!.id }).run();
  tx.insert(meetingGuests)
    .values({
      meetingId: m2.id,
      userId: id("expert@example.org"),
      kind: "expert",
      invitedById: id("cochair.ru@example.org"),
    })
    .run();
  // Every convened meeting has its protocol draft (R13): № 2's is generated, nothing typed yet.
  writeProtocolDraft(tx, m2.id, now);
}
