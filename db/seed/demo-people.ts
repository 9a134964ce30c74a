// The demo's organisations and people. The people are invented; the organisations are the kind the
// documents in shared/domain/sources name. Later issues give these accounts roles in demo bodies.
import type { OrganisationKind } from "../schema";

export const DEMO_PASSWORD = "demo-password";

export const demoOrganisations: {
  key: string;
  name: string;
  shortName: string;
  country: string;
  kind: OrganisationKind;
}[] = [
  {
    key: "mintrud",
    name: "Министерство труда и социальной защиты Российской Федерации",
    shortName: "Минтруд России",
    country: "RU",
    kind: "ministry",
  },
  {
    key: "nark",
    name: "Национальное агентство развития квалификаций",
    shortName: "НАРК",
    country: "RU",
    kind: "agency",
  },
  {
    key: "rspp",
    name: "Российский союз промышленников и предпринимателей",
    shortName: "РСПП",
    country: "RU",
    kind: "union",
  },
  {
    key: "tpp",
    name: "Торгово-промышленная палата Российской Федерации",
    shortName: "ТПП РФ",
    country: "RU",
    kind: "chamber",
  },
  {
    key: "ranepa",
    name: "Российская академия народного хозяйства и государственной службы при Президенте Российской Федерации",
    shortName: "РАНХиГС",
    country: "RU",
    kind: "university",
  },
  {
    key: "vniitruda",
    name: "Всероссийский научно-исследовательский институт труда",
    shortName: "ВНИИ труда",
    country: "RU",
    kind: "agency",
  },
  {
    key: "mtszn",
    name: "Министерство труда и социальной защиты населения Республики Казахстан",
    shortName: "МТСЗН РК",
    country: "KZ",
    kind: "ministry",
  },
  { key: "crtr", name: "Центр развития трудовых ресурсов", shortName: "ЦРТР", country: "KZ", kind: "agency" },
  {
    key: "atameken",
    name: "Национальная палата предпринимателей Республики Казахстан «Атамекен»",
    shortName: "НПП «Атамекен»",
    country: "KZ",
    kind: "chamber",
  },
  {
    key: "kaznu",
    name: "Казахский национальный университет имени аль-Фараби",
    shortName: "КазНУ",
    country: "KZ",
    kind: "university",
  },
  {
    key: "mosreg",
    name: "Правительство Московской области",
    shortName: "Правительство МО",
    country: "RU",
    kind: "government",
  },
  {
    key: "matm",
    name: "Союз экспертов и консультантов в сфере трудовой миграции «Международный альянс «Трудовая миграция»",
    shortName: "Союз «МАТМ»",
    country: "RU",
    kind: "union",
  },
  {
    key: "lotpp",
    name: "Ленинградская областная торгово-промышленная палата",
    shortName: "ЛО ТПП",
    country: "RU",
    kind: "chamber",
  },
  {
    key: "ripo",
    name: "Республиканский институт профессионального образования",
    shortName: "РИПО",
    country: "BY",
    kind: "university",
  },
];

export interface DemoPerson {
  email: string;
  name: string;
  org: string;
  position: string;
  timezone: string;
  isAdmin?: boolean;
  locale?: "ru" | "en";
}

const ru = "Europe/Moscow";
const kz = "Asia/Almaty";

export const demoPeople: DemoPerson[] = [
  {
    email: "admin@example.org",
    name: "Миронова Ольга Сергеевна",
    org: "nark",
    position: "Администратор платформы",
    timezone: ru,
    isAdmin: true,
  },
  {
    email: "cochair.ru@example.org",
    name: "Соколов Андрей Викторович",
    org: "mintrud",
    position: "Заместитель Министра",
    timezone: ru,
  },
  {
    email: "cochair.kz@example.org",
    name: "Сарсенбаев Ерлан Бакытжанович",
    org: "mtszn",
    position: "Вице-министр",
    timezone: kz,
  },
  {
    email: "deputy.ru@example.org",
    name: "Кузнецова Елена Николаевна",
    org: "nark",
    position: "Заместитель генерального директора",
    timezone: ru,
  },
  {
    email: "deputy.kz@example.org",
    name: "Жумабаева Айгуль Маратовна",
    org: "crtr",
    position: "Председатель правления",
    timezone: kz,
  },
  {
    email: "secretary.ru@example.org",
    name: "Белова Мария Алексеевна",
    org: "nark",
    position: "Руководитель направления международного сотрудничества",
    timezone: ru,
  },
  {
    email: "secretary.kz@example.org",
    name: "Омарова Динара Сериковна",
    org: "mtszn",
    position: "Главный эксперт департамента труда",
    timezone: kz,
  },
  {
    email: "member1.ru@example.org",
    name: "Орлов Дмитрий Павлович",
    org: "rspp",
    position: "Вице-президент",
    timezone: ru,
  },
  {
    email: "member2.ru@example.org",
    name: "Васильева Наталья Игоревна",
    org: "ranepa",
    position: "Директор центра профессиональных квалификаций",
    timezone: ru,
  },
  {
    email: "member3.ru@example.org",
    name: "Морозов Сергей Иванович",
    org: "tpp",
    position: "Руководитель комитета по развитию кадров",
    timezone: ru,
  },
  {
    email: "member4.ru@example.org",
    name: "Лебедева Ирина Владимировна",
    org: "mintrud",
    position: "Директор департамента",
    timezone: ru,
  },
  {
    email: "member5.ru@example.org",
    name: "Никитин Павел Андреевич",
    org: "nark",
    position: "Руководитель проектного офиса",
    timezone: ru,
    locale: "en",
  },
  {
    email: "member6.ru@example.org",
    name: "Григорьева Татьяна Юрьевна",
    org: "rspp",
    position: "Управляющий директор",
    timezone: ru,
  },
  {
    email: "member1.kz@example.org",
    name: "Абдрахманов Нурлан Ерикович",
    org: "atameken",
    position: "Директор департамента развития человеческого капитала",
    timezone: kz,
  },
  {
    email: "member2.kz@example.org",
    name: "Искакова Гульнара Касымовна",
    org: "kaznu",
    position: "Проректор",
    timezone: kz,
  },
  {
    email: "member3.kz@example.org",
    name: "Бекмуханов Асхат Тимурович",
    org: "crtr",
    position: "Руководитель центра отраслевых рамок квалификаций",
    timezone: kz,
  },
  {
    email: "member4.kz@example.org",
    name: "Тулегенова Жанар Ержановна",
    org: "mtszn",
    position: "Директор департамента",
    timezone: kz,
  },
  {
    email: "member5.kz@example.org",
    name: "Нургалиев Бауыржан Серикович",
    org: "atameken",
    position: "Заместитель директора",
    timezone: kz,
  },
  {
    email: "expert@example.org",
    name: "Зайцев Виктор Петрович",
    org: "vniitruda",
    position: "Ведущий научный сотрудник",
    timezone: ru,
  },
  {
    email: "partner@example.org",
    name: "Ковалёва Алина Сергеевна",
    org: "ripo",
    position: "Заведующая отделом",
    timezone: "Europe/Minsk",
  },
];
