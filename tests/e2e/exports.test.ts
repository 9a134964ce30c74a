import fs from "node:fs/promises";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  closeBrowser,
  closePage,
  expectNoPageErrors,
  expectNoSeriousA11yViolations,
  newPage,
  signInThroughForm,
} from "../support/browser";
import { pdfText } from "../support/pdf-text";
import { startTestPlatform } from "../support/platform";
import { sqlOf } from "../support/sql";

// Issues 10 and 11 in real Chromium: a member downloads the signed protocol of meeting № 1 and checks it at
// /verify; a partner downloads a library document's PDF from its page.
let platform: Awaited<ReturnType<typeof startTestPlatform>>;
const { one } = sqlOf(() => platform);

beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(async () => {
  await closeBrowser();
  await platform?.close();
});

/** Clicks a download link and returns the file's name and bytes. */
async function download(page: Page, link: string) {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: link }).first().click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: new Uint8Array(await fs.readFile(path)) };
}

describe("the signed protocol as a file, and its verification", () => {
  it("a member downloads the PDF from the protocol page; its text is the protocol's; /verify confirms it, signed out", async () => {
    const page = await newPage(platform.url);
    await signInThroughForm(page, "member1.kz@example.org");
    await page.goto("/meetings/1/protocol");
    await page.getByRole("heading", { name: "Рассылка копий протокола" }).waitFor();
    const { name, bytes } = await download(page, "Скачать PDF");
    expect(name).toMatch(/^Протокол № 1 .*\.pdf$/);
    const text = await pdfText(bytes);
    const { sha256 } = one<{ sha256: string }>(
      "select f.sha256 from protocol_finals f join protocols p on p.current_final_id = f.id where p.meeting_id = 1",
    );
    expect(text).toContain("ПРОТОКОЛ № 1");
    expect(text).toContain("Кворум имеется.");
    expect(text).toContain(sha256);
    expectNoPageErrors(page);
    await closePage(page);

    const file = `${await fs.mkdtemp("/tmp/verify-")}/protocol.pdf`;
    await fs.writeFile(file, bytes);
    const visitor = await newPage(platform.url);
    await visitor.goto("/verify");
    await visitor.getByRole("heading", { level: 1, name: "Проверка протокола" }).waitFor();
    await expectNoSeriousA11yViolations(visitor, "/verify");
    await visitor.getByLabel("Файл протокола (PDF)").setInputFiles(file);
    await visitor.getByRole("button", { name: "Проверить файл" }).click();
    await visitor.getByRole("heading", { name: "✓ Подтверждено" }).waitFor();
    expect(await visitor.getByText("Все подписи проверены открытым ключом платформы.").count()).toBe(1);
    await expectNoSeriousA11yViolations(visitor, "/verify with a result");

    // One byte changed: the page says so.
    const changed = new Uint8Array(bytes);
    changed[Math.floor(changed.length / 2)] ^= 0x20;
    await fs.writeFile(file, changed);
    await visitor.getByLabel("Файл протокола (PDF)").setInputFiles(file);
    await visitor.getByRole("button", { name: "Проверить файл" }).click();
    await visitor.getByRole("heading", { name: "✗ Не подтверждено" }).waitFor();
    expect(await visitor.getByText(/изменён хотя бы один байт/).count()).toBe(1);
    await expectNoSeriousA11yViolations(visitor, "/verify, not verified");
    expectNoPageErrors(visitor);
    await closePage(visitor);
  }, 120_000);
});

describe("issue 11: a partner downloads a library document's PDF", () => {
  it("from the document page, the current edition, with the document's text", async () => {
    const doc = one<{ id: number; title: string }>(
      "select id, title from library_documents where visibility = 'partners' order by id limit 1",
    );
    const page = await newPage(platform.url);
    await signInThroughForm(page, "partner@example.org");
    await page.goto(`/library/${doc.id}`);
    await page.getByRole("heading", { level: 1, name: doc.title }).waitFor();
    const { name, bytes } = await download(page, "PDF");
    expect(name).toMatch(/\.pdf$/);
    const text = (await pdfText(bytes)).replace(/\s+/g, " ");
    expect(text).toContain(doc.title.slice(0, 40));
    await expectNoSeriousA11yViolations(page, "the document with its downloads");
    expectNoPageErrors(page);
    await closePage(page);
  }, 60_000);
});
