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
