import { eq } from "drizzle-orm";
import { type Locator, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addAgendaItem } from "../../db/commands/meetings/agenda";
import { conveneMeeting, createMeeting } from "../../db/commands/meetings/convening";
import { findBody } from "../../db/queries/bodies";
import { users, type User } from "../../db/schema/accounts";
import {
  closeBrowser,
  closePage,
  expectNoPageErrors,
  expectNoSeriousA11yViolations,
  newPage,
  signInThroughForm,
} from "../support/browser";
import { approveByEverySide, thisMinuteIn } from "../support/meetings";
import { startTestPlatform } from "../support/platform";

// A session of the RU–KZ working group, live, in real Chromium against the real server: the Russian secretary
// registers who is present in one browser while a Kazakh member watches the quorum change in another, without
// reloading; then the Russian co-chair opens the meeting and moves to another item, and the member sees that too.

const PASSWORD = "demo-password";
const WG = 1;
const SECRETARY_RU = "secretary.ru@example.org";
const COCHAIR_RU = "cochair.ru@example.org";
const WATCHER = "member1.kz@example.org";
const ITEMS = [
  "О ходе гармонизации классификаторов занятий",
  "О взаимном признании квалификаций",
  "О плане работы на 2027 год",
];
// Enough for the quorum of each side: RU 5 of 9, KZ 4 of 8 (R9, 3.7); video counts (3.8).
const RU_PRESENT = [
  "Орлов Дмитрий Павлович",
  "Васильева Наталья Игоревна",
  "Морозов Сергей Иванович",
  "Лебедева Ирина Владимировна",
];
const RU_FIFTH = "Никитин Павел Андреевич";
const KZ_PRESENT = [
  "Жумабаева Айгуль Маратовна",
  "Омарова Динара Сериковна",
  "Абдрахманов Нурлан Ерикович",
  "Искакова Гульнара Касымовна",
];

let platform: Awaited<ReturnType<typeof startTestPlatform>>;
let meetingId = 0;
const pages: Page[] = [];

const person = (email: string): User => platform.services.db.select().from(users).where(eq(users.email, email)).get()!;

beforeAll(async () => {
  platform = await startTestPlatform();
  const { services } = platform;
  const chair = person(COCHAIR_RU);
  const body = findBody(services.db, WG)!;
  // Held today, this minute (a meeting opens only on its own day); drafted and convened earlier.
  const { startsOn, startsAtTime, convenedAt } = thisMinuteIn(body.timezone);
  meetingId = createMeeting(
    services,
    chair,
    WG,
    {
      startsOn,
      startsAtTime,
      durationMinutes: 180,
      place: "Москва, ул. Ильинка, 21",
      format: "hybrid",
      videoLink: "https://video.example.org/wg-ru-kz",
    },
    convenedAt,
  );
  for (const title of ITEMS)
    addAgendaItem(
      services,
      chair,
      meetingId,
      { title, description: "", speakers: "Соколов А. В.", durationMinutes: 40 },
      convenedAt,
    );
  approveByEverySide(services, meetingId, WG, convenedAt);
  conveneMeeting(services, chair, meetingId, convenedAt);
});
afterAll(async () => {
  for (const page of pages) await closePage(page);
  await closeBrowser();
  await platform?.close();
});

/** Signs in in a fresh browser context and opens the live page; resolves once its event stream is connected. */
async function livePage(email: string): Promise<Page> {
  const page = await newPage(platform.url);
  pages.push(page);
  await signInThroughForm(page, email, PASSWORD);
  await page.goto(`/meetings/${meetingId}/live`);
  await page.getByRole("heading", { level: 1, name: /^Заседание № \d+$/ }).waitFor();
  // Updates flow from here on: whatever changes later reaches this page.
  await page.getByRole("status").filter({ hasText: "Обновляется в реальном времени" }).waitFor();
  return page;
}

const quorum = (page: Page) => page.getByRole("region", { name: "Правомочность (кворум)", exact: true });
const currentItem = (page: Page) => page.getByRole("region", { name: "Текущий вопрос повестки", exact: true });
/** A side's bar: its accessible name carries the numbers the picture shows. */
const sideBar = (page: Page, side: string, present: number, members: number, needed: number) =>
  quorum(page).getByRole("img", {
    name: `${side}: присутствуют ${present} из ${members}, порог — ${needed}`,
    exact: true,
  });

/** The secretary's one click for one person; resolves once the server has answered and the button shows it. */
async function registerPresent(page: Page, name: string, how: "Очно" | "По видеосвязи") {
  const row: Locator = page.getByRole("group", { name, exact: true });
  const answered = page.waitForResponse(
    (r) => r.request().method() === "POST" && new URL(r.url()).pathname.startsWith(`/meetings/${meetingId}/live`),
  );
  await row.getByRole("button", { name: how, exact: true }).click();
  expect((await answered).status()).toBe(200);
  await row.getByRole("button", { name: how, exact: true, pressed: true }).waitFor();
}

describe("a live session seen by its secretary, its co-chair and a member", { timeout: 90_000 }, () => {
  let watcher: Page;
  let secretary: Page;

  it("the member watches the quorum change as the secretary registers attendance, without reloading", async () => {
    watcher = await livePage(WATCHER);
    secretary = await livePage(SECRETARY_RU);
    // A mark on the watcher's document: a reload would wipe it.
    await watcher.evaluate(() => Object.assign(window, { liveTestMark: "same document" }));

    await quorum(watcher).getByRole("status").filter({ hasText: "Кворума нет: заседание неправомочно" }).waitFor();
    await sideBar(watcher, "Российская Федерация", 0, 9, 5).waitFor();
    // The member may watch but not register: no buttons on their page.
    expect(await watcher.getByRole("button", { name: "Очно", exact: true }).count()).toBe(0);

    await registerPresent(secretary, RU_PRESENT[0]!, "Очно");
    await sideBar(watcher, "Российская Федерация", 1, 9, 5).waitFor();
    await watcher
      .getByRole("heading", { level: 3, name: "Российская Федерация: присутствуют 1 из 9", exact: true })
      .waitFor();

    for (const name of RU_PRESENT.slice(1)) await registerPresent(secretary, name, "Очно");
    for (const name of KZ_PRESENT) await registerPresent(secretary, name, "По видеосвязи");
    await sideBar(watcher, "Республика Казахстан", 4, 8, 4).waitFor();
    // One short on the Russian side, and the member is told so in words.
    const verdict = quorum(watcher).getByRole("status");
    await verdict
      .filter({
        hasText: "стороне «Российская Федерация» не хватает 1 человека: присутствуют 4 из 9, нужно не менее 5.",
      })
      .waitFor();
    expect(await verdict.textContent()).toContain("Кворума нет: заседание неправомочно");
    // The KZ co-chair is not there, their deputy is: she acts as co-chair (R5).
    await watcher
      .getByRole("region", { name: "Председательствующие от сторон", exact: true })
      .getByText(
        "Сопредседатель Сарсенбаев Ерлан Бакытжанович отсутствует. Заместитель сопредседателя Жумабаева Айгуль Маратовна исполняет обязанности сопредседателя на этом заседании.",
        { exact: true },
      )
      .waitFor();

    await registerPresent(secretary, RU_FIFTH, "По видеосвязи");
    await verdict.filter({ hasText: "Кворум есть: заседание правомочно" }).waitFor();
    await sideBar(watcher, "Российская Федерация", 5, 9, 5).waitFor();
    expect(await verdict.textContent()).not.toContain("Почему");

    expect(await watcher.evaluate(() => (window as unknown as { liveTestMark?: string }).liveTestMark)).toBe(
      "same document",
    );
    expectNoPageErrors(watcher);
    expectNoPageErrors(secretary);
    await expectNoSeriousA11yViolations(secretary, "the live page, as the secretary sees it");
    await expectNoSeriousA11yViolations(watcher, "the live page, as a member sees it");
  });

  it("the co-chair opens the meeting and sets the current item; the member sees each step live", async () => {
    const cochair = await livePage(COCHAIR_RU);
    expect(await currentItem(watcher).textContent()).toContain(
      "Вопросы повестки рассматриваются после открытия заседания.",
    );

    await cochair.getByRole("button", { name: "Открыть заседание", exact: true }).click();
    await currentItem(watcher).getByText(ITEMS[0]!, { exact: true }).waitFor();
    await currentItem(watcher).getByText("Вопрос 1 из 3", { exact: true }).waitFor();

    const chooser = cochair.getByRole("region", { name: "Ведение заседания", exact: true });
    await chooser.getByLabel("Вопрос повестки", { exact: true }).selectOption({ label: `3. ${ITEMS[2]}` });
    await chooser.getByRole("button", { name: "Перейти к вопросу", exact: true }).click();
    await currentItem(watcher).getByText(ITEMS[2]!, { exact: true }).waitFor();
    await currentItem(watcher).getByText("Вопрос 3 из 3", { exact: true }).waitFor();
    await chooser.getByText("Это последний вопрос повестки.", { exact: true }).waitFor();
    expect(platform.services.db.$client.prepare("select status from meetings where id = ?").get(meetingId)).toEqual({
      status: "in_progress",
    });

    expect(await watcher.evaluate(() => (window as unknown as { liveTestMark?: string }).liveTestMark)).toBe(
      "same document",
    );
    expectNoPageErrors(watcher);
    expectNoPageErrors(cochair);
    await expectNoSeriousA11yViolations(watcher, "the live page in progress, as a member sees it");
    await expectNoSeriousA11yViolations(cochair, "the live page in progress, as the presiding co-chair sees it");
  });

  it("on a phone the live page fits the screen, and stays accessible", async () => {
    for (const page of [watcher, secretary]) {
      await page.setViewportSize({ width: 360, height: 780 });
      // Everything of this page (the site's header is the app shell's) lies within the screen's width.
      const sticking = await page.locator(".live-page").evaluate((root) => {
        const width = document.documentElement.clientWidth;
        return [root, ...root.querySelectorAll("*")]
          .filter((e) => e.getBoundingClientRect().right > width + 0.5)
          .map((e) => `${e.tagName.toLowerCase()}.${e.className}`);
      });
      expect(sticking).toEqual([]);
      await expectNoSeriousA11yViolations(page, "the live page on a phone");
    }
  });
});
