import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseFingerprint } from "../support/db-snapshot";
import { TestClient } from "../support/http";
import { startTestPlatform } from "../support/platform";
import { sqlOf } from "../support/sql";

// Library curation (issue 11's gaps) on the demo: new editions, edition status and document details from the
// browser, through the one access path. Body 1 is the RU–KZ working group (secretary.ru its secretary,
// member4.kz a member without a role); body 3 the partnership (member6.ru its secretary; cochair.kz sits
// only in body 1); partner@example.org sits in no body; the qualifications recommendations have no body (administrators).
let platform: Awaited<ReturnType<typeof startTestPlatform>>;
const { one, all, db } = sqlOf(() => platform);
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n");

const regulation = () =>
  one<{ id: number }>("select id from library_documents where body_id = 1 and kind = 'regulation'").id;
const modelLaw = () =>
  one<{ id: number }>(
    "select id from library_documents where body_id is null and kind = 'model_law' and visibility = 'public'",
  ).id;
const safety = () =>
  one<{ id: number }>("select id from library_documents where body_id = 1 and visibility = 'partners'").id;
const amended = () =>
  one<{ document_id: number }>("select document_id from library_editions where amendments_until is not null")
    .document_id;
const agreement = () =>
  one<{ id: number }>(
    "select id from library_documents where title like 'Соглашение о взаимодействии между Правительством%'",
  ).id;
const noBody = () =>
  one<{ id: number }>("select id from library_documents where title like 'Модельные рекомендации о признании%'").id;
const editions = (id: number) =>
  all<{
    number: number;
    status: string;
    adopted_on: string | null;
    superseded_on: string | null;
    adoption_reference: string;
  }>(
    "select number, status, adopted_on, superseded_on, adoption_reference from library_editions where document_id = ? order by number",
    id,
  );
const auditOf = (id: number) =>
  all<{ action: string; details: string }>(
    "select action, details from audit_log where subject_type = 'library_document' and subject_id = ? order by seq",
    String(id),
  );

async function as(email: string | null) {
  const client = new TestClient(platform.url);
  if (email) await client.signIn(email);
  return client;
}
const page = async (client: TestClient, url: string) => {
  const response = await client.get(url);
  return { status: response.status, html: await response.text() };
};
const finds = async (client: TestClient, q: string, id: number) =>
  new RegExp(`href="/library/${id}[#"]`).test((await page(client, `/library?q=${encodeURIComponent(q)}`)).html);

/** A multipart POST as the browser sends the new edition's form (files as [bytes, name]). */
function postEdition(
  client: TestClient,
  id: number,
  form: Record<string, string>,
  files: Record<string, [Buffer, string][]> = {},
) {
  const data = new FormData();
  for (const [k, v] of Object.entries(form)) data.append(k, v);
  for (const [field, list] of Object.entries(files))
    for (const [bytes, name] of list) data.append(field, new Blob([new Uint8Array(bytes)]), name);
  return fetch(`${platform.url}/library/${id}/editions/new`, {
    method: "POST",
    body: data,
    redirect: "manual",
    headers: { origin: client.origin, cookie: `session=${client.cookie("session")}` },
  });
}
/** A url-encoded POST with the regulation's two countries, as its form sends them. */
const postDetails = (client: TestClient, id: number, form: Record<string, string>) => {
  const body = new URLSearchParams(form);
  for (const c of ["RU", "KZ"]) body.append("countries", c);
  return fetch(`${platform.url}/library/${id}/edit`, {
    method: "POST",
    body,
    redirect: "manual",
    headers: {
      origin: client.origin,
      cookie: `session=${client.cookie("session")}`,
      "content-type": "application/x-www-form-urlencoded",
    },
  });
};
const details = (extra: Record<string, string> = {}) => ({
  title: "Положение о совместной рабочей группе по вопросам занятости",
  issuer: "Рабочая группа",
  // The act and day of the edition in force since the new edition below.
  adoptionReference: "протокол № 2 от 01.03.2026",
  adoptedOn: "2026-03-01",
  topics: "занятость",
  language: "ru",
  visibility: "body",
  ...extra,
});

beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(async () => {
  await platform?.close();
});

describe("who curates a document: the body's secretaries and co-chairs, administrators for one of no body", () => {
  const urls = (id: number) => [
    `/library/${id}/edit`,
    `/library/${id}/editions/new`,
    `/library/${id}/editions/1/status`,
  ];
  const tryAll = async (client: TestClient, id: number) => {
    const statuses = [];
    for (const url of urls(id)) {
      statuses.push((await client.get(url)).status);
      statuses.push(
        (await client.post(url, { ...details(), to: "superseded", supersededOn: "2026-01-01", text: "x" })).status,
      );
    }
    return statuses;
  };

  it("a reader who may not read the document gets 404 on every curation URL, reading or writing", async () => {
    const partner = await as("partner@example.org");
    const secretary = await as("secretary.ru@example.org");
    const before = databaseFingerprint(db());
    expect(await tryAll(partner, regulation())).toEqual([404, 404, 404, 404, 404, 404]);
    expect(await tryAll(secretary, 999_999)).toEqual([404, 404, 404, 404, 404, 404]);
    expect(databaseFingerprint(db())).toEqual(before);
  });

  it("one who reads it but may not curate gets 403, and no curation links: a member without a role, a partner, a secretary for a document of no body", async () => {
    const cases: [TestClient, number][] = [
      [await as("member4.kz@example.org"), regulation()],
      [await as("partner@example.org"), safety()],
      [await as("secretary.ru@example.org"), noBody()],
    ];
    const before = databaseFingerprint(db());
    for (const [client, id] of cases) {
      expect(await tryAll(client, id)).toEqual([403, 403, 403, 403, 403, 403]);
      const html = (await page(client, `/library/${id}`)).html;
      expect(html).not.toContain(`href="/library/${id}/editions/new"`);
      expect(html).not.toContain(`/library/${id}/editions/1/status`);
    }
    expect(databaseFingerprint(db())).toEqual(before);
  });

  it("the secretary and the co-chair of the body, and an administrator for a document of no body, have the forms", async () => {
    for (const [email, id] of [
      ["secretary.ru@example.org", regulation()],
      ["cochair.kz@example.org", regulation()],
      ["admin@example.org", noBody()],
    ] as const) {
      const client = await as(email);
      const html = (await page(client, `/library/${id}`)).html;
      expect(html).toContain(`href="/library/${id}/editions/new"`);
      expect(html).toContain(`href="/library/${id}/edit"`);
      for (const url of urls(id)) expect((await client.get(url)).status).toBe(200);
    }
  });
});

describe("a new edition from the browser", () => {
  it("an adopted edition from a Markdown file supersedes the one in force in the same transaction; the search follows at once", async () => {
    const id = regulation();
    const secretary = await as("secretary.ru@example.org");
    expect(await finds(secretary, "консультативным", id)).toBe(true);
    const markdown =
      "# Положение о рабочей группе\n\n## 1. Общие положения\n\nРабочая группа применяет геймификации методы.\n";
    const response = await postEdition(
      secretary,
      id,
      { status: "adopted", adoptionReference: "протокол № 2 от 01.03.2026", adoptedOn: "2026-03-01", text: "" },
      { file: [[Buffer.from(markdown), "положение.md"]], originals: [[PDF, "положение.pdf"]] },
    );
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`/library/${id}`);
    expect(editions(id)).toEqual([
      {
        number: 1,
        status: "superseded",
        adopted_on: "2025-02-20",
        superseded_on: "2026-03-01",
        adoption_reference: "",
      },
      {
        number: 2,
        status: "adopted",
        adopted_on: "2026-03-01",
        superseded_on: null,
        adoption_reference: "протокол № 2 от 01.03.2026",
      },
    ]);
    expect(
      one<{ adoption_reference: string; adopted_on: string }>(
        "select adoption_reference, adopted_on from library_documents where id = ?",
        id,
      ),
    ).toEqual({ adoption_reference: "протокол № 2 от 01.03.2026", adopted_on: "2026-03-01" });
    expect(
      auditOf(id)
        .map((a) => a.action)
        .slice(-3),
    ).toEqual(["library.edition_added", "library.edition_status_changed", "library.original_added"]);
    expect(await finds(secretary, "геймификация", id)).toBe(true);
    expect(await finds(secretary, "консультативным", id)).toBe(false);
    const html = (await page(secretary, `/library/${id}`)).html;
    expect(html).toContain("геймификации");
    expect(html).toContain("положение.pdf");
  });

  it("a draft edition from pasted text leaves the edition in force, and the search, as they were", async () => {
    const id = agreement();
    const before = editions(id);
    const secretary = await as("member6.ru@example.org");
    const response = await postEdition(secretary, id, {
      status: "draft",
      adoptionReference: "",
      adoptedOn: "",
      text: "Проект дополнительного соглашения\n1. Предмет\nСтороны расширяют сотрудничество по вопросам профориентации.",
    });
    expect(response.status).toBe(302);
    expect(editions(id)).toEqual([
      ...before,
      { number: 3, status: "draft", adopted_on: null, superseded_on: null, adoption_reference: "" },
    ]);
    expect(await finds(await as(null), "профориентации", id)).toBe(false);
  });
});

describe("edition status from the document's page", () => {
  it("adopting the draft supersedes the edition in force and the search follows; marking it superseded is audited", async () => {
    const id = modelLaw();
    const partner = await as("partner@example.org");
    expect(await finds(partner, '"не менее благоприятных"', id)).toBe(true);
    const secretary = await as("admin@example.org"); // a document of no body: administrators curate it
    const adopt = await secretary.post(`/library/${id}/editions/2/status`, {
      to: "adopted",
      adoptionReference: "решение № 5 от 12.05.2026",
      adoptedOn: "2026-05-12",
    });
    expect(adopt.status).toBe(302);
    expect(editions(id).map((e) => [e.number, e.status, e.superseded_on])).toEqual([
      [1, "superseded", "2026-05-12"],
      [2, "adopted", null],
    ]);
    expect(await finds(partner, '"не менее благоприятных"', id)).toBe(false);
    expect(await finds(partner, "равных", id)).toBe(true);
    const entry = auditOf(id).at(-1)!;
    expect(entry.action).toBe("library.edition_status_changed");
    expect(JSON.parse(entry.details)).toMatchObject({ edition: 2, from: "draft", to: "adopted", superseded: [1] });

    const supersede = await secretary.post(`/library/${id}/editions/2/status`, {
      to: "superseded",
      supersededOn: "2026-06-01",
    });
    expect(supersede.status).toBe(302);
    expect(editions(id).map((e) => e.status)).toEqual(["superseded", "superseded"]);
    expect(JSON.parse(auditOf(id).at(-1)!.details)).toMatchObject({ edition: 2, from: "adopted", to: "superseded" });
  });

  it("illegal transitions are refused with a clear message, and nothing changes", async () => {
    const id = modelLaw();
    const secretary = await as("admin@example.org");
    const before = databaseFingerprint(db());
    const adoptAgain = { to: "adopted", adoptionReference: "решение № 6", adoptedOn: "2026-06-02" };
    for (const [n, form] of [
      [1, adoptAgain],
      [2, adoptAgain],
      [1, { to: "superseded", supersededOn: "2026-06-02" }],
    ] as const) {
      const response = await secretary.post(`/library/${id}/editions/${n}/status`, form);
      expect(response.status).toBe(409);
      expect(await response.text()).toContain(`Так изменить статус редакции № ${n} нельзя`);
    }
    expect((await secretary.post(`/library/${id}/editions/9/status`, adoptAgain)).status).toBe(404);
    expect(databaseFingerprint(db())).toEqual(before);
  });

  it("a draft open for amendments cannot be adopted until they are closed and decided, and says so", async () => {
    const id = amended();
    const secretary = await as("secretary.ru@example.org");
    const before = databaseFingerprint(db());
    const response = await secretary.post(`/library/${id}/editions/1/status`, {
      to: "adopted",
      adoptionReference: "решение № 7",
      adoptedOn: "2026-06-02",
    });
    expect(response.status).toBe(409);
    expect(await response.text()).toContain("Редакция открыта для поправок");
    expect(databaseFingerprint(db())).toEqual(before);
  });
});

describe("bad input: a clear message, and nothing changes", () => {
  it("the new edition's form", async () => {
    const id = regulation();
    const secretary = await as("secretary.ru@example.org");
    const before = databaseFingerprint(db());
    const base = { status: "draft", adoptionReference: "", adoptedOn: "", text: "" };
    const cases: [Record<string, string>, Record<string, [Buffer, string][]>, string][] = [
      [base, {}, "Выберите файл с текстом или вставьте текст документа."],
      [{ ...base, text: "Текст" }, { file: [[Buffer.from("# Т"), "a.md"]] }, "Либо файл, либо вставленный текст"],
      [base, { file: [[PDF, "текст.pdf"]] }, "Это не файл DOCX, Markdown или простой текст."],
      [{ ...base, status: "adopted", text: "Текст", adoptedOn: "2026-03-01" }, {}, "Укажите акт о принятии"],
      [{ ...base, status: "adopted", text: "Текст", adoptionReference: "решение № 1" }, {}, "Укажите дату."],
      [
        { ...base, status: "adopted", text: "Текст", adoptionReference: "решение № 1", adoptedOn: "2026-02-30" },
        {},
        "Укажите дату в виде ГГГГ-ММ-ДД",
      ],
      [{ ...base, status: "in_force", text: "Текст" }, {}, "Выберите"],
      [{ ...base, text: "Текст" }, { originals: [[Buffer.from("not a pdf"), "оригинал.pdf"]] }, "оригинал"],
    ];
    for (const [form, files, message] of cases) {
      const response = await postEdition(secretary, id, form, files);
      expect(response.status).toBe(422);
      expect(await response.text()).toContain(message);
    }
    expect(databaseFingerprint(db())).toEqual(before);
  });

  it("the status forms and the details form", async () => {
    const secretary = await as("secretary.ru@example.org");
    const admin = await as("admin@example.org");
    const id = amended();
    const before = databaseFingerprint(db());
    const status = `/library/${id}/editions/1/status`;
    const refusals: [TestClient, string, Record<string, string>, string][] = [
      [secretary, status, { to: "adopted", adoptionReference: "", adoptedOn: "2026-06-02" }, "Укажите акт о принятии"],
      [secretary, status, { to: "back", adoptionReference: "решение", adoptedOn: "2026-06-02" }, "Выберите"],
      [
        secretary,
        `/library/${regulation()}/editions/2/status`,
        { to: "superseded", supersededOn: "01.06.2026" },
        "ГГГГ-ММ-ДД",
      ],
      [secretary, `/library/${regulation()}/edit`, details({ title: " " }), "Заполните"],
      [secretary, `/library/${regulation()}/edit`, details({ language: "xx" }), "Выберите"],
      [secretary, `/library/${regulation()}/edit`, details({ countries: "XX" }), "Выберите"],
      [secretary, `/library/${regulation()}/edit`, details({ adoptedOn: "2026-13-01" }), "ГГГГ-ММ-ДД"],
      [admin, `/library/${noBody()}/edit`, details({ visibility: "body" }), "У документа нет органа"],
    ];
    for (const [client, url, form, message] of refusals) {
      const response = await client.post(url, form);
      expect([409, 422]).toContain(response.status);
      expect(await response.text()).toContain(message);
    }
    expect(databaseFingerprint(db())).toEqual(before);
  });
});

describe("document details", () => {
  it("editing the details is audited with what changed; the search and the facets follow at once", async () => {
    const id = regulation();
    const secretary = await as("secretary.ru@example.org");
    const response = await postDetails(
      secretary,
      id,
      details({ title: "Положение о рабочей группе по наставничеству", topics: "занятость, наставничество" }),
    );
    expect(response.status).toBe(302);
    const entry = auditOf(id).at(-1)!;
    expect(entry.action).toBe("library.details_changed");
    expect(JSON.parse(entry.details)).toEqual({
      changes: {
        title: {
          from: "Положение о совместной рабочей группе по вопросам занятости",
          to: "Положение о рабочей группе по наставничеству",
        },
        topics: { from: ["занятость"], to: ["занятость", "наставничество"] },
      },
    });
    expect(await finds(secretary, "наставничеству", id)).toBe(true);
    expect((await page(secretary, "/library")).html).toContain("наставничество");
    // The same details again: nothing changed, nothing recorded.
    const count = auditOf(id).length;
    await postDetails(
      secretary,
      id,
      details({ title: "Положение о рабочей группе по наставничеству", topics: "занятость, наставничество" }),
    );
    expect(auditOf(id)).toHaveLength(count);
  });

  it("narrowing the visibility hides the document from readers at once (404), from a partner and from a member of another body", async () => {
    const id = agreement();
    const partner = await as("partner@example.org");
    const otherBody = await as("cochair.kz@example.org");
    expect((await page(partner, `/library/${id}`)).status).toBe(200);
    expect((await page(otherBody, `/library/${id}`)).status).toBe(200);
    expect((await otherBody.get(`/library/${id}/edit`)).status).toBe(403);
    const secretary = await as("member6.ru@example.org");
    const doc = one<{ title: string; issuer: string; adoption_reference: string; adopted_on: string }>(
      "select title, issuer, adoption_reference, adopted_on from library_documents where id = ?",
      id,
    );
    const response = await secretary.post(`/library/${id}/edit`, {
      title: doc.title,
      issuer: doc.issuer,
      adoptionReference: doc.adoption_reference,
      adoptedOn: doc.adopted_on,
      countries: "RU",
      topics: "национальная система квалификаций",
      language: "ru",
      visibility: "body",
    });
    expect(response.status).toBe(302);
    expect(JSON.parse(auditOf(id).at(-1)!.details)).toEqual({
      changes: { visibility: { from: "public", to: "body" } },
    });
    for (const client of [partner, otherBody, await as(null)]) {
      expect((await page(client, `/library/${id}`)).status).toBe(404);
      expect(await finds(client, "Московской области", id)).toBe(false);
    }
    for (const url of [`/library/${id}/edit`, `/library/${id}/editions/new`, `/library/${id}/editions/1/status`])
      expect((await otherBody.get(url)).status).toBe(404);
    expect((await page(secretary, `/library/${id}`)).status).toBe(200);
  });
});

describe("demo original files", () => {
  it("three demo editions carry originals made by the edition export, real PDF and DOCX, read by the document's readers", async () => {
    const rows = all<{ document_id: number; number: number; format: string; content_type: string }>(
      `select e.document_id, e.number, f.format, files.content_type from library_edition_files f
         join library_editions e on e.id = f.edition_id join files on files.id = f.file_id order by f.id`,
    );
    expect(rows.slice(0, 3).map((r) => [r.document_id, r.number, r.format])).toEqual([
      [noBody(), 1, "docx"],
      [noBody(), 2, "pdf"],
      [expect.any(Number), 1, "pdf"],
    ]);
    const partner = await as("partner@example.org");
    const hrefs = [
      ...(await page(partner, `/library/${noBody()}`)).html.matchAll(/href="(\/library\/\d+\/files\/\d+)"/g),
    ];
    expect(hrefs).toHaveLength(2);
    const pdf = await partner.get(hrefs[1]![1]!);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
    const docx = await partner.get(hrefs[0]![1]!);
    expect(
      Buffer.from(await docx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe("PK");
  });
});
