// The demo round table's programme (issue 12), after sources/001: an opening, two panels and the adoption of the
// recommendations, with the roles the recommendations name (МПА СНГ, ТПП РФ, «ОПОРА РОССИИ», councils for
// professional qualifications, staffing agencies from Uzbekistan, Tajikistan and Kyrgyzstan). No real person is
// named: speakers are their roles. Two materials, written here: one public, one for the participants only.
import type { Services } from "../../app/context";
import type { CountryCode } from "../../app/lib/countries";
import type { ProgrammeItemKind, SpeakerRole } from "../../app/lib/conference-kinds";
import { localDateOf, zonedDateTimeToInstant } from "../../app/lib/zoned-time";
import type { Db } from "../client";
import { recordFile, writeBlob } from "../files/store";
import { detectFileType } from "../files/types";
import { programmeItems, programmeMaterials, programmeSpeakers, type Body } from "../schema";

type Person = [SpeakerRole, string, string, CountryCode | null, string?];
interface DemoItem {
  kind: ProgrammeItemKind;
  from: string;
  to: string;
  title: string;
  description?: string;
  people?: Person[];
  material?: { title: string; file: string; isPublic: boolean; text: string };
}

const MATM = "Союз «МАТМ»";
const LOTPP = "Ленинградская областная ТПП";

const programme: DemoItem[] = [
  {
    kind: "session",
    from: "10:00",
    to: "10:15",
    title: "Открытие круглого стола",
    people: [
      ["moderator", "Председатель Союза «МАТМ»", MATM, "RU"],
      ["speaker", "Председатель Комитета по миграции и производительности труда", LOTPP, "RU", "Приветственное слово"],
    ],
  },
  {
    kind: "panel",
    from: "10:15",
    to: "11:15",
    title: "Модельные законодательные акты и рекомендации МПА СНГ: роль негосударственного сектора",
    description: "Модельные акты МПА СНГ в текущей практике организованного набора; взгляд объединений работодателей.",
    people: [
      ["moderator", "Исполнительный директор Союза «МАТМ»", MATM, "RU"],
      [
        "speaker",
        "Представитель Секретариата Совета МПА СНГ",
        "Межпарламентская Ассамблея государств — участников СНГ",
        "RU",
        "Модельные законодательные акты о трудовой миграции",
      ],
      [
        "speaker",
        "Представитель Торгово-промышленной палаты Российской Федерации",
        "ТПП РФ",
        "RU",
        "Стабильные трудовые отношения как показатель эффективности",
      ],
      [
        "speaker",
        "Представитель «ОПОРЫ РОССИИ»",
        "Общероссийская общественная организация «ОПОРА РОССИИ»",
        "RU",
        "Малый и средний бизнес в организованном наборе",
      ],
    ],
    material: {
      title: "Модельные акты МПА СНГ о негосударственном секторе: обзор (презентация)",
      file: "obzor-modelnyh-aktov-mpa-sng.txt",
      isPublic: true,
      text: "Обзор модельных законодательных актов и рекомендаций МПА СНГ о роли негосударственного сектора в организованной трудовой миграции.\n\n1. Задачи.\n2. Текущая практика.\n3. Перспективы.\n\n(Демонстрационный материал.)\n",
    },
  },
  { kind: "break", from: "11:15", to: "11:30", title: "Кофе-брейк" },
  {
    kind: "panel",
    from: "11:30",
    to: "12:45",
    title: "Кадровые агентства и профессиональные квалификации в организованной трудовой миграции",
    description: "Координация кадровых операторов государств выезда и трудоустройства; профессиональные стандарты.",
    people: [
      ["moderator", "Председатель Комитета по миграции и производительности труда", LOTPP, "RU"],
      [
        "speaker",
        "Представитель Совета по профессиональным квалификациям в сфере сварочного производства",
        "СПК в сфере сварочного производства",
        "RU",
        "Квалификационные требования к трудовым мигрантам",
      ],
      [
        "speaker",
        "Представитель Совета по профессиональным квалификациям в сфере безопасности труда, социальной защиты и занятости",
        "СПК в сфере безопасности труда, социальной защиты и занятости населения",
        "RU",
        "Профессиональный стандарт «Специалист по трудовой миграции»",
      ],
      ["speaker", "Руководитель частного агентства занятости", "Частное агентство занятости", "UZ", "Опыт Узбекистана"],
      ["speaker", "Руководитель кадрового агентства", "Кадровое агентство", "TJ", "Опыт Таджикистана"],
      ["speaker", "Руководитель кадрового агентства", "Кадровое агентство", "KG", "Опыт Кыргызстана"],
    ],
    material: {
      title: "Кадровые операторы Узбекистана, Таджикистана и Кыргызстана: практика набора (доклад)",
      file: "kadrovye-operatory-uz-tj-kg.txt",
      isPublic: false,
      text: "Доклад для участников круглого стола: практика кадровых операторов государств выезда.\n\n(Демонстрационный материал, только для участников.)\n",
    },
  },
  {
    kind: "session",
    from: "12:45",
    to: "13:00",
    title: "Обсуждение и принятие рекомендаций круглого стола",
    people: [["moderator", "Председатель Союза «МАТМ»", MATM, "RU"]],
  },
];

export function seedDemoProgramme(services: Services, tx: Db, conference: Body, organiserId: number, now: Date): void {
  const zone = conference.timezone;
  const day = localDateOf(now, zone);
  programme.forEach((item, i) => {
    const { id: itemId } = tx
      .insert(programmeItems)
      .values({
        bodyId: conference.id,
        position: i + 1,
        kind: item.kind,
        title: item.title,
        description: item.description ?? "",
        startsAt: zonedDateTimeToInstant(day, item.from, zone),
        endsAt: zonedDateTimeToInstant(day, item.to, zone),
        room: "",
      })
      .returning({ id: programmeItems.id })
      .get();
    (item.people ?? []).forEach(([role, name, organisation, country, topic], j) =>
      tx
        .insert(programmeSpeakers)
        .values({ itemId, position: j + 1, role, name, organisation, country, topic: topic ?? "" })
        .run(),
    );
    if (item.material) {
      const bytes = new TextEncoder().encode(item.material.text);
      const file = recordFile(tx, {
        name: item.material.file,
        type: detectFileType(bytes)!,
        size: bytes.length,
        sha256: writeBlob(services, bytes),
        uploadedById: organiserId,
      });
      tx.insert(programmeMaterials)
        .values({
          itemId,
          fileId: file.id,
          title: item.material.title,
          isPublic: item.material.isPublic,
          uploadedById: organiserId,
          createdAt: now,
        })
        .run();
    }
  });
}
