import { type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_SEMINAR_TITLE } from "../../db/seed/demo-outcome";
import {
  closeBrowser,
  closePage,
  expectNoPageErrors,
  expectNoSeriousA11yViolations,
  newPage,
  signInThroughForm,
} from "../support/browser";
import { startTestPlatform } from "../support/platform";
import { sqlOf } from "../support/sql";

// The outcome document in real Chromium (issue 12, decision 0024): the two organisers of the demo seminar — the
// co-chairs of Союз «МАТМ» and of the Ленинградская областная ТПП — draft its recommendations together in two
// browsers, each seeing the other's text; then finalise and publish them for partners; a partner finds them in the
// library by another form of the words.

const MATM = "member1.ru@example.org";
const LOTPP = "member3.ru@example.org";
const PARTNER = "partner@example.org";
const STATED = "Кадровые операторы государств СНГ нуждаются в согласованных правилах работы.";
const RECOMMENDED = "Рекомендовать развитие цифровых платформ организованного найма.";

let platform: Awaited<ReturnType<typeof startTestPlatform>>;
const { one } = sqlOf(() => platform);
const pages: Page[] = [];
let SEMINAR = 0;

beforeAll(async () => {
  platform = await startTestPlatform();
  SEMINAR = one<{ id: number }>("select id from bodies where title_ru = ?", DEMO_SEMINAR_TITLE).id;
});
afterAll(async () => {
  for (const page of pages) await closePage(page);
  await closeBrowser();
  await platform?.close();
});

async function signedIn(email: string): Promise<Page> {
  const page = await newPage(platform.url);
  pages.push(page);
  await signInThroughForm(page, email);
  return page;
}

const text = (page: Page) => page.getByRole("textbox", { name: "Текст итогового документа", exact: true });
const saved = (page: Page) =>
  page.getByRole("status").filter({ hasText: "Все изменения сохранены на сервере" }).first();

async function outcomePage(email: string): Promise<Page> {
  const page = await signedIn(email);
  await page.goto(`/conferences/${SEMINAR}/outcome`);
  await text(page).getByText("Участники круглого стола рекомендуют:").waitFor();
  await saved(page).waitFor();
  return page;
}

/** Types a new item after the text of `after`, as a person would (the other's caret may sit in that line). */
async function typeAfter(page: Page, after: string, words: string) {
  await text(page).getByText(after).first().click();
  await page.keyboard.press("End");
  await page.keyboard.press("Enter");
  await page.keyboard.type(words);
}

describe("the outcome document in Chromium", { timeout: 120_000 }, () => {
  it("two organisers draft the recommendations together, then finalise and publish them", async () => {
    const matm = await outcomePage(MATM);
    const lotpp = await outcomePage(LOTPP);

    // «констатируют» by one, «рекомендуют» by the other: each sees the other's words.
    await text(matm).locator("ul").first().locator("li").first().click();
    await matm.keyboard.type(STATED);
    await text(lotpp).getByText(STATED).waitFor();
    await text(lotpp).locator("ul").last().locator("li").first().click();
    await lotpp.keyboard.type(RECOMMENDED);
    await text(matm).getByText(RECOMMENDED).waitFor();
    await saved(matm).waitFor();
    await saved(lotpp).waitFor();
    await typeAfter(matm, RECOMMENDED, "Провести мониторинг практики через год.");
    await text(lotpp).getByText("Провести мониторинг практики через год.").waitFor();
    await saved(matm).waitFor();
    await expectNoSeriousA11yViolations(matm, "the outcome document, as an organiser drafts it");

    // Finalised: the other organiser's editor is closed, and says why.
    await matm.getByRole("button", { name: "Утвердить текст", exact: true }).click();
    await matm.getByText("Текст утверждён.", { exact: true }).waitFor();
    await lotpp.getByRole("status").filter({ hasText: "Текст итогового документа утверждён" }).first().waitFor();
    expect(await matm.getByRole("textbox", { name: "Текст итогового документа" }).count()).toBe(0);
    await matm.getByText(RECOMMENDED).waitFor();

    // Published in one step, for partners.
    await matm.getByLabel("Кто сможет прочитать", { exact: true }).selectOption("partners");
    await matm.getByRole("button", { name: "Опубликовать в библиотеке", exact: true }).click();
    await matm.getByText("Итоговый документ опубликован в библиотеке.", { exact: true }).waitFor();
    const { library_document_id: documentId } = one<{ library_document_id: number }>(
      "select library_document_id from outcomes where body_id = ?",
      SEMINAR,
    );
    await matm.getByRole("link", { name: "Итоговый документ (рекомендации) в библиотеке" }).click();
    await matm.waitForURL((url) => url.pathname === `/library/${documentId}`);
    await matm.getByText(STATED).waitFor();
    await expectNoSeriousA11yViolations(matm, "the published outcome in the library");
    expectNoPageErrors(matm);
    expectNoPageErrors(lotpp);
  });

  it("a partner finds them in the library search by another form of the words", async () => {
    const partner = await signedIn(PARTNER);
    // The text says «цифровых платформ»; the partner asks for «цифровая платформа».
    await partner.goto(`/library?q=${encodeURIComponent("цифровая платформа")}`);
    const { library_document_id: documentId } = one<{ library_document_id: number }>(
      "select library_document_id from outcomes where body_id = ?",
      SEMINAR,
    );
    await partner.locator(`a[href^="/library/${documentId}"]`).first().click();
    await partner.waitForURL((url) => url.pathname === `/library/${documentId}`);
    await partner.getByText(RECOMMENDED).waitFor();
    await expectNoSeriousA11yViolations(partner, "the outcome, as a partner reads it");
    expectNoPageErrors(partner);
  });
});
