import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addCalendarDays, localDateOf } from "~/lib/zoned-time";
import { databaseFingerprint } from "../support/db-snapshot";
import { TestClient } from "../support/http";
import { startTestPlatform } from "../support/platform";
import { sqlOf } from "../support/sql";
import { parseXmlStrictly } from "../support/xml";

// Issue 12: the demo partnership (Moscow Region Government — НАРК): its page, its Atom feed, its action plan
// reported only by the responsible party's people and decided by the parties' heads, its working groups.
let platform: Awaited<ReturnType<typeof startTestPlatform>>;
const { db, one, all, count } = sqlOf(() => platform);
const P = () => one<{ id: number }>("select id from bodies where kind = 'partnership' order by id limit 1").id;
const party = (position: number) =>
  one<{ id: number }>("select id from sides where body_id = ? and position = ?", P(), position).id;
const item = (number: string) =>
  one<{ id: number; status: string }>(
    "select id, status from action_plan_items where body_id = ? and number = ?",
    P(),
    number,
  );
const fingerprint = () => databaseFingerprint(db());
/** Plan steps send letters (decision 0028): the ones queued so far are delivered first, not while it is taken. */
const settledFingerprint = async () => {
  await platform.mail.drain();
  return fingerprint();
};
const today = () => localDateOf(new Date(), "Europe/Moscow");

beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform.close());

async function as(email: string) {
  const client = new TestClient(platform.url);
  await client.signIn(email);
  return client;
}
const visitor = () => new TestClient(platform.url);
const text = async (response: Response) =>
  (await response.text())
    .replace(/<script[\s\S]*?<\/script>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");

function parseAtom(xml: string) {
  const { doc, errors } = parseXmlStrictly(xml);
  expect(errors).toEqual([]);
  return doc.documentElement!;
}

describe("the page /partnerships/<id>", () => {
  it("once published, anyone reads it without an account: parties, agreement and its edition, term, groups, public materials newest first; no action plan", async () => {
    const response = await visitor().get(`/partnerships/${P()}`);
    expect(response.status).toBe(200);
    const page = await text(response);
    expect(page).toContain("Правительство Московской области");
    expect(page).toContain("Национальное агентство развития квалификаций");
    expect(page).toContain("Соглашение о взаимодействии между Правительством Московской области и АНО «НАРК»");
    expect(page).toContain("Действующая редакция № 2");
    expect(page).toContain("15 ноября 2026");
    expect(page).toContain("Рабочая группа по реализации соглашений о кластерном взаимодействии");
    expect(page).not.toContain("План мероприятий");
    expect(page).not.toContain("Отчёт о выполнении плана мероприятий");
    // Newest first: the resolution was added after the agreement.
    expect(page.indexOf("Резолюция межведомственной")).toBeLessThan(
      page.indexOf("Соглашение о взаимодействии между Правительством Московской области и АНО «НАРК» Соглашение"),
    );
    // The group's meeting is not for a visitor without an account.
    expect(page).not.toContain("Заседание № 1");
  });

  it("its members see the action plan with its picture, the body-only material, and the group's meeting they may read", async () => {
    const page = await text(await (await as("member4.ru@example.org")).get(`/partnerships/${P()}`));
    expect(page).toContain("План мероприятий");
    expect(page).toContain("Выполнение плана по сторонам");
    for (const state of ["Запланировано", "Выполняется", "Просрочено", "Выполнено, ждёт принятия", "Принято"])
      expect(page).toContain(state);
    expect(page).toContain("Отчёт о выполнении плана мероприятий (рабочие материалы)");
    expect(page).toContain("Заседание № 1");
  });

  it("unpublished, it is a 404 for a visitor and for a signed-in stranger, and still readable by the parties", async () => {
    const head = await as("member4.ru@example.org");
    expect((await head.post(`/partnerships/${P()}/manage`, { intent: "unpublish" })).status).toBe(302);
    expect(count("audit_log", "action = 'partnership.unpublished' and subject_id = ?", String(P()))).toBe(1);
    expect((await visitor().get(`/partnerships/${P()}`)).status).toBe(404);
    expect((await (await as("partner@example.org")).get(`/partnerships/${P()}`)).status).toBe(404);
    expect((await visitor().get(`/partnerships/${P()}/feed.atom`)).status).toBe(404);
    expect((await head.get(`/partnerships/${P()}`)).status).toBe(200);
    expect((await head.post(`/partnerships/${P()}/manage`, { intent: "publish" })).status).toBe(302);
    expect((await visitor().get(`/partnerships/${P()}`)).status).toBe(200);
  });

  it("a head changes the term and links the agreement, audited; a bad term or another body's document changes nothing", async () => {
    const head = await as("deputy.ru@example.org");
    const manage = `/partnerships/${P()}/manage`;
    const before = await settledFingerprint();
    const badTerm = await head.post(manage, {
      intent: "details",
      partnershipStartsOn: "2019-11-15",
      partnershipTerm: "months",
      partnershipTermMonths: "-5",
    });
    expect(badTerm.status).toBe(422);
    expect(await text(badTerm)).toContain("Срок — целое число месяцев от 1 до 1200");
    const foreign = one<{ id: number }>("select id from library_documents where body_id is not ? limit 1", P()).id;
    const badLink = await head.post(manage, { intent: "agreement", documentId: String(foreign) });
    expect(badLink.status).toBe(422);
    expect(await text(badLink)).toContain("Соглашением может быть только документ библиотеки этого партнёрства.");
    expect(fingerprint()).toEqual(before);
    const saved = await head.post(manage, {
      intent: "details",
      partnershipStartsOn: "2019-11-15",
      partnershipTerm: "months",
      partnershipTermMonths: "96",
    });
    expect(saved.status).toBe(302);
    expect(one("select term_months from partnerships where body_id = ?", P())).toEqual({ term_months: 96 });
    expect(count("audit_log", "action = 'partnership.details_changed' and subject_id = ?", String(P()))).toBe(1);
    expect(await text(await visitor().get(`/partnerships/${P()}`))).toContain("15 ноября 2027");
    await head.post(manage, {
      intent: "details",
      partnershipStartsOn: "2019-11-15",
      partnershipTerm: "months",
      partnershipTermMonths: "84",
    });
  });

  it("the link to add the agreement opens the library's form with the partnership and «agreement» chosen; nothing else is taken", async () => {
    const head = await as("deputy.ru@example.org");
    const manage = await (await head.get(`/partnerships/${P()}/manage`)).text();
    const link = `/library/new?body=${P()}&amp;kind=agreement`;
    expect(manage).toContain(`href="${link}"`);
    const form = await (await head.get(link.replace("&amp;", "&"))).text();
    expect(form).toMatch(new RegExp(`<option value="${P()}" selected="">`));
    expect(form).toMatch(/<option value="agreement" selected="">/);
    // The working group set up under it is on the head's list too: chosen when named.
    const group = one<{ id: number }>("select id from bodies where parent_body_id = ?", P()).id;
    const groupForm = await (await head.get(`/library/new?body=${group}`)).text();
    expect(groupForm).toMatch(new RegExp(`<option value="${group}" selected="">`));
    expect(groupForm).not.toMatch(new RegExp(`<option value="${P()}" selected="">`));
    // A body not on the user's list, or a kind that does not exist, is ignored: the form opens as usual.
    const other = await (await head.get(`/library/new?body=1&kind=nonsense`)).text();
    expect(other).not.toMatch(/<option value="1" selected="">/);
    expect(other).toMatch(/<option value="recommendations" selected="">/);
  });

  it("only the parties' heads manage it: a party's secretary gets 403 and nothing changes", async () => {
    const secretary = await as("member6.ru@example.org");
    const before = await settledFingerprint();
    expect((await secretary.post(`/partnerships/${P()}/manage`, { intent: "unpublish" })).status).toBe(403);
    expect(fingerprint()).toEqual(before);
  });
});

describe("/partnerships/<id>/feed.atom", () => {
  it("is a valid Atom 1.0 feed of the PUBLIC materials only, with its content type, the same for a member", async () => {
    for (const client of [visitor(), await as("member4.ru@example.org")]) {
      const response = await client.get(`/partnerships/${P()}/feed.atom`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
      const root = parseAtom(await response.text());
      expect(root.namespaceURI).toBe("http://www.w3.org/2005/Atom");
      const child = (el: Element, name: string) =>
        Array.from(el.childNodes).filter((n) => n.nodeName === name) as Element[];
      expect(child(root, "id")[0]!.textContent).toMatch(/^tag:/);
      expect(child(root, "updated")[0]!.textContent).toMatch(/^\d{4}-\d\d-\d\dT/);
      expect(child(root, "link").some((l) => l.getAttribute("rel") === "self")).toBe(true);
      const entries = child(root, "entry");
      const titles = entries.map((e) => child(e, "title")[0]!.textContent);
      const publicDocs = all<{ title: string }>(
        "select title from library_documents where body_id in (select id from bodies where id = ? or parent_body_id = ?) and visibility = 'public' order by created_at desc, id desc",
        P(),
        P(),
      ).map((d) => d.title);
      expect(titles).toEqual(publicDocs);
      expect(titles).not.toContain("Отчёт о выполнении плана мероприятий (рабочие материалы)");
      for (const e of entries) {
        expect(child(e, "id")[0]!.textContent).toMatch(/^tag:[^,]+,2026:library-document-\d+$/);
        expect(child(e, "link")[0]!.getAttribute("href")).toMatch(/\/library\/\d+$/);
        expect(child(e, "summary")).toHaveLength(1);
      }
    }
  });
});

describe("the action plan, by party (R4 as for assignments)", () => {
  it("the OTHER party's member cannot report on an item: 403, and nothing changes", async () => {
    const other = await as("member5.ru@example.org"); // НАРК's secretary; item 3 is the Moscow Region's
    const before = await settledFingerprint();
    const path = `/partnerships/${P()}/plan/${item("3").id}`;
    expect((await other.post(path, { intent: "report", text: "Чужой отчёт" })).status).toBe(403);
    expect((await other.post(path, { intent: "done", text: "" })).status).toBe(403);
    expect(fingerprint()).toEqual(before);
    expect(await text(await other.get(path))).not.toContain("Отправить отчёт");
  });

  it("the responsible party's person reports and marks it done; the other party's co-chair accepts; each step audited", async () => {
    const id = item("3").id;
    const path = `/partnerships/${P()}/plan/${id}`;
    const own = await as("member6.ru@example.org");
    expect((await own.post(path, { intent: "report", text: "Экзамен назначен на 12 декабря." })).status).toBe(302);
    expect(item("3").status).toBe("in_progress");
    expect((await own.post(path, { intent: "done", text: "Экзамен проведён." })).status).toBe(302);
    expect(item("3").status).toBe("done");
    // A party's person who is not a head may not decide: 403.
    const notHead = await as("member5.ru@example.org");
    const before = await settledFingerprint();
    expect((await notHead.post(path, { intent: "accept" })).status).toBe(403);
    expect(fingerprint()).toEqual(before);
    expect((await (await as("deputy.ru@example.org")).post(path, { intent: "accept" })).status).toBe(302);
    expect(item("3").status).toBe("accepted");
    expect(
      all<{ action: string }>(
        "select action from audit_log where subject_type = 'action_plan_item' and subject_id = ? order by seq",
        String(id),
      )
        .map((a) => a.action)
        .slice(-3),
    ).toEqual(["action_plan.reported", "action_plan.done", "action_plan.accepted"]);
  });

  it("a head returns an item marked done with a reason: in progress again; without a reason, refused and nothing changes", async () => {
    const path = `/partnerships/${P()}/plan/${item("2").id}`;
    const head = await as("member4.ru@example.org");
    const before = await settledFingerprint();
    const refused = await head.post(path, { intent: "return", text: "  " });
    expect(refused.status).toBe(422);
    expect(await text(refused)).toContain("Напишите причину возврата.");
    expect(fingerprint()).toEqual(before);
    expect((await head.post(path, { intent: "return", text: "Нет свидетельства по третьей программе." })).status).toBe(
      302,
    );
    expect(item("2").status).toBe("in_progress");
  });

  it("a stranger to the partnership does not learn an item exists (404), though the page is public", async () => {
    const partner = await as("partner@example.org");
    expect((await partner.get(`/partnerships/${P()}/plan/${item("1").id}`)).status).toBe(404);
    expect((await visitor().get(`/partnerships/${P()}/plan/${item("1").id}`)).status).toBe(302); // to sign in
  });

  it("officers add items; bad input (past due, no text, a number taken, a party of another body) changes nothing", async () => {
    const secretary = await as("member6.ru@example.org");
    const add = (fields: Record<string, string>) =>
      secretary.post(`/partnerships/${P()}/plan/new`, {
        number: "7",
        text: "Провести круглый стол с работодателями",
        responsibleSideId: String(party(2)),
        dueOn: addCalendarDays(today(), 30),
        ...fields,
      });
    const before = await settledFingerprint();
    const cases: [Record<string, string>, string][] = [
      [{ dueOn: addCalendarDays(today(), -1) }, "Срок исполнения не может быть в прошлом."],
      [{ text: " " }, "Напишите, что должно быть сделано."],
      [{ number: "1" }, "Пункт № 1 в плане уже есть."],
      [{ number: "7a" }, "Номер пункта — цифры через точку"],
      [{ responsibleSideId: "1" }, "Выберите сторону, ответственную за пункт."],
    ];
    for (const [fields, message] of cases) {
      const response = await add(fields);
      expect(response.status, JSON.stringify(fields)).toBeGreaterThanOrEqual(400);
      expect(await text(response)).toContain(message);
    }
    expect(fingerprint()).toEqual(before);
    // Someone who is not a party's officer may not write the plan (the page is public, so 403, not 404).
    const outsider = await as("member1.ru@example.org");
    expect((await outsider.get(`/partnerships/${P()}/plan/new`)).status).toBe(403);
    expect((await (await as("member5.ru@example.org")).get(`/partnerships/${P()}/plan/new`)).status).toBe(200);
    expect((await add({})).status).toBe(302);
    expect(item("7").status).toBe("planned");
    expect(count("audit_log", "action = 'action_plan.item_added' and subject_id = ?", String(item("7").id))).toBe(1);
  });

  it("a request from another site (Origin) is refused and changes nothing", async () => {
    const own = await as("member6.ru@example.org");
    const before = await settledFingerprint();
    const response = await own.post(
      `/partnerships/${P()}/plan/${item("5").id}`,
      { intent: "report", text: "Размещено." },
      { origin: "https://evil.example" },
    );
    expect(response.status).toBe(403);
    expect(fingerprint()).toEqual(before);
  });
});

describe("creating a partnership and setting up its working group", () => {
  const bodyForm = (extra: Record<string, string>) => ({
    kind: "partnership",
    titleRu: "Соглашение о сотрудничестве в подготовке кадров",
    titleEn: "",
    description: "",
    timezone: "Europe/Moscow",
    quorumRule: "each_side_half",
    quorumPercent: "",
    materialsDeadlineDays: "10",
    signatories: "chairs_and_secretaries",
    side1Name: "Сторона 1",
    side1Country: "RU",
    side1OrganisationId: "",
    side1WorkingLanguage: "ru",
    side1Timezone: "Europe/Moscow",
    side2Name: "Сторона 2",
    side2Country: "RU",
    side2OrganisationId: "",
    side2WorkingLanguage: "ru",
    side2Timezone: "Europe/Moscow",
    ...extra,
  });

  it("a partnership is created with its start and term in one transaction; a bad term is refused and nothing is written", async () => {
    const admin = await as("admin@example.org");
    const before = await settledFingerprint();
    for (const bad of [
      { partnershipStartsOn: "", partnershipTerm: "months", partnershipTermMonths: "12" },
      { partnershipStartsOn: "2026-02-30", partnershipTerm: "months", partnershipTermMonths: "12" },
      { partnershipStartsOn: "2026-01-01", partnershipTerm: "months", partnershipTermMonths: "0" },
    ]) {
      const response = await admin.post("/bodies/new", bodyForm(bad));
      expect(response.status).toBe(422);
    }
    expect(fingerprint()).toEqual(before);
    const created = await admin.post(
      "/bodies/new",
      bodyForm({ partnershipStartsOn: "2026-01-01", partnershipTerm: "indefinite", partnershipTermMonths: "" }),
    );
    expect(created.status).toBe(302);
    const id = Number(/\/bodies\/(\d+)/.exec(created.headers.get("location")!)![1]);
    expect(one("select starts_on, term_months, agreement_document_id from partnerships where body_id = ?", id)).toEqual(
      {
        starts_on: "2026-01-01",
        term_months: null,
        agreement_document_id: null,
      },
    );
    expect(count("audit_log", "action = 'partnership.created' and subject_id = ?", String(id))).toBe(1);
    // Not published yet: a stranger does not learn it exists.
    expect((await visitor().get(`/partnerships/${id}`)).status).toBe(404);
  });

  it("a head sets up a working group whose co-chairs come from each party; a co-chair from outside is refused", async () => {
    const head = await as("deputy.ru@example.org");
    const form = (coChair1: string) => ({
      intent: "group",
      titleRu: "Рабочая группа по независимой оценке квалификации",
      description: "",
      [`coChair-${party(1)}`]: coChair1,
      [`coChair-${party(2)}`]: String(
        one<{ id: number }>("select id from users where email = 'member5.ru@example.org'").id,
      ),
    });
    const before = await settledFingerprint();
    const outsider = String(one<{ id: number }>("select id from users where email = 'cochair.kz@example.org'").id);
    const refused = await head.post(`/partnerships/${P()}/manage`, form(outsider));
    expect(refused.status).toBe(422);
    expect(await text(refused)).toContain("Выберите сопредседателя от каждой стороны");
    expect(fingerprint()).toEqual(before);
    const own = String(one<{ id: number }>("select id from users where email = 'member6.ru@example.org'").id);
    const response = await head.post(`/partnerships/${P()}/manage`, form(own));
    expect(response.status).toBe(302);
    const groupId = Number(/\/bodies\/(\d+)/.exec(response.headers.get("location")!)![1]);
    expect(one("select kind, parent_body_id from bodies where id = ?", groupId)).toEqual({
      kind: "working_group",
      parent_body_id: P(),
    });
    expect(
      all(
        "select s.name, m.role from memberships m join sides s on s.id = m.side_id where m.body_id = ? order by s.position",
        groupId,
      ),
    ).toEqual([
      { name: "Правительство Московской области", role: "co_chair" },
      { name: "Национальное агентство развития квалификаций", role: "co_chair" },
    ]);
    expect(await text(await visitor().get(`/partnerships/${P()}`))).toContain(
      "Рабочая группа по независимой оценке квалификации",
    );
  });
});
