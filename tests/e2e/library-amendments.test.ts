import fs from "node:fs";
import JSZip from "jszip";
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

// Amendments (issue 11) in real Chromium, on the demo's draft recommendations of the RU–KZ working group (open
// for two weeks from the demo's loading): a member proposes an amendment to a passage; the Russian secretary
// decides it in the comparison table and downloads the table as DOCX.

let platform: Awaited<ReturnType<typeof startTestPlatform>>;
let documentId: number;
const PROPOSED = "Свидетельство о квалификации, выданное уполномоченным центром одной из стран";
const WHY = "Уточнение: признаются только свидетельства уполномоченных центров.";

beforeAll(async () => {
  platform = await startTestPlatform();
  documentId = (
    platform.services.db.$client
      .prepare("select id from library_documents where title like 'Проект рекомендаций о взаимном признании%'")
      .get() as { id: number }
  ).id;
});
afterAll(async () => {
  await closeBrowser();
  await platform?.close();
});

describe("amendments to a draft", () => {
  it("a member proposes an amendment to a passage of a section", async () => {
    const page = await newPage(platform.url);
    await signInThroughForm(page, "member3.kz@example.org");
    await page.goto(`/library/${documentId}`);
    await page.getByRole("link", { name: "Предложить поправку к разделу «2. Признание свидетельств»" }).click();
    await page.getByRole("heading", { level: 1, name: "Поправки" }).waitFor();
    await page.getByText("Поправки принимаются до").waitFor();
    expect(await page.getByLabel("Раздел", { exact: true }).inputValue()).not.toBe("");
    expect(await page.locator("#propose select option:checked").textContent()).toBe("2. Признание свидетельств");
    await expectNoSeriousA11yViolations(page, "the amendments page");

    await page
      .getByLabel("Фрагмент раздела (необязательно)")
      .fill("Свидетельство о квалификации, выданное в одной из стран");
    await page.getByLabel("Предлагаемая редакция").fill(PROPOSED);
    await page.getByLabel("Обоснование").fill(WHY);
    await page.getByRole("button", { name: "Отправить поправку" }).click();
    await page.getByText("Поправка отправлена.").waitFor();
    const mine = page.getByRole("region", { name: "Мои поправки" });
    await mine.getByText("уполномоченным центром").first().waitFor();
    expect(await mine.getByText("Решение не принято").count()).toBe(1);
    expectNoPageErrors(page);
    await closePage(page);
  });

  it("the secretary decides it in the comparison table and exports the table as DOCX", async () => {
    const page = await newPage(platform.url);
    await signInThroughForm(page, "secretary.ru@example.org");
    await page.goto(`/library/${documentId}/amendments/table`);
    await page.getByRole("heading", { level: 1, name: "Сравнительная таблица" }).waitFor();
    await expectNoSeriousA11yViolations(page, "the comparison table");

    const row = page.getByRole("row").filter({ hasText: WHY });
    await row.getByRole("radio", { name: "Принята", exact: true }).check();
    await row.getByLabel("Комментарий").fill("Принята в редакции автора.");
    await row.getByRole("button", { name: "Сохранить решение" }).click();
    await page.getByText("Решение по поправке сохранено.").waitFor();
    await page.getByRole("row").filter({ hasText: WHY }).getByText("Принята в редакции автора.").first().waitFor();

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Скачать таблицу (DOCX)" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^Сравнительная таблица — .*\.docx$/);
    const file = await download.path();
    const zip = await JSZip.loadAsync(fs.readFileSync(file!));
    const xml = await zip.file("word/document.xml")!.async("string");
    expect(xml).toContain(WHY);
    expect(xml).toContain("Принята в редакции автора.");
    expectNoPageErrors(page);
    await closePage(page);
  });
});
