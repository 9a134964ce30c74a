import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeBrowser, expectNoPageErrors, expectNoSeriousA11yViolations, newPage } from "../support/browser";
import { startTestPlatform } from "../support/platform";

// Decision 0027 in real Chromium: a visitor registers for the demo round table, keeps the personal link the
// thank-you page shows, opens their own page, corrects their organisation, then withdraws (their data is erased).
// Every page passes axe.
let platform: Awaited<ReturnType<typeof startTestPlatform>>;
const C = 2;

beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(async () => {
  await closeBrowser();
  await platform?.close();
});

const row = (email: string) =>
  platform.services.db.$client
    .prepare("select * from registrations where body_id = ? and email_key = ?")
    .get(C, email) as Record<string, unknown> | undefined;

describe("a registrant's own page", { timeout: 120_000 }, () => {
  it("register → the personal link → correct → withdraw", async () => {
    const page = await newPage(platform.url);
    await page.goto(`/conferences/${C}/register`);
    await page.getByText(/Персональные данные хранятся до .+ \(90 дн\. после окончания конференции\)/).waitFor();
    await page.getByLabel("Фамилия, имя, отчество", { exact: true }).fill("Каримова Нодира Алишеровна");
    await page.getByLabel("Организация", { exact: true }).fill("Центр профессиональных квалификаций (тест)");
    await page.getByLabel("Вид организации").selectOption({ label: "Образовательные организации" });
    await page.getByLabel("Страна", { exact: true }).selectOption({ label: "Узбекистан" });
    await page.getByLabel("Должность", { exact: true }).fill("Методист");
    await page.getByLabel("Адрес электронной почты", { exact: true }).fill("n.karimova@example.org");
    await page.getByRole("checkbox").check();
    await page.getByRole("button", { name: "Зарегистрироваться" }).click();
    await page.getByRole("heading", { level: 2, name: "Ваша персональная ссылка" }).waitFor();
    expect(await page.locator(".personal-link").textContent()).toMatch(
      new RegExp(`/conferences/${C}/participant/[a-z2-7]{32}$`),
    );
    await expectNoSeriousA11yViolations(page, "the acknowledgement with the personal link");

    await page.getByRole("link", { name: "Открыть мою регистрацию" }).click();
    await page.getByRole("heading", { level: 1, name: "Моя регистрация" }).waitFor();
    await page.getByText("Заявка ждёт решения организаторов.", { exact: false }).waitFor();
    await expectNoSeriousA11yViolations(page, "the registrant's own page");

    // A correction with a blank organisation is refused beside the field; nothing changes.
    await page.getByLabel("Организация", { exact: true }).fill(" ");
    await page.getByRole("button", { name: "Сохранить исправления" }).click();
    await page.getByText("Заполните это поле.").waitFor();
    expect(row("n.karimova@example.org")!.organisation).toBe("Центр профессиональных квалификаций (тест)");
    await expectNoSeriousA11yViolations(page, "the correction with an error");
    await page.getByLabel("Организация", { exact: true }).fill("НАРК");
    await page.getByLabel("Должность", { exact: true }).fill("Эксперт");
    await page.getByRole("button", { name: "Сохранить исправления" }).click();
    await page.getByText("Исправления сохранены.").waitFor();
    expect(row("n.karimova@example.org")).toMatchObject({ organisation: "НАРК", position: "Эксперт" });

    await page.getByRole("button", { name: "Отозвать регистрацию и согласие" }).click();
    await page.getByRole("heading", { level: 1, name: "Регистрация отозвана" }).waitFor();
    await expectNoSeriousA11yViolations(page, "the withdrawal");
    expect(row("n.karimova@example.org")).toBeUndefined();
    const erased = platform.services.db.$client
      .prepare("select count(*) n from registrations where body_id = ? and status = 'withdrawn' and name = ''")
      .get(C) as { n: number };
    expect(erased.n).toBe(1);
    expectNoPageErrors(page);
    // The link is gone with the data: the page has nothing of theirs to show.
    const again = await page.goto(`/conferences/${C}/my-registration`);
    expect(again?.status()).toBe(404);
  });
});
