import { describe, expect, it } from "vitest";
import { translator } from "~/lib/i18n";
import { draftDocument, generateProtocolDraft, presidingOf, type ProtocolSources } from "~/lib/protocol-draft";
import { partOf } from "~/lib/protocol-json";
import { protocolSchema } from "~/lib/protocol-schema";
import { demoSources, KZ, RU, textOf } from "../support/protocol-demo";

// The generated draft of meeting № 1 of the demo group, read like the regulation (3.3–3.11).
const draftOf = (sources: ProtocolSources) => generateProtocolDraft(sources, translator(sources.language));
const partText = (sources: ProtocolSources, part: string) =>
  textOf(draftDocument(draftOf(sources)).content!.find((b) => partOf(b) === part)!);

describe("the generated draft of a protocol", () => {
  it("is a document of the protocol's schema: heading, presiding, attendance, quorum, agenda, items, annex", () => {
    const doc = draftDocument(draftOf(demoSources()));
    expect(() => protocolSchema().nodeFromJSON(doc).check()).not.toThrow();
    expect(doc.content!.map(partOf).filter(Boolean)).toEqual([
      "heading",
      "presiding",
      "attendance",
      "quorum",
      "agenda",
      "item-heading:11",
      "item-heading:12",
      "item-heading:13",
      "annex",
    ]);
  });

  it("heads the protocol with its number, body, date and time in the body's timezone, place and format", () => {
    const text = partText(demoSources(), "heading");
    expect(text).toContain("ПРОТОКОЛ № 1");
    expect(text).toContain("Межгосударственная рабочая группа");
    expect(text).toContain("15 сентября 2026 г., 10:00 (GMT+3)");
    expect(text).toContain("Место проведения: Москва, ул. Ильинка, 21");
    expect(text).toContain("очно и в режиме видеоконференции");
    expect(text).toContain("https://vks.example.org/mrg-rf-rk-1");
  });

  it("R5 (3.3, 3.6): the Kazakh deputy presides for the absent co-chair; the Russian co-chair presides in person", () => {
    const presiding = presidingOf(demoSources());
    expect(presiding.map((p) => [p.chair.sideId, p.chair.capacity, p.name])).toEqual([
      [RU, "co_chair", "Миронова О. С."],
      [KZ, "deputy", "Жумабаева А. М."],
    ]);
    expect(partText(demoSources(), "presiding")).toContain(
      "Республика Казахстан: Жумабаева А. М., заместитель сопредседателя, исполняющий обязанности сопредседателя",
    );
  });

  it("R5 (3.3): before the session, a co-chair recorded away is replaced by the deputy in the draft", () => {
    const before = demoSources({ held: false, coChairAwaySides: [RU] });
    expect(presidingOf(before).map((p) => p.chair.capacity)).toEqual(["deputy", "co_chair"]);
  });

  it("R9 (3.8): attendance per side: in person, by videoconference, absent — with the count", () => {
    const text = partText(demoSources(), "attendance");
    expect(text).toContain("Российская Федерация (6 из 9)");
    expect(text).toContain("Республика Казахстан (5 из 8)");
    const kz = text.slice(text.indexOf("Республика Казахстан"));
    expect(kz).toMatch(/очно:\nИскаков Т\. А\.\nв режиме видеоконференции:\nЖумабаева/);
    expect(kz).toMatch(/отсутствовали:\nСарсенбаев Е\. Б\.\nНурланова А\. К\.\nАхметов Б\. С\./);
  });

  it("R9 (3.7): 6 of 9 Russian and 5 of 8 Kazakh members present: quorate, with the numbers needed", () => {
    const text = partText(demoSources(), "quorum");
    expect(text).toContain("Кворум имеется. Заседание правомочно.");
    expect(text).toContain("Российская Федерация: присутствуют 6 из 9 членов (необходимо не менее 5).");
    expect(text).toContain("Республика Казахстан: присутствуют 5 из 8 членов (необходимо не менее 4).");
  });

  it("R9 (3.7): with 4 of 9 Russian members present the protocol says the meeting may not decide", () => {
    const sources = demoSources();
    const thin = demoSources({
      sides: sources.sides.map((s) =>
        s.id === RU
          ? { ...s, seats: s.seats.map((x) => (x.userId === 104 || x.userId === 106 ? { ...x, presence: null } : x)) }
          : s,
      ),
    });
    expect(partText(thin, "quorum")).toContain("Кворума нет. Заседание неправомочно принимать решения.");
    expect(partText(thin, "quorum")).toContain("присутствуют 4 из 9 членов (необходимо не менее 5)");
  });

  it("before the session the draft does not guess attendance or quorum", () => {
    const before = demoSources({ held: false });
    expect(partText(before, "attendance")).toContain("Присутствие отмечается на заседании");
    expect(partText(before, "quorum")).toBe("Правомочность заседания определяется при его открытии.");
  });

  it("R12 (3.11): experts and observers are listed apart, without a vote, and an absent guest is marked", () => {
    const sources = demoSources({
      guests: [
        { name: "Ахметова Г. Р.", position: "", organisation: "РИПО", kind: "expert", present: true },
        { name: "Петров И. И.", position: "", organisation: null, kind: "observer", present: false },
      ],
    });
    const text = partText(sources, "guests");
    expect(text).toContain("без права голоса, в кворуме не учитываются");
    expect(text).toContain("Ахметова Г. Р., РИПО, эксперт");
    expect(text).toContain("Петров И. И., наблюдатель (не присутствовал)");
    expect(partText(sources, "quorum")).toContain("6 из 9"); // guests never count (R9, R12)
  });

  it("R2: the approved agenda in order; under each item СЛУШАЛИ, ВЫСТУПИЛИ, РЕШИЛИ, with its speakers", () => {
    const doc = draftDocument(draftOf(demoSources()));
    expect(partText(demoSources(), "agenda")).toBe(
      "ПОВЕСТКА ДНЯ:\nО ходе гармонизации национальных рамок квалификаций (докладчики: Миронова О. С.)\n" +
        "О взаимном признании результатов независимой оценки квалификации\nО плане работы рабочей группы на 2027 год",
    );
    const first = doc.content!.findIndex((b) => partOf(b) === "item-heading:11");
    expect(textOf(doc.content!.slice(first, first + 7))).toBe(
      "1. О ходе гармонизации национальных рамок квалификаций\nСЛУШАЛИ:\nМиронова О. С.\nВЫСТУПИЛИ:\n\nРЕШИЛИ:\n",
    );
  });

  it("R8 (3.5 д): only opinions read out are annexed, with their text, and their item refers to the annex", () => {
    const annex = partText(demoSources(), "annex");
    expect(annex).toContain("Приложение к протоколу № 1");
    expect(annex).toContain("1. Никитин П. А. (Российская Федерация)\nПо вопросам повестки дня: 2");
    expect(annex).toContain("Поддерживаю подход к взаимному признанию.\nПредлагаю начать с пилотного перечня.");
    expect(annex).not.toContain("Не оглашено");
    expect(partText(demoSources(), "item-heading:12")).toContain("Оглашено письменное мнение: Никитин П. А.");
    const none = demoSources({ opinions: [] });
    expect(draftOf(none).annex).toBeNull();
  });

  it("is written in the body's working language, not the reader's", () => {
    const en = draftDocument(draftOf(demoSources({ language: "en", bodyTitle: "Interstate Working Group" })));
    const text = textOf(en);
    expect(text).toContain("MINUTES No. 1");
    expect(text).toContain("15 September 2026, 10:00 (GMT+3)");
    expect(text).toContain("HEARD:");
    expect(text).toContain("There is a quorum.");
    expect(text).not.toMatch(/[А-Я]{4,}:/); // no Russian section words
  });
});
