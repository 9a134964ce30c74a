import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  closeBrowser,
  closePage,
  expectNoPageErrors,
  expectNoSeriousA11yViolations,
  newPage,
  signInThroughForm,
} from "../support/browser";
import { startTestPlatform } from "../support/platform";

// Library curation in real Chromium, on the demo's regulation of the RU–KZ working group (a document of body 1,
// its secretary secretary.ru): a new edition from a Markdown file, a draft; adopted from the document's page;
// the comparison of the two editions shows the change.

let platform: Awaited<ReturnType<typeof startTestPlatform>>;
let documentId: number;
const MARKDOWN = `# Положение о совместной рабочей группе по вопросам занятости

## 1. Общие положения

Рабочая группа является постоянно действующим консультативным органом, созданным для координации действий министерств в сфере занятости и трудовой миграции.

## 2. Состав

В состав рабочей группы входят представители каждой из сторон; сопредседатели назначаются сторонами.
`;

beforeAll(async () => {
  platform = await startTestPlatform();
  documentId = (
    platform.services.db.$client
      .prepare("select id from library_documents where body_id = 1 and kind = 'regulation'")
      .get() as { id: number }
  ).id;
});
afterAll(async () => {
  await closeBrowser();
  await platform?.close();
});

describe("a secretary curates the body's document", () => {
  it("adds an edition from a Markdown file, adopts it, and the comparison shows the change", async () => {
    const page = await newPage(platform.url);
    await signInThroughForm(page, "secretary.ru@example.org");
    await page.goto(`/library/${documentId}`);
    await page.getByRole("link", { name: "Новая редакция" }).click();
    await page.getByRole("heading", { level: 1, name: "Новая редакция" }).waitFor();
    await expectNoSeriousA11yViolations(page, "the new edition's form");
    await page.getByLabel("Статус новой редакции").selectOption("draft");
    await page
      .getByLabel("Файл с текстом")
      .setInputFiles({ name: "положение.md", mimeType: "text/markdown", buffer: Buffer.from(MARKDOWN) });
    await page.getByRole("button", { name: "Добавить редакцию" }).click();

    // Back on the document: edition 2 is a draft, with its form to adopt it.
    const curation = page.getByRole("region", { name: "Ведение документа" });
    await curation.getByText("№ 2 — Проект").waitFor();
    await expectNoSeriousA11yViolations(page, "the document page with its curation");
    await curation.getByLabel("Акт о принятии").fill("протокол № 2 от 01.03.2026");
    await curation.getByLabel("Дата принятия").fill("2026-03-01");
    await curation.getByRole("button", { name: "Принять редакцию" }).click();
    await curation.getByText("№ 2 — Действующая редакция (протокол № 2 от 01.03.2026)").waitFor();
    await curation.getByText("№ 1 — Утратила силу").waitFor();
    // The page shows the adopted text.
    await page.getByText("постоянно действующим консультативным органом").waitFor();

    await page.getByRole("button", { name: "Сравнить" }).click();
    await page.getByRole("heading", { level: 1, name: /Сравнение редакций № 1 и № 2/ }).waitFor();
    const added = page.locator("ins", { hasText: "постоянно" });
    expect(await added.count()).toBeGreaterThan(0);
    await page.locator("del", { hasText: "Заседания" }).first().waitFor();
    await expectNoSeriousA11yViolations(page, "the comparison");
    expectNoPageErrors(page);
    await closePage(page);
  });
});
