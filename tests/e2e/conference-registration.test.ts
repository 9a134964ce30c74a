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

// Issue 12 in real Chromium: a person registers for the demo round table from its public page, an organiser confirms them from the participants list and checks them
// in from the check-in list on a phone-sized screen, searching as they type. Every page passes axe.
let platform: Awaited<ReturnType<typeof startTestPlatform>>;
let C = 0;

beforeAll(async () => {
  platform = await startTestPlatform();
  C = (platform.services.db.$client.prepare("select body_id from conferences").get() as { body_id: number }).body_id;
});
afterAll(async () => {
  await closeBrowser();
  await platform?.close();
});

describe("registering for the round table, confirmed and checked in", { timeout: 120_000 }, () => {
  it("visitor → organiser at the desk → organiser at the door", async () => {
    const name = "Лебедева Вера Андреевна";

    const visitor = await newPage(platform.url);
    await visitor.goto(`/conferences/${C}`);
    await expectNoSeriousA11yViolations(visitor, "the public page");
    await visitor.getByRole("link", { name: "Зарегистрироваться" }).click();
    await visitor.getByRole("heading", { level: 1, name: "Регистрация участника" }).waitFor();
    await expectNoSeriousA11yViolations(visitor, "the registration form");
    await visitor.getByLabel("Фамилия, имя, отчество", { exact: true }).fill(name);
    await visitor.getByLabel("Организация", { exact: true }).fill("Колледж предпринимательства (тест)");
    await visitor.getByLabel("Вид организации").selectOption({ label: "Образовательные организации" });
    await visitor.getByLabel("Страна", { exact: true }).selectOption({ label: "Узбекистан" });
    await visitor.getByLabel("Должность", { exact: true }).fill("Методист");
    await visitor.getByLabel("Адрес электронной почты", { exact: true }).fill("v.lebedeva@example.org");
    // Without consent the form is refused, and says why.
    await visitor.getByRole("button", { name: "Зарегистрироваться" }).click();
    await visitor
      .getByText("Без согласия на обработку персональных данных зарегистрировать вас мы не можем.")
      .waitFor();
    await expectNoSeriousA11yViolations(visitor, "the registration form with an error");
    await visitor.getByRole("checkbox").check();
    await visitor.getByRole("button", { name: "Зарегистрироваться" }).click();
    await visitor.getByRole("heading", { level: 1, name: "Спасибо, заявка получена" }).waitFor();
    await expectNoSeriousA11yViolations(visitor, "the acknowledgement");
    expectNoPageErrors(visitor);

    const desk = await newPage(platform.url);
    await signInThroughForm(desk, "member1.ru@example.org");
    await desk.goto(`/conferences/${C}/participants?status=pending`);
    await desk.getByRole("heading", { level: 1, name: "Участники" }).waitFor();
    await expectNoSeriousA11yViolations(desk, "the participants list");
    await desk.getByRole("button", { name: `Подтвердить: ${name}` }).click();
    await desk.getByText("Регистрация подтверждена; участнику отправлено письмо.").waitFor();
    await desk.getByRole("link", { name: "Статистика" }).click();
    await desk.getByRole("img", { name: /Участники по странам: заявки и пришедшие/ }).waitFor();
    await expectNoSeriousA11yViolations(desk, "the statistics");
    expectNoPageErrors(desk);

    const door = await newPage(platform.url);
    await door.setViewportSize({ width: 390, height: 844 });
    await signInThroughForm(door, "member1.ru@example.org");
    await door.goto(`/conferences/${C}/checkin`);
    await door.getByRole("heading", { level: 1, name: "Регистрация на входе" }).waitFor();
    await expectNoSeriousA11yViolations(door, "the check-in list on a phone");
    const came = async () => (await door.locator(".checkin-counts .stat__value").first().textContent())!.trim();
    const before = Number((await came()).split("/")[0]);
    // Searched as typed: no button pressed, the list narrows to her.
    await door.getByLabel("Поиск по имени, организации или почте").pressSequentially("лебед", { delay: 40 });
    await door.waitForURL((url) => url.searchParams.get("q") === "лебед");
    await expect.poll(() => door.locator(".checkin-row").count()).toBe(1);
    const tap = door.getByRole("button", { name: `Отметить: ${name}` });
    const box = (await tap.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    await tap.click();
    await door.getByText(`${name}: отмечен(а).`).waitFor();
    await door.getByRole("button", { name: `Снять отметку: ${name}` }).waitFor();
    expect(Number((await came()).split("/")[0])).toBe(before + 1);
    await expectNoSeriousA11yViolations(door, "the check-in list after a check-in");
    expectNoPageErrors(door);

    const row = platform.services.db.$client
      .prepare("select status, checked_in_at from registrations where email_key = 'v.lebedeva@example.org'")
      .get() as { status: string; checked_in_at: number | null };
    expect(row.status).toBe("confirmed");
    expect(row.checked_in_at).not.toBeNull();
    for (const page of [visitor, desk, door]) await closePage(page);
  });
});
