// The protocol of meeting № 1 of the RU–KZ working group (held): the generated draft, then the text both sides'
// secretaries typed under «СЛУШАЛИ / ВЫСТУПИЛИ / РЕШИЛИ» (R13), so that the next issue can finalise and sign it.
// The words follow the group's regulation (shared/domain/sources/003) and its agenda on qualification systems.
import * as Y from "yjs";
import { protocolFragment } from "../../app/lib/protocol-draft-yjs";
import type { Db } from "../client";
import { updateOf } from "../protocols/documents";
import { writeProtocolDraft } from "../protocols/draft";
import { appendProtocolUpdates, loadProtocol } from "../protocols/store";

type Typed = Record<"heard" | "spoke" | "decided", string[]>;

/** What the Russian secretary typed under items 1 and 2, and the Kazakh secretary under item 3. */
const typedByItem: Typed[] = [
  {
    heard: [
      "Соколова А. В., заместителя Министра труда и социальной защиты Российской Федерации, сопредседателя рабочей группы, — о ходе сопоставления уровней Национальной рамки квалификаций Российской Федерации и Национальной рамки квалификаций Республики Казахстан.",
    ],
    spoke: [
      "Жумабаева А. М. — о результатах сопоставления отраслевых рамок квалификаций Республики Казахстан в строительстве и энергетике с уровнями квалификаций Российской Федерации.",
      "Васильева Н. И. — о предложениях советов по профессиональным квалификациям по актуализации профессиональных стандартов, используемых при сопоставлении.",
    ],
    decided: [
      "1. Информацию принять к сведению.",
      "2. Ответственным секретарям рабочей группы подготовить к следующему заседанию сводную таблицу сопоставления уровней национальных рамок квалификаций Российской Федерации и Республики Казахстан.",
      "3. Рекомендовать сторонам продолжить гармонизацию классификаторов занятий (подпункт «в» пункта 2.1 Положения о рабочей группе).",
    ],
  },
  {
    heard: [
      "Орлова Д. П., вице-президента Российского союза промышленников и предпринимателей, — о практике независимой оценки квалификации в Российской Федерации по Федеральному закону от 03.07.2016 № 238-ФЗ «О независимой оценке квалификации».",
    ],
    spoke: [
      "Абдрахманов Н. Е. — о порядке подтверждения квалификаций в Республике Казахстан и о взаимном признании свидетельств о квалификации.",
      "Белова М. А. огласила письменное мнение Никитина П. А. (приложение к протоколу): подход поддержан при условии сопоставления уровней квалификаций по отраслевым рамкам; предложено начать с пилотного перечня из десяти квалификаций в строительстве и энергетике.",
    ],
    decided: [
      "1. Одобрить подход к взаимному признанию результатов независимой оценки квалификации на основе сопоставления уровней квалификаций по отраслевым рамкам.",
      "2. Сформировать пилотный перечень из десяти квалификаций в строительстве и энергетике. Ответственные: ответственные секретари сторон. Срок: до 1 декабря 2026 г.",
    ],
  },
  {
    heard: [
      "Омарову Д. С., ответственного секретаря рабочей группы с казахстанской стороны, — о проекте плана работы рабочей группы на 2027 год.",
    ],
    spoke: ["Морозов С. И. — предложил включить в план вопрос об обмене данными реестров сведений о квалификациях."],
    decided: [
      "1. Одобрить план работы рабочей группы на 2027 год с учётом высказанных предложений.",
      "2. Провести следующее заседание рабочей группы в г. Астане; дату, время и повестку дня определить сопредседателям (подпункт «б» пункта 3.2 Положения о рабочей группе).",
    ],
  },
];

const labels = { heard: "СЛУШАЛИ:", spoke: "ВЫСТУПИЛИ:", decided: "РЕШИЛИ:" } as const;

const textOf = (e: Y.XmlElement | Y.XmlText): string =>
  e instanceof Y.XmlText
    ? e.toString().replace(/<[^>]+>/g, "")
    : e
        .toArray()
        .map((c) => textOf(c as Y.XmlElement))
        .join("");

function paragraphOf(text: string): Y.XmlElement {
  const p = new Y.XmlElement("paragraph");
  p.insert(0, [new Y.XmlText(text)]);
  return p;
}

/** Types the given items' sections: under each label, into its empty paragraph and the paragraphs after it. */
function typeItems(doc: Y.Doc, items: { index: number; typed: Typed }[]): void {
  const fragment = protocolFragment(doc);
  // The label paragraphs of the typed scaffold, in document order: three per item.
  const found = (fragment.toArray() as Y.XmlElement[])
    .map((e, i) => ({ i, text: e.nodeName === "paragraph" ? textOf(e) : "" }))
    .filter(({ text }) => Object.values(labels).includes(text as (typeof labels)[keyof typeof labels]));
  // From the end, so that the positions found stay right.
  for (const { index, typed } of [...items].reverse()) {
    for (const [k, section] of (["decided", "spoke", "heard"] as const).entries()) {
      const label = found[index * 3 + (2 - k)]!;
      const [first, ...rest] = typed[section];
      const empty = fragment.get(label.i + 1) as Y.XmlElement;
      empty.delete(0, empty.length); // the scaffold's paragraph (the item's speakers, when given)
      empty.insert(0, [new Y.XmlText(first!)]);
      if (rest.length) fragment.insert(label.i + 2, rest.map(paragraphOf));
    }
  }
}

export function seedDemoProtocol(
  tx: Db,
  meetingId: number,
  secretaries: { ru: number; kz: number },
  draftedAt: Date,
): void {
  writeProtocolDraft(tx, meetingId, draftedAt);
  for (const [userId, items] of [
    [secretaries.ru, [0, 1]],
    [secretaries.kz, [2]],
  ] as const) {
    const stored = loadProtocol(tx, meetingId);
    const update = updateOf(stored.doc, (doc) =>
      typeItems(
        doc,
        items.map((index) => ({ index, typed: typedByItem[index]! })),
      ),
    );
    stored.doc.destroy();
    if (update) appendProtocolUpdates(tx, meetingId, [{ update, userId }]);
  }
}
