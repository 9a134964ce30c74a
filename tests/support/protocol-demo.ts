import { judgeQuorum } from "~/lib/quorum";
import type { ProtocolSeat, ProtocolSources } from "~/lib/protocol-draft";
import type { JSONContent } from "~/lib/protocol-json";
import type { Presence } from "~/lib/meeting-states";
import type { MemberRole } from "~/lib/roles";

// Meeting № 1 of the demo group (db/seed/demo-meetings.ts): 9 Russian members (ids 101–109), 8 Kazakh (201–208).
export const RU = 1;
export const KZ = 2;
const seat = (userId: number, name: string, role: MemberRole, presence: Presence | null): ProtocolSeat => ({
  userId,
  name,
  position: "",
  organisation: null,
  role,
  presence,
});

export function demoSources(overrides: Partial<ProtocolSources> = {}): ProtocolSources {
  const ruSeats = [
    seat(101, "Миронова О. С.", "co_chair", "in_person"),
    seat(102, "Соколов А. В.", "deputy", null),
    seat(103, "Кузнецова Е. Н.", "secretary", "in_person"),
    seat(104, "Белова М. А.", "member", "in_person"),
    seat(105, "Орлов Д. П.", "member", "video"),
    seat(106, "Васильева Н. И.", "member", "in_person"),
    seat(107, "Морозов С. И.", "member", "video"),
    seat(108, "Лебедева И. В.", "member", null),
    seat(109, "Никитин П. А.", "member", null),
  ];
  const kzSeats = [
    seat(201, "Сарсенбаев Е. Б.", "co_chair", null),
    seat(202, "Жумабаева А. М.", "deputy", "video"),
    seat(203, "Омарова Д. С.", "secretary", "video"),
    seat(204, "Абдрахманов Н. Е.", "member", "video"),
    seat(205, "Григорьева Т. Ю.", "member", "video"),
    seat(206, "Искаков Т. А.", "member", "in_person"),
    seat(207, "Нурланова А. К.", "member", null),
    seat(208, "Ахметов Б. С.", "member", null),
  ];
  const sides = overrides.sides ?? [
    { id: RU, name: "Российская Федерация", seats: ruSeats },
    { id: KZ, name: "Республика Казахстан", seats: kzSeats },
  ];
  return {
    language: "ru",
    bodyTitle: "Межгосударственная рабочая группа по вопросам развития национальных систем квалификаций",
    meetingNumber: 1,
    startsAt: new Date("2026-09-15T07:00:00Z"),
    timeZone: "Europe/Moscow",
    place: "Москва, ул. Ильинка, 21, зал заседаний",
    format: "hybrid",
    videoLink: "https://vks.example.org/mrg-rf-rk-1",
    held: true,
    coChairAwaySides: [],
    quorum: judgeQuorum(
      { kind: "each_side_half" },
      sides.map((s) => ({
        sideId: s.id,
        members: s.seats.map((x) => x.userId),
        present: s.seats.filter((x) => x.presence).map((x) => x.userId),
      })),
    ),
    guests: [],
    agenda: [
      { id: 11, title: "О ходе гармонизации национальных рамок квалификаций", speakers: "Миронова О. С." },
      { id: 12, title: "О взаимном признании результатов независимой оценки квалификации", speakers: "" },
      { id: 13, title: "О плане работы рабочей группы на 2027 год", speakers: "" },
    ],
    opinions: [
      {
        authorName: "Никитин П. А.",
        sideName: "Российская Федерация",
        text: "Поддерживаю подход к взаимному признанию.\nПредлагаю начать с пилотного перечня.",
        itemIds: [12],
        readOut: true,
      },
      {
        authorName: "Лебедева И. В.",
        sideName: "Российская Федерация",
        text: "Не оглашено.",
        itemIds: [13],
        readOut: false,
      },
    ],
    ...overrides,
    sides,
  };
}

/** The text of a block and everything in it, blocks joined by line breaks. */
export function textOf(node: JSONContent | JSONContent[]): string {
  if (Array.isArray(node)) return node.map(textOf).join("\n");
  if (node.type === "text") return node.text ?? "";
  const inner = (node.content ?? []).map(textOf);
  const inline = (node.content ?? []).every((c) => c.type === "text");
  return inner.join(inline ? "" : "\n");
}
