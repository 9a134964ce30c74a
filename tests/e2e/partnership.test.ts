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

// Issue 12 in real Chromium: a party's secretary reports on their party's action-plan item and marks it done, the
// other party's co-chair accepts it; a visitor without an account reads the public page with the published materials.
let platform: Awaited<ReturnType<typeof startTestPlatform>>;
const partnershipId = () =>
  (
    platform.services.db.$client.prepare("select id from bodies where kind = 'partnership' limit 1").get() as {
      id: number;
    }
  ).id;

beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(async () => {
  await closeBrowser();
  await platform?.close();
});

describe("the demo partnership's action plan and public page", { timeout: 120_000 }, () => {
  it("a party member reports on their party's item; the other party's co-chair accepts it", async () => {
    const item = "Организовать профессиональный экзамен для выпускников колледжей в центрах оценки квалификаций";

    const secretary = await newPage(platform.url);
    await signInThroughForm(secretary, "member6.ru@example.org");
    await secretary.getByRole("link", { name: "Страница партнёрства" }).click();
    await secretary.getByRole("heading", { level: 2, name: "План мероприятий" }).waitFor();
    await secretary.getByRole("img", { name: /Выполнение плана по сторонам/ }).waitFor();
    await expectNoSeriousA11yViolations(secretary, "the partnership page, as a party's member");
    await secretary.getByRole("link", { name: item }).click();
    await secretary.getByLabel("Что сделано").fill("Экзамен проведён в двух центрах оценки квалификаций.");
    await secretary.getByRole("button", { name: "Отправить отчёт" }).click();
    await secretary.getByText("Отчёт о ходе выполнения сохранён.").waitFor();
    await secretary.getByRole("button", { name: "Отметить исполненным" }).click();
    await secretary.getByText("Пункт отмечен выполненным и ждёт принятия.").waitFor();
    await expectNoSeriousA11yViolations(secretary, "the action-plan item");
    const href = new URL(secretary.url()).pathname;
    expectNoPageErrors(secretary);

    const cochair = await newPage(platform.url);
    await signInThroughForm(cochair, "deputy.ru@example.org");
    await cochair.goto(`${platform.url}${href}`);
    await cochair.getByText("Экзамен проведён в двух центрах оценки квалификаций.").waitFor();
    await cochair.getByRole("button", { name: "Принять исполнение" }).click();
    await cochair.getByText("Выполнение пункта принято.").waitFor();
    expect(await cochair.locator(".badge").first().textContent()).toBe("Принято");
    expectNoPageErrors(cochair);
    for (const page of [secretary, cochair]) await closePage(page);
  });

  it("a visitor without an account reads the public page: the published materials, newest first, and no plan", async () => {
    const visitor = await newPage(platform.url);
    await visitor.goto(`${platform.url}/partnerships/${partnershipId()}`);
    const materials = visitor.getByRole("region", { name: "Материалы сторон" });
    await materials.waitFor();
    const titles = await materials.getByRole("link").allTextContents();
    expect(titles.slice(0, 2)).toEqual([
      "Резолюция межведомственной рабочей группы о подготовке кадров для предприятий Московской области",
      "Соглашение о взаимодействии между Правительством Московской области и АНО «НАРК»",
    ]);
    expect(titles).not.toContain("Отчёт о выполнении плана мероприятий (рабочие материалы)");
    expect(await visitor.getByRole("heading", { name: "План мероприятий" }).count()).toBe(0);
    await visitor.getByText("Действующая редакция № 2").waitFor();
    await expectNoSeriousA11yViolations(visitor, "the public partnership page");
    await materials.getByRole("link", { name: /^Соглашение о взаимодействии/ }).click();
    await visitor.waitForURL(/\/library\/\d+$/);
    expectNoPageErrors(visitor);
    await closePage(visitor);
  });
});
