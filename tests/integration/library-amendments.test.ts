import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeTransaction } from "../../db/client";
import { proposeAmendment, setAmendmentsDeadline } from "../../db/library/amendments";
import { addDocument } from "../../db/library/store";
import { amendmentsDeadline } from "../../app/lib/library/amendment-rules";
import { structureText } from "../../app/lib/library/structure";
import { addCalendarDays, localDateOf } from "../../app/lib/zoned-time";
import { databaseFingerprint } from "../support/db-snapshot";
import { TestClient } from "../support/http";
import { startTestPlatform } from "../support/platform";
import { sqlOf } from "../support/sql";

// Issue 11, amendments («поправки») on the demo: body 1 is the RU–KZ working group (Europe/Moscow); body 2 a
// conference whose members include none of body 1's secretaries; partner@ sits in no body, expert@ is only a guest.
let platform: Awaited<ReturnType<typeof startTestPlatform>>;
const { one, all, count, db } = sqlOf(() => platform);

const DEMO_DRAFT = "Проект рекомендаций о взаимном признании результатов независимой оценки квалификации";
const TEXT = `# Проект положения о центрах оценки

## 1. Центры

Центры оценки квалификаций аккредитуются на пять лет.

## 2. Сроки

Заявление рассматривается в течение тридцати дней. Решение направляется заявителю.
`;

async function as(email: string) {
  const client = new TestClient(platform.url);
  await client.signIn(email);
  return client;
}
const user = (email: string) =>
  one<{ id: number; isAdmin: number; status: "active" }>(
    "select id, is_admin as isAdmin, status from users where email = ?",
    email,
  );
const actor = (email: string) => ({ ...user(email), isAdmin: user(email).isAdmin === 1 });

/** A new draft document of a body, with its edition and sections; opened for amendments until `days` ahead. */
function draft(bodyId: number, days: number | null = 14) {
  const structured = structureText(TEXT, "markdown");
  const documentId = writeTransaction(platform.services.db, (tx) =>
    addDocument(
      tx,
      null,
      { kind: "regulation", title: structured.title, visibility: "body", bodyId },
      { status: "draft", sections: structured.sections },
    ),
  );
  const editionId = one<{ id: number }>("select id from library_editions where document_id = ?", documentId).id;
  const section = (n: string) =>
    one<{ id: number }>("select id from library_sections where edition_id = ? and number = ?", editionId, n).id;
  if (days !== null) {
    const secretary = bodyId === 1 ? "secretary.ru@example.org" : "member2.ru@example.org";
    const day = addCalendarDays(localDateOf(new Date(), "Europe/Moscow"), days);
    setAmendmentsDeadline(platform.services.db, actor(secretary), documentId, editionId, { day });
  }
  return { documentId, editionId, s1: section("1"), s2: section("2"), url: `/library/${documentId}/amendments` };
}

const fingerprint = () => databaseFingerprint(db());

beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(async () => {
  await platform?.close();
});

describe("the demo's draft open for amendments", () => {
  it("a member reads the deadline, the draft with «Предложить поправку», and the table with both sides", async () => {
    const id = one<{ id: number }>("select id from library_documents where title = ?", DEMO_DRAFT).id;
    const member = await as("member4.kz@example.org");
    const page = await member.get(`/library/${id}/amendments`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Поправки принимаются до");
    expect(html).toContain("Предложить поправку");
    const table = await (await member.get(`/library/${id}/amendments/table`)).text();
    expect(table).toContain("Российская Федерация");
    expect(table).toContain("Республика Казахстан");
    expect(table).toContain("Принята частично");
    // Read-only for a member: no decision forms.
    expect(table).not.toContain('name="decision"');
    const doc = await (await member.get(`/library/${id}`)).text();
    expect(doc).toContain(`href="/library/${id}/amendments"`);
  });
});

describe("who may see and do what (404 for a stranger to the body)", () => {
  it("a partner, a guest and a member of another body get 404 on every amendment URL, reading or writing", async () => {
    const own = draft(1);
    const other = draft(2);
    const strangers = [
      ["partner@example.org", own, await as("partner@example.org")],
      ["expert@example.org", own, await as("expert@example.org")],
      ["secretary.ru@example.org", other, await as("secretary.ru@example.org")],
    ] as const;
    const before = fingerprint();
    for (const [email, d, client] of strangers) {
      for (const path of [d.url, `${d.url}/table`, `${d.url}.docx`])
        expect((await client.get(path)).status, `${email} ${path}`).toBe(404);
      const post = await client.post(d.url, {
        intent: "propose",
        editionId: String(d.editionId),
        sectionId: String(d.s1),
        passage: "",
        proposedWording: "Другой текст.",
        justification: "Так лучше.",
      });
      expect(post.status, email).toBe(404);
    }
    expect(fingerprint()).toEqual(before);
  });

  it("a member proposes (their side recorded, audited); a member may not decide nor move the deadline", async () => {
    const d = draft(1);
    const member = await as("member1.kz@example.org");
    const proposed = await member.post(d.url, {
      intent: "propose",
      editionId: String(d.editionId),
      sectionId: String(d.s2),
      passage: "тридцати дней",
      proposedWording: "двадцати рабочих дней",
      justification: "Единый порядок исчисления.",
    });
    expect(proposed.status).toBe(302);
    const row = one<{ id: number; side: string; current_wording: string }>(
      `select a.id, s.name as side, a.current_wording from library_amendments a join sides s on s.id = a.side_id
       where a.edition_id = ?`,
      d.editionId,
    );
    expect(row.side).toBe("Республика Казахстан");
    expect(row.current_wording).toBe("тридцати дней");
    expect(count("audit_log", "action = 'library.amendment_proposed' and subject_id = ?", String(d.documentId))).toBe(
      1,
    );

    const before = fingerprint();
    const decide = await member.post(`${d.url}/table`, {
      intent: "decide",
      amendmentId: String(row.id),
      decision: "accepted",
      acceptedWording: "",
      comment: "",
    });
    expect(decide.status).toBe(403);
    const deadline = await member.post(d.url, { intent: "closeNow", editionId: String(d.editionId) });
    expect(deadline.status).toBe(403);
    expect(fingerprint()).toEqual(before);
  });
});

describe("bad input: a clear message, nothing written", () => {
  it("a passage not in the section, an empty wording, a past deadline, a part accepted with no wording", async () => {
    const d = draft(1);
    const member = await as("member1.ru@example.org");
    const secretary = await as("secretary.kz@example.org");
    const id = proposeAmendment(platform.services.db, actor("member3.ru@example.org"), d.documentId, d.editionId, {
      sectionId: d.s1,
      passage: "",
      proposedWording: "Центры аккредитуются на три года.",
      justification: "Короче срок — чаще проверка.",
    });
    const before = fingerprint();
    const base = { intent: "propose", editionId: String(d.editionId), sectionId: String(d.s2), justification: "x" };
    const cases: [TestClient, string, Record<string, string>, number, string][] = [
      [member, d.url, { ...base, passage: "сорока дней", proposedWording: "x" }, 422, "Такого фрагмента нет"],
      [member, d.url, { ...base, passage: "", proposedWording: "  " }, 422, "Заполните это поле"],
      [
        member,
        d.url,
        { ...base, sectionId: String(d.s2), passage: "", proposedWording: "y", justification: "" },
        422,
        "Заполните",
      ],
      [secretary, d.url, { intent: "deadline", editionId: String(d.editionId), until: "2020-01-01" }, 422, "в прошлом"],
      [
        secretary,
        d.url,
        { intent: "deadline", editionId: String(d.editionId), until: "31.12.2030" },
        422,
        "ГГГГ-ММ-ДД",
      ],
      [
        secretary,
        `${d.url}/table`,
        { intent: "decide", amendmentId: String(id), decision: "accepted_in_part", acceptedWording: "", comment: "" },
        422,
        "укажите принятую редакцию",
      ],
      [
        secretary,
        `${d.url}/table`,
        { intent: "decide", amendmentId: String(id), decision: "maybe", acceptedWording: "", comment: "" },
        422,
        "Выберите решение",
      ],
    ];
    for (const [client, path, form, status, message] of cases) {
      const response = await client.post(path, form);
      expect(response.status, JSON.stringify(form)).toBe(status);
      expect(await response.text()).toContain(message);
    }
    expect(fingerprint()).toEqual(before);
  });
});

describe("the amendment deadline: the end of the day in the body's timezone", () => {
  it("in time until the last instant of the day; refused (409) from the deadline on, whatever the form says", async () => {
    const d = draft(1);
    const until = one<{ until: number }>(
      "select amendments_until as until from library_editions where id = ?",
      d.editionId,
    ).until;
    const day = addCalendarDays(localDateOf(new Date(), "Europe/Moscow"), 14);
    expect(until).toBe(amendmentsDeadline(day, "Europe/Moscow").getTime());
    const input = { sectionId: d.s1, passage: "", proposedWording: "Новый текст.", justification: "Обоснование." };
    const member = actor("member5.ru@example.org");
    proposeAmendment(platform.services.db, member, d.documentId, d.editionId, input, new Date(until - 1));
    const before = fingerprint();
    expect(() =>
      proposeAmendment(platform.services.db, member, d.documentId, d.editionId, input, new Date(until)),
    ).toThrow(expect.objectContaining({ messageKey: "amendments.error.closed", status: 409 }));
    expect(fingerprint()).toEqual(before);
  });

  it("closed early by the secretary (audited): the page says «Приём поправок завершён», the server refuses", async () => {
    const d = draft(1);
    const secretary = await as("secretary.ru@example.org");
    expect((await secretary.post(d.url, { intent: "closeNow", editionId: String(d.editionId) })).status).toBe(302);
    expect(
      count("audit_log", "action = 'library.amendments_deadline_set' and subject_id = ?", String(d.documentId)),
    ).toBe(2);
    const member = await as("member2.ru@example.org");
    const html = await (await member.get(d.url)).text();
    expect(html).toContain("Приём поправок завершён");
    expect(html).not.toContain('name="proposedWording"');
    const before = fingerprint();
    for (const form of [
      { passage: "", proposedWording: "Текст.", justification: "Причина." },
      { passage: "нет такого", proposedWording: "", justification: "" },
    ]) {
      const response = await member.post(d.url, {
        intent: "propose",
        editionId: String(d.editionId),
        sectionId: String(d.s1),
        ...form,
      });
      expect(response.status).toBe(409);
      expect(await response.text()).toContain("Приём поправок завершён");
    }
    expect(fingerprint()).toEqual(before);
    // Extending is a change of the deadline too: the form opens again.
    const day = addCalendarDays(localDateOf(new Date(), "Europe/Moscow"), 3);
    expect(
      (await secretary.post(d.url, { intent: "deadline", editionId: String(d.editionId), until: day })).status,
    ).toBe(302);
    expect(await (await member.get(d.url)).text()).toContain('name="proposedWording"');
  });
});

describe("from amendments to the next edition", () => {
  it("refused while open or undecided; then edition n+1 (draft, from n) has the accepted wordings and is searched", async () => {
    const d = draft(1);
    const db0 = platform.services.db;
    const propose = (email: string, sectionId: number, passage: string, proposedWording: string) =>
      proposeAmendment(db0, actor(email), d.documentId, d.editionId, {
        sectionId,
        passage,
        proposedWording,
        justification: "Причина.",
      });
    const whole = propose("member1.ru@example.org", d.s1, "", "Центры оценки квалификаций аккредитуются на три года.");
    const part = propose("member1.kz@example.org", d.s2, "тридцати дней", "пятнадцати дней");
    const rejected = propose("member2.kz@example.org", d.s2, "Решение направляется заявителю.", "Решение публикуется.");
    const secretary = await as("secretary.ru@example.org");
    const table = `${d.url}/table`;
    const make = () => secretary.post(table, { intent: "makeEdition", editionId: String(d.editionId) });

    const before = fingerprint();
    const stillOpen = await make();
    expect(stillOpen.status).toBe(409);
    expect(await stillOpen.text()).toContain("Приём поправок ещё идёт");
    expect(fingerprint()).toEqual(before);

    await secretary.post(d.url, { intent: "closeNow", editionId: String(d.editionId) });
    const decide = (amendmentId: number, decision: string, acceptedWording = "") =>
      secretary.post(table, {
        intent: "decide",
        amendmentId: String(amendmentId),
        decision,
        acceptedWording,
        comment: "По итогам обсуждения.",
      });
    expect((await decide(whole, "accepted")).status).toBe(302);
    expect((await decide(part, "accepted_in_part", "двадцати дней")).status).toBe(302);
    const afterTwo = fingerprint();
    const undecided = await make();
    expect(undecided.status).toBe(409);
    expect(await undecided.text()).toContain("без решения: 1");
    expect(fingerprint()).toEqual(afterTwo);
    expect((await decide(rejected, "rejected")).status).toBe(302);

    const made = await make();
    expect(made.status).toBe(302);
    const next = one<{ id: number; number: number; status: string; from: number }>(
      'select id, number, status, from_edition_id as "from" from library_editions where document_id = ? order by number desc',
      d.documentId,
    );
    expect(next).toMatchObject({ number: 2, status: "draft", from: d.editionId });
    const bodies = all<{ body: string }>(
      "select body from library_sections where edition_id = ? order by position",
      next.id,
    ).map((s) => s.body);
    expect(bodies).toContain("Центры оценки квалификаций аккредитуются на три года.");
    expect(bodies).toContain("Заявление рассматривается в течение двадцати дней. Решение направляется заявителю.");
    expect(
      count("audit_log", "action = 'library.edition_from_amendments' and subject_id = ?", String(d.documentId)),
    ).toBe(1);
    // Indexed as the library indexes any new edition: the new wording is found, the old one no longer.
    const member = await as("member1.ru@example.org");
    const search = async (q: string) => await (await member.get(`/library?q=${encodeURIComponent(q)}`)).text();
    expect(await search('"аккредитуются на три года"')).toContain(`/library/${d.documentId}#`);
    expect(await search('"аккредитуются на пять лет"')).not.toContain(`/library/${d.documentId}#`);
    // The amended edition's decisions are closed now.
    const frozen = fingerprint();
    expect((await decide(rejected, "accepted")).status).toBe(409);
    expect((await make()).status).toBe(409);
    expect(fingerprint()).toEqual(frozen);
  });
});

describe("the comparison table as DOCX", () => {
  it("is a real DOCX, landscape, with the heading and one row per amendment, named in RFC 5987 form", async () => {
    const d = draft(1);
    proposeAmendment(platform.services.db, actor("member4.ru@example.org"), d.documentId, d.editionId, {
      sectionId: d.s2,
      passage: "тридцати дней",
      proposedWording: "десяти рабочих дней",
      justification: "Ускорение признания.",
    });
    const member = await as("member4.ru@example.org");
    const response = await member.get(`${d.url}.docx`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("wordprocessingml");
    const disposition = response.headers.get("content-disposition")!;
    expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''%D0%A1/);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1]!)).toContain("Сравнительная таблица");
    const zip = await JSZip.loadAsync(await response.arrayBuffer());
    const xml = await zip.file("word/document.xml")!.async("string");
    expect(xml).toContain('w:orient="landscape"');
    expect(xml).toContain("Сравнительная таблица поправок");
    expect(xml).toContain("Проект положения о центрах оценки");
    expect(xml).toContain("Ускорение признания.");
    expect(xml).toContain("десяти рабочих");
    expect(xml).toContain("Российская Федерация");
    expect((xml.match(/<w:tr>|<w:tr /g) ?? []).length).toBe(2);
  });
});
