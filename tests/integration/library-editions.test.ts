import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseFingerprint } from "../support/db-snapshot";
import { TestClient } from "../support/http";
import { startTestPlatform } from "../support/platform";
import { sqlOf } from "../support/sql";

// Library editions (issue 11) on the demo: two editions compared; DOCX import (CLI and form) keeping the
// structure; original files readable exactly by the document's readers; the browser form that adds a document.
// Body 1 is the demo's RU–KZ working group (secretary.ru is its secretary); partner@example.org sits in no body.
let platform: Awaited<ReturnType<typeof startTestPlatform>>;
const { one, all, db } = sqlOf(() => platform);
const run = promisify(execFile);
const FIXTURE = path.resolve("tests/fixtures/library/recommendations.docx");
const QUALIFICATIONS = "Модельные рекомендации о признании квалификаций";
const MEMBERS_ONLY = "Сводный обзор предложений сторон";
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n");

const docId = (title: string) =>
  one<{ id: number }>("select id from library_documents where title like ?", `${title}%`).id;
async function as(email: string | null) {
  const client = new TestClient(platform.url);
  if (email) await client.signIn(email);
  return client;
}
const page = async (client: TestClient, url: string) => {
  const response = await client.get(url);
  return { status: response.status, html: await response.text() };
};
const sectionsOf = (id: number) =>
  all<{ level: number; number: string; heading: string; footnotes: string }>(
    `select s.level, s.number, s.heading, s.footnotes from library_sections s
       join library_editions e on e.id = s.edition_id where e.document_id = ? order by s.position`,
    id,
  );

beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(async () => {
  await platform?.close();
});

describe("comparing two editions", () => {
  it("a reader sees edition 1 against 2 section by section, the changed words in <ins> and <del>", async () => {
    const partner = await as("partner@example.org");
    const id = docId(QUALIFICATIONS);
    const doc = await page(partner, `/library/${id}`);
    // The document page has the form (GET, no script needed) that leads here.
    expect(doc.html).toMatch(new RegExp(`<form method="get" action="/library/${id}/compare"`));
    const { status, html } = await page(partner, `/library/${id}/compare?from=1&to=2`);
    expect(status).toBe(200);
    expect(html).toContain("Разделов добавлено: 2; удалено: 0; изменено: 1.");
    expect(html).toMatch(/<del[^>]*><span class="visually-hidden">удалено: <\/span>тридцати</);
    expect(html).toMatch(/<ins[^>]*><span class="visually-hidden">добавлено: <\/span>двадцати</);
    expect(html).toContain("раздел добавлен");
    expect(html).toContain("Информационное обеспечение");
    // Without numbers: the edition before the current one against it.
    expect((await page(partner, `/library/${id}/compare`)).html).toContain("Сравнение редакций № 1 и № 2");
  });

  it("a document the reader may not see, or an edition it has not, is a 404", async () => {
    const partner = await as("partner@example.org");
    expect((await page(partner, `/library/${docId(MEMBERS_ONLY)}/compare?from=1&to=1`)).status).toBe(404);
    const id = docId(QUALIFICATIONS);
    expect((await page(partner, `/library/${id}/compare?from=1&to=9`)).status).toBe(404);
    expect((await page(partner, `/library/${id}/compare?from=x&to=2`)).status).toBe(404);
    expect((await page(await as(null), `/library/${id}/compare?from=1&to=2`)).status).toBe(404);
  });
});

describe("DOCX import", () => {
  const cli = (args: string[]) =>
    run("npx", ["tsx", "server/cli/library.ts", ...args], {
      env: {
        ...process.env,
        DATA_DIR: platform.dataDir,
        DATABASE_FILE: path.join(platform.dataDir, "platform.sqlite"),
      },
    });

  it("a real recommendations text as DOCX keeps its numbered headings and footnote, and is found by other word forms", async () => {
    const { stdout } = await cli(["import", FIXTURE, "--kind", "recommendations", "--visibility", "public"]);
    const id = Number(/\/library\/(\d+)$/.exec(stdout.trim())![1]);
    const sections = sectionsOf(id);
    const numbered = sections.filter((s) => s.number);
    expect(numbered.map((s) => s.number)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8"]);
    expect(numbered[0]).toMatchObject({ level: 1, heading: "Цель Рекомендаций" });
    expect(numbered[6]!.heading).toBe("Основные понятия и их определения");
    expect(JSON.parse(numbered[0]!.footnotes)).toEqual(["Текст приводится по материалам МПА СНГ."]);
    const reader = await as(null);
    // «процедуры … подготовки» in the query; «процедур профессиональной подготовки» in the text.
    const found = await page(reader, `/library?q=${encodeURIComponent("процедуры подготовки мигрантов")}`);
    expect(found.html).toMatch(new RegExp(`/library/${id}#s-\\d+`));
    const doc = await page(reader, `/library/${id}`);
    expect(doc.html).toContain('id="s-7"');
  });

  it.skipIf(!fs.existsSync("../shared/domain/sources"))(
    "the fixture's sections are the source's numbered headings (sources present)",
    () => {
      const sources = "../shared/domain/sources";
      const source = fs.readFileSync(path.join(sources, fs.readdirSync(sources).sort()[0]!), "utf8");
      const headings = [...source.matchAll(/^(?:\[bookmark: [^\]]*\])?(\d)\. (?:\[bookmark: [^\]]*\])?(\S.*)$/gm)]
        .filter((m) => !/[.;:,]$/.test(m[2]!))
        .map((m) => m[1]);
      expect(headings).toEqual(["1", "2", "3", "4", "5", "6", "7", "8"]);
    },
  );

  it("a file that is no DOCX, named .docx: a clear message, exit 1, nothing imported", async () => {
    const before = databaseFingerprint(db());
    const fake = path.join(platform.dataDir, "fake.docx");
    fs.writeFileSync(fake, "PK\u0003\u0004 not really a zip");
    const error = (await cli(["import", FIXTURE, fake, "--kind", "other", "--visibility", "public"]).catch(
      (e: unknown) => e,
    )) as { code: number; stderr: string };
    expect(error.code).toBe(1);
    expect(error.stderr).toContain(`cannot import ${fake}: not a readable DOCX file`);
    expect(error.stderr).toContain("Nothing was imported.");
    expect(databaseFingerprint(db())).toEqual(before);
  });
});

describe("adding a document in the browser", () => {
  const fields = (extra: Record<string, string> = {}) => ({
    kind: "recommendations",
    title: "",
    issuer: "Рабочая группа",
    adoptionReference: "решение № 3 от 10.03.2026",
    adoptedOn: "2026-03-10",
    topics: "трудовая миграция, квалификации",
    language: "ru",
    bodyId: "1",
    visibility: "body",
    status: "adopted",
    text: "",
    ...extra,
  });
  const post = (client: TestClient, form: Record<string, string>, files: Record<string, [Buffer, string][]> = {}) => {
    const data = new FormData();
    for (const [k, v] of Object.entries(form)) data.append(k, v);
    data.append("countries", "RU");
    data.append("countries", "KZ");
    for (const [field, list] of Object.entries(files))
      for (const [bytes, name] of list) data.append(field, new Blob([new Uint8Array(bytes)]), name);
    return fetch(`${platform.url}/library/new`, {
      method: "POST",
      body: data,
      redirect: "manual",
      headers: { origin: client.origin, cookie: `session=${client.cookie("session")}` },
    });
  };

  it("a secretary adds the body's document from DOCX with its original PDF; the partner and the signed-out get 404 for the file", async () => {
    const secretary = await as("secretary.ru@example.org");
    expect((await page(secretary, "/library")).html).toContain('href="/library/new"');
    expect((await page(secretary, "/library/new")).status).toBe(200);
    const response = await post(secretary, fields(), {
      file: [[fs.readFileSync(FIXTURE), "рекомендации.docx"]],
      originals: [[PDF, "оригинал.pdf"]],
    });
    expect(response.status).toBe(302);
    const id = Number(/\/library\/(\d+)$/.exec(response.headers.get("location")!)![1]);
    const doc = one<{ body_id: number; visibility: string; countries: string; created_by_id: number }>(
      "select body_id, visibility, countries, created_by_id from library_documents where id = ?",
      id,
    );
    expect(doc).toMatchObject({ body_id: 1, visibility: "body", countries: '["RU","KZ"]' });
    expect(sectionsOf(id).filter((s) => s.number)).toHaveLength(8);
    const audit = all<{ action: string }>(
      "select action from audit_log where subject_type = 'library_document' and subject_id = ? order by seq",
      String(id),
    ).map((a) => a.action);
    expect(audit).toEqual(["library.document_added", "library.original_added"]);

    const html = (await page(secretary, `/library/${id}`)).html;
    const href = /href="(\/library\/\d+\/files\/\d+)"/.exec(html)![1]!;
    expect(html).toContain("оригинал.pdf");
    const download = await secretary.get(href);
    expect(download.status).toBe(200);
    expect(download.headers.get("content-type")).toBe("application/pdf");
    expect(Buffer.from(await download.arrayBuffer())).toEqual(PDF);
    // A partner does not read a body's own document: its file is a 404, as is its page.
    expect((await (await as("partner@example.org")).get(href)).status).toBe(404);
    // Another document's id in the URL: no file of that document.
    expect((await secretary.get(href.replace(`/library/${id}/`, `/library/${docId(QUALIFICATIONS)}/`))).status).toBe(
      404,
    );
  });

  it("a partners document's file is a 404 signed out, a download for a partner", async () => {
    const secretary = await as("secretary.ru@example.org");
    const response = await post(
      secretary,
      fields({
        visibility: "partners",
        text: "Памятка о наставничестве\n1. Цель\nНаставничество для молодых работников.",
      }),
      { originals: [[fs.readFileSync(FIXTURE), "оригинал.docx"]] },
    );
    expect(response.status).toBe(302);
    const id = Number(/\/library\/(\d+)$/.exec(response.headers.get("location")!)![1]);
    expect(one<{ title: string }>("select title from library_documents where id = ?", id).title).toBe(
      "Памятка о наставничестве",
    );
    const partner = await as("partner@example.org");
    const href = /href="(\/library\/\d+\/files\/\d+)"/.exec((await page(partner, `/library/${id}`)).html)![1]!;
    expect((await partner.get(href)).status).toBe(200);
    expect((await (await as(null)).get(href)).status).toBe(404);
  });

  it("bad input: a clear message next to its field, and nothing saved", async () => {
    const secretary = await as("secretary.ru@example.org");
    const before = databaseFingerprint(db());
    const cases: [Record<string, string>, Record<string, [Buffer, string][]>, string][] = [
      [fields(), {}, "Выберите файл с текстом или вставьте текст документа."],
      [
        fields({ text: "Текст" }),
        { file: [[fs.readFileSync(FIXTURE), "a.docx"]] },
        "Либо файл, либо вставленный текст",
      ],
      [fields(), { file: [[PDF, "текст.pdf"]] }, "Это не файл DOCX, Markdown или простой текст."],
      [fields(), { file: [[Buffer.from("просто текст"), "текст.docx"]] }, "не читается как документ Word"],
      [fields({ text: "Текст", adoptedOn: "2026-02-30" }), {}, "Укажите дату в виде ГГГГ-ММ-ДД"],
      [fields({ text: "Текст", kind: "poem" }), {}, "Выберите вид документа."],
      [fields({ text: "Текст" }), { originals: [[Buffer.from("not a pdf"), "оригинал.pdf"]] }, "оригинал"],
      [fields({ text: "Текст", bodyId: "2" }), {}, "Выберите орган из списка."],
      [fields({ text: "Текст", bodyId: "999" }), {}, "Выберите орган из списка."],
    ];
    for (const [form, files, message] of cases) {
      const response = await post(secretary, form, files);
      expect([403, 422]).toContain(response.status);
      expect(await response.text()).toContain(message);
    }
    expect(databaseFingerprint(db())).toEqual(before);
  });

  it("a co-chair of another body adding to this one: 422, its body is not on the list; nothing saved", async () => {
    const cochair = await as("member1.ru@example.org");
    const before = databaseFingerprint(db());
    const response = await post(cochair, fields({ text: "Текст" }));
    expect(response.status).toBe(422);
    expect(await response.text()).toContain("Выберите орган из списка.");
    expect(databaseFingerprint(db())).toEqual(before);
  });

  it("a member who is no secretary or co-chair, and a partner, may not add (403); no link on /library", async () => {
    // member3.kz was the Kazakh side's secretary until September 2025, and is a member now.
    for (const email of ["member4.kz@example.org", "member3.kz@example.org", "partner@example.org"]) {
      const client = await as(email);
      expect((await page(client, "/library/new")).status).toBe(403);
      expect((await page(client, "/library")).html).not.toContain('href="/library/new"');
      expect((await post(client, fields({ text: "Текст" }))).status).toBe(403);
    }
  });
});
