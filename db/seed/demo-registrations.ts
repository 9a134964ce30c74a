// The demo round table's registrations (issue 12): thirty people from the five countries of sources/001 (Russia,
// Kazakhstan, Uzbekistan, Tajikistan, Kyrgyzstan) and every kind of organisation it counts. Most are confirmed (a
// third of those already checked in at the door), some wait for the organisers, a few were declined. The people and
// their addresses are made up (reserved example domains): the demo's letters would reach nobody, so none are queued.
import { emailKey } from "../../app/lib/conference-registration/rules";
import type { ParticipantKind, RegistrationStatus } from "../../app/lib/conference-kinds";
import type { Db } from "../client";
import { conferences, registrations, type Body } from "../schema";
import { eq } from "drizzle-orm";

type Row = [
  name: string,
  organisation: string,
  kind: ParticipantKind,
  country: string,
  position: string,
  status: RegistrationStatus | "came",
];

const rows: Row[] = [
  ["Андреев Павел Сергеевич", "Министерство труда (демо)", "state_body", "RU", "Начальник отдела", "came"],
  ["Белова Ольга Викторовна", "Объединение работодателей (демо)", "employers_union", "RU", "Эксперт", "came"],
  ["Волков Денис Андреевич", "Кадровое агентство «Пример»", "staffing_agency", "RU", "Директор", "came"],
  ["Григорьева Анна Петровна", "Университет труда (демо)", "education", "RU", "Доцент", "confirmed"],
  [
    "Дмитриев Кирилл Олегович",
    "Центр миграционных исследований (демо)",
    "expert",
    "RU",
    "Научный сотрудник",
    "confirmed",
  ],
  ["Егорова Марина Ильинична", "Служба занятости (демо)", "state_body", "RU", "Консультант", "pending"],
  ["Жуков Артём Николаевич", "Агентство по найму (демо)", "staffing_agency", "RU", "Менеджер", "declined"],
  ["Абенов Ержан Маратович", "Министерство труда (демо), Казахстан", "state_body", "KZ", "Главный эксперт", "came"],
  ["Сериккызы Динара", "Палата предпринимателей (демо)", "employers_union", "KZ", "Руководитель направления", "came"],
  ["Тулегенов Нурлан Бекович", "Кадровое агентство «Степь» (демо)", "staffing_agency", "KZ", "Директор", "confirmed"],
  ["Жумабаева Алия Серикказиевна", "Колледж сервиса (демо)", "education", "KZ", "Заместитель директора", "confirmed"],
  ["Омаров Руслан Ахметович", "Аналитический центр (демо)", "expert", "KZ", "Аналитик", "pending"],
  [
    "Каримов Бахтиёр Рустамович",
    "Агентство внешней трудовой миграции (демо)",
    "state_body",
    "UZ",
    "Начальник управления",
    "came",
  ],
  ["Юсупова Нигора Алишеровна", "Ассоциация работодателей (демо)", "employers_union", "UZ", "Координатор", "confirmed"],
  [
    "Рахимов Шерзод Ильхомович",
    "Кадровое агентство «Восток» (демо)",
    "staffing_agency",
    "UZ",
    "Менеджер по подбору",
    "confirmed",
  ],
  ["Ахмедова Гульнора Фарходовна", "Профессиональный колледж (демо)", "education", "UZ", "Преподаватель", "came"],
  ["Турсунов Азиз Баходирович", "Центр правовых исследований (демо)", "expert", "UZ", "Юрист", "pending"],
  [
    "Саидов Фаррух Джамшедович",
    "Министерство труда (демо), Таджикистан",
    "state_body",
    "TJ",
    "Ведущий специалист",
    "confirmed",
  ],
  ["Назарова Мадина Рахимовна", "Союз работодателей (демо)", "employers_union", "TJ", "Секретарь", "confirmed"],
  [
    "Шарипов Далер Умедович",
    "Агентство занятости за рубежом (демо)",
    "staffing_agency",
    "TJ",
    "Руководитель филиала",
    "came",
  ],
  ["Мирзоева Зарина Саидовна", "Учебный центр (демо)", "education", "TJ", "Методист", "pending"],
  ["Холов Сухроб Азизович", "Экспертный совет (демо)", "expert", "TJ", "Эксперт", "declined"],
  [
    "Асанов Бакыт Токтогулович",
    "Министерство труда (демо), Кыргызстан",
    "state_body",
    "KG",
    "Заведующий отделом",
    "came",
  ],
  [
    "Мамытова Айпери Жумабековна",
    "Ассоциация предпринимателей (демо)",
    "employers_union",
    "KG",
    "Член правления",
    "confirmed",
  ],
  [
    "Бекмуратов Азамат Эркинович",
    "Кадровое агентство «Ала-Тоо» (демо)",
    "staffing_agency",
    "KG",
    "Директор",
    "confirmed",
  ],
  ["Токтосунова Жылдыз Асановна", "Университет (демо), Бишкек", "education", "KG", "Проректор", "confirmed"],
  ["Осмонов Эрлан Кубанычбекович", "Центр миграции (демо)", "expert", "KG", "Исследователь", "pending"],
  [
    "Кузнецова Елена Юрьевна",
    "Институт экономики труда (демо)",
    "expert",
    "RU",
    "Ведущий научный сотрудник",
    "confirmed",
  ],
  ["Ибраимов Тимур Русланович", "Кадровый холдинг (демо)", "staffing_agency", "KZ", "Юрист", "declined"],
  ["Исмоилов Отабек Шухратович", "Университет (демо), Ташкент", "education", "UZ", "Декан", "pending"],
];

/** Transliterated surname and initial for a made-up address on a reserved domain. */
const latin: Record<string, string> = Object.fromEntries(
  "а:a б:b в:v г:g д:d е:e ё:e ж:zh з:z и:i й:y к:k л:l м:m н:n о:o п:p р:r с:s т:t у:u ф:f х:kh ц:ts ч:ch ш:sh щ:sch ъ: ы:y ь: э:e ю:yu я:ya"
    .split(" ")
    .map((pair) => pair.split(":") as [string, string]),
);
const translit = (word: string) => [...word.toLowerCase()].map((c) => latin[c] ?? c).join("");

export function seedDemoRegistrations(tx: Db, conference: Body, organiserId: number, now: Date): void {
  const { consentPurpose } = tx.select().from(conferences).where(eq(conferences.bodyId, conference.id)).get()!;
  const day = 24 * 3600_000;
  rows.forEach(([name, organisation, organisationKind, country, position, state], i) => {
    const [surname, given] = name.split(" ");
    const email = `${translit(given!).slice(0, 1)}.${translit(surname!)}@example.${["org", "com", "net"][i % 3]}`;
    const registeredAt = new Date(now.getTime() - (13 - (i % 12)) * day);
    const status: RegistrationStatus = state === "came" ? "confirmed" : state;
    tx.insert(registrations)
      .values({
        bodyId: conference.id,
        name,
        organisation,
        organisationKind,
        country,
        position,
        email,
        emailKey: emailKey(email),
        // A few registered from the English form: their letters come in English.
        locale: i % 7 === 3 ? "en" : "ru",
        consentPurpose,
        consentedAt: registeredAt,
        status,
        decidedAt: status === "pending" ? null : new Date(registeredAt.getTime() + day),
        decidedById: status === "pending" ? null : organiserId,
        checkedInAt: state === "came" ? now : null,
        checkedInById: state === "came" ? organiserId : null,
        createdAt: registeredAt,
      })
      .run();
  });
}
