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

// Issue 12 in real Chromium: an organiser of the demo round table (body 2) adds a session in a second room with a
// speaker from Kyrgyzstan and a public material; someone without an account then reads them on the public page,
// on a phone.
let platform: Awaited<ReturnType<typeof startTestPlatform>>;
const ROUND_TABLE = 2;
const SESSION = "Параллельная сессия: цифровые сервисы организованного набора";

beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(async () => {
  await closeBrowser();
  await platform?.close();
});

describe("the programme of a conference, from its organisers to the public page", () => {
  it("an organiser adds an item with a speaker and a material; signed out, the public page shows them", async () => {
    const page = await newPage(platform.url);
    await signInThroughForm(page, "member1.ru@example.org");
    await page.goto(`/bodies/${ROUND_TABLE}`);
    await page.getByRole("link", { name: "Управление конференцией" }).click();
    await page.getByRole("heading", { level: 1, name: "Управление конференцией" }).waitFor();
    await expectNoSeriousA11yViolations(page, "the conference's management page");
    await page.getByRole("link", { name: "Программа и материалы" }).click();
    await page.getByRole("heading", { level: 1, name: "Программа и материалы" }).waitFor();
    await expectNoSeriousA11yViolations(page, "the programme editor");

    const add = page.getByRole("region", { name: "Добавить пункт программы" });
    await add.getByLabel("Название").fill(SESSION);
    await add.getByLabel("Начало").fill("11:30");
    await add.getByLabel("Окончание").fill("12:00");
    await add.getByLabel("Зал", { exact: true }).fill("Зал 2");
    await add.getByRole("button", { name: "Добавить пункт программы" }).click();
    await page.getByText("Добавлено.").waitFor();

    const item = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: SESSION }) });
    await item.locator("summary", { hasText: "Добавить модератора или спикера" }).click();
    await item.getByLabel("Имя или должность").fill("Руководитель кадрового агентства");
    await item.getByLabel("Организация").fill("Кадровое агентство «Пример»");
    await item.getByLabel("Страна").selectOption("KG");
    await item.getByLabel("Тема выступления").fill("Цифровой набор в Кыргызстане");
    await item.getByRole("button", { name: "Добавить модератора или спикера" }).click();
    await page.getByText("Добавлено.").waitFor();
    await item.getByText("Руководитель кадрового агентства").waitFor();

    await item.locator("summary", { hasText: "Приложить материал" }).click();
    await item.getByLabel("Файл").setInputFiles({
      name: "cifrovoy-nabor.txt",
      mimeType: "text/plain",
      buffer: Buffer.from("Цифровые сервисы организованного набора: тезисы доклада.\n"),
    });
    await item.getByLabel("Название материала").fill("Тезисы о цифровом наборе");
    await item.getByLabel("Открытый материал").check();
    await item.getByRole("button", { name: "Приложить материал" }).click();
    await item.getByRole("link", { name: "Тезисы о цифровом наборе" }).waitFor();
    await expectNoSeriousA11yViolations(page, "the programme editor with the new item");
    expectNoPageErrors(page);
    await closePage(page);

    // Someone without an account, on a phone.
    const visitor = await newPage(platform.url);
    await visitor.setViewportSize({ width: 375, height: 740 });
    await visitor.goto(`/conferences/${ROUND_TABLE}`);
    await visitor.getByRole("heading", { level: 2, name: "Программа" }).waitFor();
    await visitor.getByRole("heading", { name: SESSION }).waitFor();
    const session = visitor.getByRole("listitem").filter({ has: visitor.getByRole("heading", { name: SESSION }) });
    expect(await session.textContent()).toContain("Руководитель кадрового агентства");
    expect(await session.textContent()).toContain("Кыргызстан");
    expect(await session.textContent()).toContain("11:30–12:00");
    const material = session.getByRole("link", { name: "Тезисы о цифровом наборе" });
    const download = await fetch(new URL((await material.getAttribute("href"))!, platform.url));
    expect(download.status).toBe(200);
    expect(await download.text()).toContain("тезисы доклада");
    await visitor.getByRole("link", { name: "Зарегистрироваться" }).waitFor();
    // Nothing wider than the phone's screen.
    expect(await visitor.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await expectNoSeriousA11yViolations(visitor, "the public page on a phone");
    expectNoPageErrors(visitor);
    await closePage(visitor);
  }, 90_000); // four pages and four accessibility checks: more than the default 30 s on a busy machine
});
