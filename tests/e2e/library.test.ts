import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  closeBrowser,
  closePage,
  expectNoPageErrors,
  expectNoSeriousA11yViolations,
  newPage,
  signInThroughForm,
} from "../support/browser";
import path from "node:path";
import { startTestPlatform } from "../support/platform";

// The library (issue 11) in real Chromium: the demo partner, in no body, comes from the home page to the
// library, searches «квалификации мигрантов» and opens the document at the matching section.

let platform: Awaited<ReturnType<typeof startTestPlatform>>;

beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(async () => {
  await closeBrowser();
  await platform?.close();
});

describe("a partner finds a recommendation by other forms of its words", () => {
  it("searches «квалификации мигрантов» and opens the document at the matching section", async () => {
    const page = await newPage(platform.url);
    await signInThroughForm(page, "partner@example.org");
    await page.getByRole("link", { name: "Перейти в библиотеку" }).click();
    await page.getByRole("heading", { level: 1, name: "Библиотека лучших практик" }).waitFor();
    await expectNoSeriousA11yViolations(page, "the library");

    await page.getByLabel("Поиск по библиотеке").fill("квалификации мигрантов");
    await page.getByRole("button", { name: "Найти" }).click();
    await page.waitForURL((url) => url.searchParams.get("q") === "квалификации мигрантов");
    const result = page.getByRole("link", {
      name: "Модельные рекомендации о признании квалификаций трудящихся-мигрантов",
    });
    await result.waitFor();
    expect(await page.locator("mark").first().textContent()).toMatch(/^квалификац/i);
    await expectNoSeriousA11yViolations(page, "the search results");

    const href = (await result.getAttribute("href"))!;
    expect(href).toMatch(/^\/library\/\d+#s-[\w-]+$/);
    await result.click();
    await page.waitForURL((url) => url.hash === href.slice(href.indexOf("#")));
    const section = page.locator(href.slice(href.indexOf("#")));
    await section.waitFor();
    expect(await section.textContent()).toMatch(/квалификац/i);
    await page.getByRole("heading", { level: 2, name: "Содержание" }).waitFor();
    await expectNoSeriousA11yViolations(page, "the document");
    expectNoPageErrors(page);
    await closePage(page);
  });
});

describe("editions and adding documents", () => {
  it("a reader compares two editions from the document page, the changes marked", async () => {
    const page = await newPage(platform.url);
    await signInThroughForm(page, "partner@example.org");
    await page.goto(`${platform.url}/library`);
    await page
      .getByRole("link", { name: "Модельные рекомендации о признании квалификаций трудящихся-мигрантов" })
      .click();
    await page.getByRole("heading", { level: 2, name: "Редакции" }).waitFor();
    await page.getByLabel("Редакция", { exact: true }).selectOption("1");
    await page.getByLabel("с редакцией").selectOption("2");
    await page.getByRole("button", { name: "Сравнить" }).click();
    await page.getByRole("heading", { level: 1, name: "Сравнение редакций № 1 и № 2" }).waitFor();
    expect(await page.locator("del").first().textContent()).toContain("тридцати");
    expect(await page.locator("ins").first().textContent()).toContain("двадцати");
    await expectNoSeriousA11yViolations(page, "the comparison of editions");
    expectNoPageErrors(page);
    await closePage(page);
  });

  it("a secretary adds a document with a DOCX text; it opens with its sections", async () => {
    const page = await newPage(platform.url);
    await signInThroughForm(page, "secretary.ru@example.org");
    await page.goto(`${platform.url}/library`);
    await page.getByRole("link", { name: "Добавить документ" }).click();
    await page.getByRole("heading", { level: 1, name: "Новый документ библиотеки" }).waitFor();
    await expectNoSeriousA11yViolations(page, "the form that adds a document");
    await page.getByLabel("Название").fill("Рекомендации по профессиональной подготовке (импорт)");
    await page.getByLabel("Россия").check();
    await page.getByLabel("только участники выбранного органа").check();
    await page.getByLabel("Файл с текстом").setInputFiles(path.resolve("tests/fixtures/library/recommendations.docx"));
    await page.getByRole("button", { name: "Добавить документ" }).click();
    await page
      .getByRole("heading", { level: 1, name: "Рекомендации по профессиональной подготовке (импорт)" })
      .waitFor();
    await page.getByRole("link", { name: "7. Основные понятия и их определения" }).waitFor();
    await expectNoSeriousA11yViolations(page, "the added document");
    expectNoPageErrors(page);
    await closePage(page);
  });
});
