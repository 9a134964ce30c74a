import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseFingerprint } from "../support/db-snapshot";
import { TestClient } from "../support/http";
import { startTestPlatform } from "../support/platform";
import { sqlOf } from "../support/sql";

// The library (issue 11) on the demo: who finds what, by search and by URL; search by other word forms;
// the import command. Body 1 is the demo's RU–KZ working group; partner@example.org sits in no body.
let platform: Awaited<ReturnType<typeof startTestPlatform>>;
const { one, db } = sqlOf(() => platform);
const run = promisify(execFile);

const docId = (title: string) =>
  one<{ id: number }>("select id from library_documents where title like ?", `${title}%`).id;
const QUALIFICATIONS = "Модельные рекомендации о признании квалификаций";
const MEMBERS_ONLY = "Сводный обзор предложений сторон";
const TRAINING = "Рекомендации по профессиональной подготовке";

async function as(email: string | null) {
  const client = new TestClient(platform.url);
  if (email) await client.signIn(email);
  return client;
}
const page = async (client: TestClient, url: string) => {
  const response = await client.get(url);
  return { status: response.status, html: await response.text() };
};

beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(async () => {
  await platform?.close();
});

describe("search understands Russian words", () => {
  it("a partner's «квалификации мигрантов» finds «квалификаций трудящихся-мигрантов», linked to its section, marked", async () => {
    const partner = await as("partner@example.org");
    const { status, html } = await page(partner, `/library?q=${encodeURIComponent("квалификации мигрантов")}`);
    expect(status).toBe(200);
    const id = docId(QUALIFICATIONS);
    expect(html).toMatch(new RegExp(`href="/library/${id}#s-[\\w-]+"`));
    expect(html).toContain("<mark>квалификаций</mark>");
    expect(html).toMatch(/<mark>мигрант(ов|ами|ам)?<\/mark>/);
  });

  it("«мигрант» finds «мигрантов»; a phrase in quotes; an English query", async () => {
    const reader = await as(null);
    expect((await page(reader, `/library?q=${encodeURIComponent("мигрант")}`)).html).toContain(TRAINING);
    const phrase = await page(reader, `/library?q=${encodeURIComponent('"подготовки трудящихся"')}`);
    expect(phrase.html).toContain(TRAINING);
    const english = await page(reader, `/library?q=${encodeURIComponent("qualification migrants")}`);
    expect(english.html).toContain("Guidelines on the Recognition of Skills");
  });

  it("a query of FTS5 syntax or only stop words is no error", async () => {
    const reader = await as(null);
    for (const q of ['"', "и в на", "NEAR(a b) OR * ^x", "-", "a".repeat(500)])
      expect((await page(reader, `/library?q=${encodeURIComponent(q)}`)).status).toBe(200);
  });
});

describe("a reader sees only what they may: by search and by URL", () => {
  it("signed out: public documents only", async () => {
    const reader = await as(null);
    const browse = await page(reader, "/library");
    expect(browse.status).toBe(200);
    expect(browse.html).toContain(TRAINING);
    expect(browse.html).not.toContain(QUALIFICATIONS);
    expect((await page(reader, `/library/${docId(TRAINING)}`)).status).toBe(200);
    expect((await page(reader, `/library/${docId(QUALIFICATIONS)}`)).status).toBe(404);
  });

  it("a partner never sees a members-only document, by search or by URL", async () => {
    const partner = await as("partner@example.org");
    const found = await page(partner, `/library?q=${encodeURIComponent("предложения сторон")}`);
    expect(found.html).not.toContain(MEMBERS_ONLY);
    expect((await page(partner, "/library")).html).not.toContain(MEMBERS_ONLY);
    expect((await page(partner, `/library/${docId(MEMBERS_ONLY)}`)).status).toBe(404);
    // … and one that does not exist is the same 404.
    expect((await page(partner, "/library/999999")).status).toBe(404);
    expect((await page(partner, `/library/${docId(QUALIFICATIONS)}`)).status).toBe(200);
  });

  it("a member of the body finds it and reads it at the section", async () => {
    const member = await as("cochair.ru@example.org");
    const found = await page(member, `/library?q=${encodeURIComponent("предложения сторон")}`);
    expect(found.html).toContain(MEMBERS_ONLY);
    const doc = await page(member, `/library/${docId(MEMBERS_ONLY)}`);
    expect(doc.status).toBe(200);
    expect(doc.html).toContain('id="s-1"');
  });

  it("the partner's home page leads to the library", async () => {
    const partner = await as("partner@example.org");
    const home = await page(partner, "/");
    expect(home.html).toContain('href="/library"');
    expect(home.html).toContain("Проект модельного профессионального стандарта");
  });
});

describe("the document page", () => {
  it("shows the current edition with its table of contents, and the editions", async () => {
    const partner = await as("partner@example.org");
    const { html } = await page(partner, `/library/${docId(QUALIFICATIONS)}`);
    expect(html).toContain('href="#s-5"');
    expect(html).toContain("Информационное обеспечение");
    expect(html).toContain("двадцати рабочих дней");
    expect(html).not.toContain("тридцати календарных дней");
  });

  it("search indexes the current edition only", async () => {
    const partner = await as("partner@example.org");
    const { html } = await page(partner, `/library?q=${encodeURIComponent('"тридцати календарных дней"')}`);
    expect(html).not.toContain(QUALIFICATIONS);
  });
});

describe("npm run library -- import", () => {
  const cli = (args: string[]) =>
    run("npx", ["tsx", "server/cli/library.ts", ...args], {
      env: {
        ...process.env,
        DATA_DIR: platform.dataDir,
        DATABASE_FILE: path.join(platform.dataDir, "platform.sqlite"),
      },
    });

  it("imports Markdown and plain text keeping the sections, one line per file ending with /library/<id>", async () => {
    const dir = fs.mkdtempSync(path.join(platform.dataDir, "import-"));
    const md = path.join(dir, "law.md");
    fs.writeFileSync(
      md,
      "# Модельный закон об оценке квалификаций\n\n## 1. Предмет\n\nОценка квалификаций.\n\n## 2. Центры\n\nЦентры оценки.\n",
    );
    const txt = path.join(dir, "plain.txt");
    fs.writeFileSync(
      txt,
      "Рекомендации о наставничестве\n1. Цель\nНаставничество для молодых работников.\n2. Порядок\nНаставник назначается приказом.\n",
    );
    const { stdout } = await cli(["import", md, txt, "--kind", "model_law", "--visibility", "partners"]);
    const lines = stdout.trim().split("\n");
    expect(lines).toHaveLength(2);
    const ids = lines.map((l) => Number(/\/library\/(\d+)$/.exec(l)![1]));
    const sections = (id: number) =>
      db()
        .prepare(
          "select s.number, s.heading from library_sections s join library_editions e on e.id = s.edition_id where e.document_id = ? order by s.position",
        )
        .all(id);
    expect(sections(ids[0]!)).toEqual([
      { number: "1", heading: "Предмет" },
      { number: "2", heading: "Центры" },
    ]);
    expect(one<{ title: string }>("select title from library_documents where id = ?", ids[1]).title).toBe(
      "Рекомендации о наставничестве",
    );
    const partner = await as("partner@example.org");
    expect((await page(partner, `/library?q=${encodeURIComponent("наставника")}`)).html).toContain(
      `/library/${ids[1]}#s-2`,
    );
  });

  it("an unreadable file: a clear message, a non-zero exit, and nothing imported", async () => {
    const before = databaseFingerprint(db());
    const good = path.join(platform.dataDir, "good.md");
    fs.writeFileSync(good, "# Хороший файл\n\nТекст.\n");
    const error = await cli(["import", good, "/no/such/file.md", "--kind", "other", "--visibility", "public"]).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect((error as { code: number }).code).toBe(1);
    expect((error as { stderr: string }).stderr).toContain("cannot read /no/such/file.md: ENOENT");
    expect(databaseFingerprint(db())).toEqual(before);
  });
});

describe("the sources, when present", () => {
  const sources = "../shared/domain/sources";
  it.skipIf(!fs.existsSync(sources))("a real recommendations text imports with its numbered sections", async () => {
    const file = path.join(sources, fs.readdirSync(sources).sort()[0]!);
    const { stdout } = await run(
      "npx",
      ["tsx", "server/cli/library.ts", "import", file, "--kind", "recommendations", "--visibility", "public"],
      {
        env: {
          ...process.env,
          DATA_DIR: platform.dataDir,
          DATABASE_FILE: path.join(platform.dataDir, "platform.sqlite"),
        },
      },
    );
    const id = Number(/\/library\/(\d+)$/.exec(stdout.trim())![1]);
    const reader = await as(null);
    const { html } = await page(reader, `/library?q=${encodeURIComponent("квалификации мигрантов")}`);
    expect(html).toContain(`/library/${id}#`);
  });
});
