// The demo's amendments (issue 11): the working group's draft recommendations, open for amendments for two weeks
// from the moment the demo is loaded, with amendments from both sides, one of them already decided.
import { eq } from "drizzle-orm";
import { structureText } from "../../app/lib/library/structure";
import { addCalendarDays, localDateOf } from "../../app/lib/zoned-time";
import type { Db } from "../client";
import { decideAmendment, proposeAmendment, setAmendmentsDeadline } from "../library/amendments";
import { editionsOf } from "../library/amendment-access";
import { sectionsOf } from "../library/amendments-read";
import { addDocument } from "../library/store";
import { users, type Body } from "../schema";

const draftText = `# Проект рекомендаций о взаимном признании результатов независимой оценки квалификации

## 1. Общие положения

Рекомендации определяют порядок признания свидетельств о квалификации, выданных центрами оценки квалификаций Российской Федерации и Республики Казахстан.

## 2. Признание свидетельств

Свидетельство о квалификации, выданное в одной из стран, признаётся в другой стране без повторной оценки, если наименование квалификации включено в согласованный перечень.

Решение о признании принимается в течение тридцати календарных дней со дня обращения.

## 3. Обмен сведениями

Стороны обмениваются сведениями о выданных свидетельствах через национальные реестры не реже одного раза в квартал.

## 4. Согласованный перечень квалификаций

Перечень квалификаций утверждается рабочей группой и пересматривается ежегодно.
`;

export function seedDemoAmendments(tx: Db, body: Body, now: Date): void {
  const person = (email: string) => tx.select().from(users).where(eq(users.email, email)).get()!;
  const secretary = person("secretary.ru@example.org");
  const structured = structureText(draftText, "markdown");
  const documentId = addDocument(
    tx,
    secretary.id,
    {
      kind: "recommendations",
      title: structured.title,
      issuer: "Рабочая группа",
      countries: ["RU", "KZ"],
      topics: ["квалификации", "независимая оценка"],
      visibility: "body",
      bodyId: body.id,
    },
    { status: "draft", sections: structured.sections },
  );
  const editionId = editionsOf(tx, documentId)[0]!.id;
  const sections = sectionsOf(tx, editionId);
  const section = (number: string) => sections.find((s) => s.number === number)!;
  // Opened a week ago by the deadline two weeks ahead; the commands check what they always check.
  const opened = new Date(now.getTime() - 7 * 86_400_000);
  setAmendmentsDeadline(
    tx,
    secretary,
    documentId,
    editionId,
    { day: addCalendarDays(localDateOf(now, body.timezone), 14) },
    opened,
  );
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * 86_400_000);
  const kz = person("member1.kz@example.org");
  const ru = person("member2.ru@example.org");
  const decided = proposeAmendment(
    tx,
    kz,
    documentId,
    editionId,
    {
      sectionId: section("2").id,
      passage: "в течение тридцати календарных дней",
      proposedWording: "в течение двадцати рабочих дней",
      justification: "Срок в рабочих днях одинаково исчисляется в обеих странах и учитывает праздничные дни.",
    },
    at(5),
  );
  proposeAmendment(
    tx,
    ru,
    documentId,
    editionId,
    {
      sectionId: section("3").id,
      passage: "не реже одного раза в квартал",
      proposedWording: "в электронной форме не позднее пяти рабочих дней после выдачи свидетельства",
      justification: "Ежеквартальный обмен не позволяет проверить свидетельство при найме работника.",
    },
    at(3),
  );
  proposeAmendment(
    tx,
    person("member2.kz@example.org"),
    documentId,
    editionId,
    {
      sectionId: section("4").id,
      passage: "",
      proposedWording:
        "Перечень квалификаций утверждается рабочей группой по предложениям сторон и пересматривается не реже одного раза в год.",
      justification: "Стороны должны иметь возможность предлагать квалификации для включения в перечень.",
    },
    at(1),
  );
  decideAmendment(
    tx,
    secretary,
    documentId,
    decided,
    {
      decision: "accepted_in_part",
      acceptedWording: "в течение двадцати календарных дней",
      comment: "Срок сокращён; исчисление в календарных днях сохранено, как в соглашениях сторон.",
    },
    at(1),
  );
}
