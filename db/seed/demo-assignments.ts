// Execution control in the demo (issue 10, R4): assignments on meeting № 1's decisions in every state — open,
// due soon, overdue, done awaiting acceptance, accepted, and one returned earlier and open again — for a member,
// a side and an organisation. Runs after the signing demo; finalises meeting № 1 itself only if nobody has.
import { and, eq } from "drizzle-orm";
import type { Services } from "../../app/context";
import type { AssignmentReportKind } from "../../app/lib/assignment-kinds";
import { addCalendarDays, localDateOf } from "../../app/lib/zoned-time";
import { writeTransaction } from "../client";
import { finaliseProtocol } from "../commands/protocols/finalise";
import { decisionsFinalOf, finalDecisions } from "../queries/assignments";
import { assignmentReports, assignments } from "../schema/assignments";
import { organisations, users } from "../schema/accounts";
import { bodies, sides } from "../schema/bodies";
import { meetings } from "../schema/meetings";

const DAY = 24 * 3_600_000;

export function seedDemoAssignments(services: Services, now = new Date()): number {
  const { db } = services;
  const user = (email: string) => db.select().from(users).where(eq(users.email, email)).get()!;
  const meeting = db.select().from(meetings).where(eq(meetings.number, 1)).orderBy(meetings.id).get();
  if (!meeting || meeting.status !== "completed") return 0;
  const body = db.select().from(bodies).where(eq(bodies.id, meeting.bodyId)).get()!;
  if (!decisionsFinalOf(db, meeting.id)) finaliseProtocol(services, user("secretary.ru@example.org"), meeting.id, now);
  const final = decisionsFinalOf(db, meeting.id)!;
  const decisions = finalDecisions(final).flatMap((i) => i.decisions);
  const decision = (key: string) => decisions.find((d) => d.key === key) ?? decisions[0]!;
  if (decisions.length === 0) return 0;

  const today = localDateOf(now, body.timezone);
  const kzSide = db
    .select()
    .from(sides)
    .where(and(eq(sides.bodyId, body.id), eq(sides.position, 2)))
    .get()!;
  const atameken = db.select().from(organisations).where(eq(organisations.shortName, "НПП «Атамекен»")).get();
  const memberRu = user("member1.ru@example.org");
  const secretaryRu = user("secretary.ru@example.org");
  const secretaryKz = user("secretary.kz@example.org");
  const cochairRu = user("cochair.ru@example.org");
  // Given a few days after the session, spread over the weeks since (never after now): the chart has a history.
  const given = (daysAfterSession: number) =>
    new Date(Math.min(meeting.startsAt.getTime() + daysAfterSession * DAY, now.getTime() - DAY));
  const ago = (days: number) => new Date(now.getTime() - days * DAY);

  type History = [AssignmentReportKind, number, string, Date][];
  const plan: {
    key: string;
    text: string;
    assignee: { kind: "member" | "side" | "organisation"; id: number };
    dueOn: string;
    status: "open" | "done" | "accepted";
    createdAt: Date;
    history: History;
    reminded?: true;
  }[] = [
    {
      key: "1.2",
      text: "Подготовить сводную таблицу сопоставления уровней национальных рамок квалификаций (проект для сторон).",
      assignee: { kind: "member", id: secretaryRu.id },
      dueOn: addCalendarDays(today, 40),
      status: "open",
      createdAt: given(3),
      history: [["progress", secretaryRu.id, "Собраны данные по 12 отраслевым рамкам из 20.", ago(6)]],
    },
    {
      key: "1.3",
      text: "Представить предложения казахстанской стороны по гармонизации классификаторов занятий.",
      assignee: { kind: "side", id: kzSide.id },
      dueOn: addCalendarDays(today, 4),
      status: "open",
      createdAt: given(5),
      history: [],
    },
    {
      key: "2.2",
      text: "Направить перечень квалификаций в строительстве для пилотного проекта взаимного признания.",
      assignee: atameken
        ? { kind: "organisation", id: atameken.id }
        : { kind: "member", id: user("member1.kz@example.org").id },
      dueOn: addCalendarDays(today, -10),
      status: "open",
      createdAt: given(4),
      history: [],
      reminded: true,
    },
    {
      key: "2.1",
      text: "Подготовить справку о практике независимой оценки квалификации для взаимного признания.",
      assignee: { kind: "member", id: memberRu.id },
      dueOn: addCalendarDays(today, 10),
      status: "done",
      createdAt: given(6),
      history: [
        ["progress", memberRu.id, "Проект справки подготовлен, направлен на согласование в РСПП.", ago(12)],
        ["done", memberRu.id, "Справка согласована и приложена к отчёту.", ago(2)],
      ],
    },
    {
      key: "3.1",
      text: "Внести в план работы на 2027 год вопрос об обмене данными реестров сведений о квалификациях.",
      assignee: { kind: "member", id: secretaryKz.id },
      dueOn: addCalendarDays(today, -20),
      status: "accepted",
      createdAt: given(2),
      history: [
        ["done", secretaryKz.id, "Вопрос включён в раздел 3 проекта плана.", ago(30)],
        ["accepted", cochairRu.id, "", ago(28)],
      ],
    },
    {
      key: "1.3",
      text: "Подготовить предложения российской стороны по гармонизации классификаторов занятий.",
      assignee: { kind: "member", id: memberRu.id },
      dueOn: addCalendarDays(today, 21),
      status: "open",
      createdAt: given(5),
      history: [
        ["done", memberRu.id, "Предложения направлены секретарю.", ago(20)],
        ["returned", cochairRu.id, "Нужно сопоставить с ОКЗ, а не только с ЕТКС.", ago(18)],
        ["progress", memberRu.id, "Сопоставление с ОКЗ начато.", ago(5)],
      ],
    },
  ];
  writeTransaction(db, (tx) => {
    for (const p of plan) {
      const d = decision(p.key);
      const last = p.history[p.history.length - 1];
      const doneAt = p.status === "done" || p.status === "accepted" ? p.history.find((h) => h[0] === "done")![3] : null;
      const row = tx
        .insert(assignments)
        .values({
          bodyId: body.id,
          meetingId: meeting.id,
          finalId: final.id,
          decisionKey: d.key,
          decisionText: d.text,
          text: p.text,
          assigneeKind: p.assignee.kind,
          assigneeUserId: p.assignee.kind === "member" ? p.assignee.id : null,
          assigneeSideId: p.assignee.kind === "side" ? p.assignee.id : null,
          assigneeOrganisationId: p.assignee.kind === "organisation" ? p.assignee.id : null,
          dueOn: p.dueOn,
          status: p.status,
          createdById: cochairRu.id,
          createdAt: p.createdAt,
          doneAt,
          acceptedAt: p.status === "accepted" ? last![3] : null,
          // The demo starts with its reminders already sent, as they would have been.
          remindedDueSoonAt: p.reminded ? ago(13) : null,
          remindedOverdueAt: p.reminded ? ago(9) : null,
        })
        .returning({ id: assignments.id })
        .get();
      for (const [kind, authorId, text, createdAt] of p.history)
        tx.insert(assignmentReports).values({ assignmentId: row.id, kind, text, authorId, createdAt }).run();
    }
  });
  return plan.length;
}
