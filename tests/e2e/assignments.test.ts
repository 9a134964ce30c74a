import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addCalendarDays, localDateOf } from "~/lib/zoned-time";
import {
  closeBrowser,
  closePage,
  expectNoPageErrors,
  expectNoSeriousA11yViolations,
  newPage,
  signInThroughForm,
} from "../support/browser";
import { startTestPlatform } from "../support/platform";

// Issue 10, R4 in real Chromium, three sessions: a secretary turns decision 3.2 of meeting № 1 into an assignment,
// the member named reports on it and marks it done, a co-chair accepts it; execution control passes axe.
let platform: Awaited<ReturnType<typeof startTestPlatform>>;

beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(async () => {
  await closeBrowser();
  await platform?.close();
});

describe("an assignment is given, reported on and accepted", { timeout: 120_000 }, () => {
  it("secretary → member → co-chair", async () => {
    const text = "Согласовать с казахстанской стороной дату заседания в Астане.";
    const due = addCalendarDays(localDateOf(new Date(), "Europe/Moscow"), 20);

    const secretary = await newPage(platform.url);
    await signInThroughForm(secretary, "secretary.ru@example.org");
    await secretary.goto(`${platform.url}/meetings/1/decisions`);
    await secretary.getByRole("heading", { level: 2, name: "Решения и поручения" }).waitFor();
    await expectNoSeriousA11yViolations(secretary, "the decisions page");
    const decision = secretary.locator('[id="decision-3.2"]');
    await decision.getByText("Дать поручение по решению 3.2", { exact: true }).first().click();
    await decision.getByLabel("Исполнитель").selectOption({ label: "Васильева Наталья Игоревна (РАНХиГС)" });
    await decision.getByLabel("Срок исполнения").fill(due);
    await decision.getByLabel("Текст поручения").fill(text);
    await decision.getByRole("button", { name: "Дать поручение" }).click();
    await secretary.getByText("Поручение дано; исполнителям отправлено письмо.").waitFor();
    const link = secretary.getByRole("link", { name: text });
    const href = (await link.getAttribute("href"))!;
    expect(href).toMatch(/^\/assignments\/\d+$/);
    expectNoPageErrors(secretary);

    const member = await newPage(platform.url);
    await signInThroughForm(member, "member2.ru@example.org");
    await member.getByRole("heading", { name: "Мои поручения" }).waitFor();
    await member.getByRole("link", { name: text }).click();
    await member.waitForURL((url) => url.pathname === href);
    await member.getByLabel("Что сделано").fill("Дата согласована: 12 марта 2027 г.");
    await member.getByRole("button", { name: "Отправить отчёт" }).click();
    await member.getByText("Отчёт сохранён.").waitFor();
    await member.getByRole("button", { name: "Отметить исполненным" }).click();
    await member.getByText("Поручение отмечено исполненным; оно ждёт принятия сопредседателем.").waitFor();
    await expectNoSeriousA11yViolations(member, "the assignment page");
    expectNoPageErrors(member);

    const cochair = await newPage(platform.url);
    await signInThroughForm(cochair, "cochair.ru@example.org");
    await cochair.goto(`${platform.url}${href}`);
    await cochair.getByText("Дата согласована: 12 марта 2027 г.").waitFor();
    await cochair.getByRole("button", { name: "Принять исполнение" }).click();
    await cochair.getByText("Исполнение поручения принято.").waitFor();
    expect(await cochair.locator(".badge").first().textContent()).toBe("Принято");

    await cochair.goto(`${platform.url}/bodies/1/assignments`);
    await cochair.getByRole("heading", { level: 2, name: "Контроль исполнения поручений" }).waitFor();
    await cochair.getByRole("img", { name: /Ход исполнения поручений по неделям/ }).waitFor();
    await cochair.getByRole("img", { name: /Поручения по сторонам и состояниям/ }).waitFor();
    await expectNoSeriousA11yViolations(cochair, "execution control");
    expectNoPageErrors(cochair);
    for (const page of [secretary, member, cochair]) await closePage(page);
  });
});
