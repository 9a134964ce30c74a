import { type Page } from "playwright-core";
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
import { reopenDemoProtocol } from "../support/signing";

// Finalising and signing in real Chromium (issue 10, R11): meeting № 1 of the demo arrives signed; its secretary
// has started a correction. The Russian secretary finalises it while the Kazakh secretary has the editor open
// (it closes at once, told why); then the four signatories — the RU co-chair, the KZ deputy who acted for the
// absent KZ co-chair, and both secretaries — sign from four browser sessions, each from «На подпись».

const MEETING = 1;
const SIGNATORIES = [
  "cochair.ru@example.org",
  "deputy.kz@example.org",
  "secretary.ru@example.org",
  "secretary.kz@example.org",
];
let platform: Awaited<ReturnType<typeof startTestPlatform>>;
const pages: Page[] = [];

beforeAll(async () => {
  platform = await startTestPlatform();
  reopenDemoProtocol(platform.services);
});
afterAll(async () => {
  for (const page of pages) await closePage(page);
  await closeBrowser();
  await platform?.close();
});

async function session(email: string): Promise<Page> {
  const page = await newPage(platform.url);
  pages.push(page);
  await signInThroughForm(page, email);
  return page;
}

const editorText = (page: Page) => page.getByRole("textbox", { name: "Текст протокола", exact: true });

describe("finalise and sign the protocol of meeting № 1", { timeout: 120_000 }, () => {
  it("a secretary finalises: the text is shown as final with its hash; an open editor elsewhere closes at once", async () => {
    const kz = await session("secretary.kz@example.org");
    await kz.goto(`/meetings/${MEETING}/protocol`);
    await editorText(kz).waitFor();
    await kz.getByRole("status").filter({ hasText: "Все изменения сохранены на сервере" }).first().waitFor();

    const ru = await session("secretary.ru@example.org");
    await ru.goto(`/meetings/${MEETING}/protocol`);
    await editorText(ru).waitFor();
    await ru.getByText("После этого текст больше не меняется").waitFor();
    await ru.getByRole("button", { name: "Оформить окончательно", exact: true }).click();
    await ru.getByText("Протокол оформлен окончательно. Подписанты получили письма.").waitFor();
    await ru.getByRole("heading", { name: "Окончательный текст протокола" }).waitFor();
    expect(await ru.getByRole("textbox", { name: "Текст протокола", exact: true }).count()).toBe(0);
    const hash = (await ru.getByTestId("final-sha256").textContent())!;
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    await ru.getByText("Российская Федерация: подписали 0 из 2").waitFor();

    // The Kazakh secretary's page was told at once, not at her next keystroke: her editor closed (4409) and the
    // page, refreshed live, shows the final text instead of the editor.
    await kz
      .getByText("Протокол окончательно оформлен: изменения в нём больше невозможны.")
      .or(kz.getByRole("heading", { name: "Окончательный текст протокола" }))
      .first()
      .waitFor();
    await kz.getByRole("heading", { name: "Окончательный текст протокола" }).waitFor();
    expect(await editorText(kz).count()).toBe(0);
    expectNoPageErrors(ru);
  });

  it("the four signatories sign from four sessions, each from «На подпись» on their home page", async () => {
    for (const [i, email] of SIGNATORIES.entries()) {
      const page = await session(email);
      await page.getByRole("heading", { name: "На подпись" }).waitFor();
      await page.getByRole("link", { name: /Протокол заседания № 1/ }).click();
      await page.getByRole("heading", { name: "Подписание протокола заседания № 1" }).waitFor();
      if (i === 0) await expectNoSeriousA11yViolations(page, "the signing page");
      // A wrong password first, for one of them: told clearly, nothing signed.
      if (i === 1) {
        await page.getByLabel("Ваш пароль").fill("not my password");
        await page.getByRole("button", { name: "Подписать протокол", exact: true }).click();
        await page.getByText("Неверный пароль: протокол не подписан.").first().waitFor();
      }
      await page.getByLabel("Ваш пароль").fill("demo-password");
      await page.getByRole("button", { name: "Подписать протокол", exact: true }).click();
      await page.getByText("Вы подписали протокол.").waitFor();
      expectNoPageErrors(page);
    }
    const last = pages[pages.length - 1]!;
    await last.getByText("Протокол подписан всеми подписантами.").waitFor();
    await last.getByText("Республика Казахстан: подписали 2 из 2").waitFor();
    await last.getByText(/заместитель сопредседателя, исполнявший его обязанности/).waitFor();
    const rows = platform.services.db.$client
      .prepare(
        "select count(*) as n from protocol_signatures where final_id = (select current_final_id from protocols where meeting_id = ?)",
      )
      .get(MEETING) as { n: number };
    expect(rows.n).toBe(4);
    await expectNoSeriousA11yViolations(last, "the protocol page, signed");
  });
});
