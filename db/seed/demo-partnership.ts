// The demo partnership (issue 12): the cooperation agreement of sources/002 (распоряжение № 878-РП от 22.10.2019)
// with its agreement in the library (two editions), the resolution that set up a working group, an action plan
// with items in every state, and that working group (sources/002, item 6) with a coming meeting.
import { eq } from "drizzle-orm";
import type { ActionPlanReportKind } from "../../app/lib/action-plan-kinds";
import { structureText } from "../../app/lib/library/structure";
import { addCalendarDays, localDateOf, zonedDateTimeToInstant } from "../../app/lib/zoned-time";
import type { Db } from "../client";
import { recordItemStep } from "../commands/partnerships/execution";
import { insertWorkingGroup } from "../commands/partnerships/set-up-group";
import { addDocument, addEdition } from "../library/store";
import { actionPlanItems, agendaItems, meetings, memberships, partnerships, sides, users, type Body } from "../schema";
import * as texts from "./demo-partnership-texts";

const DAY = 86_400_000;
const sections = (markdown: string) => structureText(markdown, "markdown").sections;

/** The plan: [number, text, party (1 or 2), due in days from the demo's day, steps (who, kind, days ago)]. */
type Step = [email: string, kind: ActionPlanReportKind, daysAgo: number, text: string];
const plan: [string, string, 1 | 2, number, Step[]][] = [
  [
    "1",
    "Сформировать рабочую группу по кластерному взаимодействию и утвердить её состав",
    1,
    -120,
    [
      [
        "member6.ru@example.org",
        "progress",
        150,
        "Получены кандидатуры от колледжей, МОСПП (РОР) и Министерства образования.",
      ],
      ["member6.ru@example.org", "done", 130, "Состав утверждён; рабочая группа создана."],
      ["deputy.ru@example.org", "accepted", 125, ""],
    ],
  ],
  [
    "2",
    "Провести профессионально-общественную аккредитацию программ трёх колледжей Московской области",
    2,
    20,
    [
      ["member5.ru@example.org", "progress", 40, "Экспертиза программ двух колледжей завершена."],
      ["member5.ru@example.org", "done", 3, "Аккредитация трёх программ проведена; свидетельства выданы."],
    ],
  ],
  [
    "3",
    "Организовать профессиональный экзамен для выпускников колледжей в центрах оценки квалификаций",
    1,
    45,
    [["member6.ru@example.org", "progress", 10, "Согласованы площадки двух центров оценки квалификаций."]],
  ],
  [
    "4",
    "Разработать региональный перечень востребованных квалификаций",
    2,
    30,
    [
      ["member5.ru@example.org", "progress", 60, "Собраны заявки работодателей."],
      ["member5.ru@example.org", "done", 35, "Перечень подготовлен."],
      ["member4.ru@example.org", "returned", 30, "Нет данных по отраслям машиностроения и строительства; дополните."],
      ["member5.ru@example.org", "progress", 12, "Запрошены данные отраслевых объединений работодателей."],
    ],
  ],
  ["5", "Разместить материалы по внедрению национальной системы квалификаций на сайтах сторон", 1, -10, []],
  ["6", "Подготовить предложения по актуализации профессиональных стандартов по итогам экзаменов", 2, 90, []],
];

export function seedDemoPartnership(tx: Db, partnership: Body, userIds: Map<string, number>, now: Date): void {
  const id = (email: string) => userIds.get(email)!;
  const actorOf = (email: string) =>
    tx
      .select()
      .from(users)
      .where(eq(users.id, id(email)))
      .get()!;
  const secretary = id("member6.ru@example.org");
  // The agreement (its first edition, then the supplementary agreement as the second), public.
  const agreementId = addDocument(
    tx,
    secretary,
    {
      kind: "agreement",
      title: "Соглашение о взаимодействии между Правительством Московской области и АНО «НАРК»",
      issuer: "Правительство Московской области; АНО «Национальное агентство развития квалификаций»",
      adoptionReference: "распоряжение № 878-РП от 22.10.2019",
      adoptedOn: "2019-11-15",
      countries: ["RU"],
      topics: ["национальная система квалификаций"],
      bodyId: partnership.id,
      visibility: "public",
    },
    { status: "adopted", adoptedOn: "2019-11-15", sections: sections(texts.agreementEdition1) },
  );
  addEdition(tx, secretary, agreementId, {
    status: "adopted",
    adoptedOn: "2023-03-01",
    sections: sections(texts.agreementEdition2),
  });
  tx.insert(partnerships)
    .values({
      bodyId: partnership.id,
      startsOn: "2019-11-15",
      termMonths: 84,
      agreementDocumentId: agreementId,
      updatedAt: now,
    })
    .run();
  addDocument(
    tx,
    secretary,
    {
      kind: "resolution",
      title: "Резолюция межведомственной рабочей группы о подготовке кадров для предприятий Московской области",
      issuer: "Межведомственная рабочая группа Московской области",
      countries: ["RU"],
      bodyId: partnership.id,
      visibility: "public",
    },
    { status: "adopted", adoptedOn: "2019-12-10", sections: sections(texts.resolutionText) },
  );
  // The parties' working materials: for their members only, so never in the public feed.
  addDocument(
    tx,
    secretary,
    {
      kind: "report",
      title: "Отчёт о выполнении плана мероприятий (рабочие материалы)",
      bodyId: partnership.id,
      visibility: "body",
    },
    { status: "draft", sections: sections(texts.progressReportText) },
  );
  seedPlan(tx, partnership, id, actorOf, now);
  seedWorkingGroup(tx, partnership, id, now);
}

function seedPlan(
  tx: Db,
  partnership: Body,
  id: (email: string) => number,
  actorOf: (email: string) => typeof users.$inferSelect,
  now: Date,
): void {
  const parties = tx
    .select({ id: sides.id })
    .from(sides)
    .where(eq(sides.bodyId, partnership.id))
    .orderBy(sides.position)
    .all();
  const today = localDateOf(now, partnership.timezone);
  for (const [number, text, party, dueIn, steps] of plan) {
    const { id: itemId } = tx
      .insert(actionPlanItems)
      .values({
        bodyId: partnership.id,
        number,
        text,
        responsibleSideId: parties[party - 1]!.id,
        dueOn: addCalendarDays(today, dueIn),
        createdById: id("member6.ru@example.org"),
        createdAt: new Date(now.getTime() - 200 * DAY),
      })
      .returning({ id: actionPlanItems.id })
      .get();
    for (const [email, kind, daysAgo, note] of steps)
      recordItemStep(
        tx,
        actorOf(email),
        { partnershipId: partnership.id, itemId },
        kind,
        note,
        () => null,
        new Date(now.getTime() - daysAgo * DAY),
      );
  }
}

/** sources/002, item 6: heads of colleges (СПО), МОСПП (РОР) and the regional Ministry of Education. */
function seedWorkingGroup(tx: Db, partnership: Body, id: (email: string) => number, now: Date): void {
  const parties = tx
    .select({ id: sides.id })
    .from(sides)
    .where(eq(sides.bodyId, partnership.id))
    .orderBy(sides.position)
    .all();
  const setUpAt = new Date(now.getTime() - 130 * DAY);
  const groupId = insertWorkingGroup(
    tx,
    id("member4.ru@example.org"),
    partnership,
    {
      titleRu: "Рабочая группа по реализации соглашений о кластерном взаимодействии",
      description:
        "Представители руководителей профессиональных образовательных организаций (СПО), МОСПП (РОР) и Министерства образования Московской области: алгоритм пошаговой реализации целей соглашения.",
      coChairs: { [parties[0]!.id]: id("member4.ru@example.org"), [parties[1]!.id]: id("deputy.ru@example.org") },
    },
    setUpAt,
  );
  const groupSides = tx
    .select({ id: sides.id })
    .from(sides)
    .where(eq(sides.bodyId, groupId))
    .orderBy(sides.position)
    .all();
  const seats: [string, number][] = [
    ["member1.ru@example.org", 0],
    ["member2.ru@example.org", 0],
    ["member5.ru@example.org", 1],
  ];
  for (const [email, side] of seats)
    tx.insert(memberships)
      .values({
        bodyId: groupId,
        sideId: groupSides[side]!.id,
        userId: id(email),
        role: "member",
        startsAt: setUpAt,
        createdById: id("member4.ru@example.org"),
      })
      .run();
  const day = addCalendarDays(localDateOf(now, partnership.timezone), 14);
  const { id: meetingId } = tx
    .insert(meetings)
    .values({
      bodyId: groupId,
      number: 1,
      status: "draft",
      startsAt: zonedDateTimeToInstant(day, "11:00", partnership.timezone),
      durationMinutes: 120,
      place: "Красногорск, Центр опережающей профессиональной подготовки Московской области",
      format: "hybrid",
      videoLink: "https://vks.example.org/mo-klaster-1",
      createdById: id("member4.ru@example.org"),
    })
    .returning({ id: meetings.id })
    .get();
  tx.insert(agendaItems)
    .values({
      meetingId,
      position: 1,
      title: "Об алгоритме трудоустройства выпускников колледжей по полученной специальности",
      status: "accepted",
      proposedById: id("member4.ru@example.org"),
    })
    .run();
}
