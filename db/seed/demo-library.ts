// The demo library (issue 11): a dozen documents of every kind, two with a second edition, mixed visibility,
// and something for the demo partner (partner@example.org) to find: «квалификации мигрантов».
import { structureText } from "../../app/lib/library/structure";
import type { Db } from "../client";
import { addDocument, addEdition, type DocumentInput } from "../library/store";
import * as t1 from "./library/texts-1";
import * as t2 from "./library/texts-2";

const IPA = "Межпарламентская Ассамблея государств — участников СНГ";
const sections = (markdown: string) => structureText(markdown, "markdown").sections;
const titleOf = (markdown: string) => structureText(markdown, "markdown").title;

export function seedDemoLibrary(tx: Db, adminId: number, bodyId: number): number {
  const docs: [Omit<DocumentInput, "title">, string, "adopted" | "draft", string | null][] = [
    [
      {
        kind: "recommendations",
        issuer: IPA,
        adoptionReference: "постановление № 57-12 от 18.04.2024",
        adoptedOn: "2024-04-18",
        countries: ["RU", "KZ", "BY", "KG", "AM"],
        topics: ["трудовая миграция", "квалификации"],
        visibility: "partners",
      },
      t1.qualificationsV1,
      "adopted",
      "2024-04-18",
    ],
    [
      {
        kind: "recommendations",
        issuer: IPA,
        adoptionReference: "постановление № 59-9 от 14.11.2025",
        adoptedOn: "2025-11-14",
        countries: ["RU", "KZ", "BY", "KG", "TJ", "UZ"],
        topics: ["трудовая миграция", "профессиональное обучение"],
        visibility: "public",
      },
      t1.trainingText,
      "adopted",
      "2025-11-14",
    ],
    [
      {
        kind: "model_law",
        issuer: IPA,
        adoptionReference: "постановление № 55-20 от 29.03.2023",
        adoptedOn: "2023-03-29",
        countries: ["RU", "KZ", "BY", "AM", "KG"],
        topics: ["трудовая миграция", "социальная защита"],
        visibility: "public",
      },
      t1.modelLawText,
      "adopted",
      "2023-03-29",
    ],
    [
      {
        kind: "concept",
        issuer: "Совет по сотрудничеству в области труда, миграции и социальной защиты",
        adoptionReference: "решение от 12.10.2024",
        adoptedOn: "2024-10-12",
        countries: ["RU", "KZ", "BY"],
        topics: ["цифровая занятость"],
        visibility: "partners",
      },
      t1.conceptText,
      "adopted",
      "2024-10-12",
    ],
    [
      {
        kind: "resolution",
        issuer: IPA,
        adoptionReference: "постановление № 58-4 от 15.11.2024",
        adoptedOn: "2024-11-15",
        countries: [],
        topics: ["трудовая мобильность"],
        visibility: "public",
      },
      t2.resolutionText,
      "adopted",
      "2024-11-15",
    ],
    [
      {
        kind: "regulation",
        issuer: "Рабочая группа",
        adoptionReference: "протокол № 1 от 20.02.2025",
        adoptedOn: "2025-02-20",
        countries: ["RU", "KZ"],
        topics: ["занятость"],
        visibility: "body",
        bodyId,
      },
      t2.regulationText,
      "adopted",
      "2025-02-20",
    ],
    [
      {
        kind: "report",
        issuer: "Исполнительный комитет СНГ",
        adoptionReference: "",
        adoptedOn: "2026-03-01",
        countries: ["RU", "KZ", "BY", "KG", "TJ", "UZ", "AM"],
        topics: ["рынок труда", "квалификации"],
        visibility: "partners",
      },
      t2.reportText,
      "adopted",
      "2026-03-01",
    ],
    [
      {
        kind: "agreement",
        issuer: "Правительства государств — участников СНГ",
        adoptionReference: "Соглашение от 27.05.2022",
        adoptedOn: "2022-05-27",
        countries: ["RU", "BY", "KZ", "KG"],
        topics: ["профессиональное образование"],
        visibility: "public",
      },
      t2.agreementText,
      "adopted",
      "2022-05-27",
    ],
    [
      {
        kind: "other",
        issuer: "Working group on labour migration",
        adoptionReference: "",
        adoptedOn: "2025-06-10",
        countries: ["KZ"],
        topics: ["qualifications"],
        visibility: "public",
        language: "en",
      },
      t2.englishText,
      "adopted",
      "2025-06-10",
    ],
    [
      {
        kind: "recommendations",
        issuer: "Рабочая группа",
        adoptionReference: "протокол № 2 от 14.05.2025",
        adoptedOn: "2025-05-14",
        countries: ["RU", "KZ"],
        topics: ["охрана труда"],
        visibility: "partners",
        bodyId,
      },
      t2.safetyText,
      "adopted",
      "2025-05-14",
    ],
    [
      {
        kind: "model_law",
        issuer: IPA,
        adoptionReference: "",
        adoptedOn: null,
        countries: ["RU", "KZ", "BY"],
        topics: ["квалификации", "профессиональные стандарты"],
        visibility: "partners",
      },
      t2.draftStandardText,
      "draft",
      null,
    ],
    [
      {
        kind: "report",
        issuer: "Рабочая группа",
        adoptionReference: "",
        adoptedOn: "2026-02-10",
        countries: ["RU", "KZ"],
        topics: ["квалификации"],
        visibility: "body",
        bodyId,
      },
      t2.bodyMinutesText,
      "adopted",
      "2026-02-10",
    ],
  ];
  const ids = docs.map(([doc, text, status, adoptedOn]) =>
    addDocument(tx, adminId, { ...doc, title: titleOf(text) }, { status, adoptedOn, sections: sections(text) }),
  );
  // Second editions: the qualifications recommendations (a new edition in force) and the model law (a draft).
  addEdition(tx, adminId, ids[0]!, {
    status: "adopted",
    adoptedOn: "2025-11-14",
    sections: sections(t1.qualificationsV2),
  });
  addEdition(tx, adminId, ids[2]!, {
    status: "draft",
    sections: sections(t1.modelLawText.replace("не менее благоприятных", "равных")),
  });
  return ids.length;
}
