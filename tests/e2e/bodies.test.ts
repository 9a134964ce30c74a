import type { Locator, Page } from "playwright-core";
import { MINIMAL_PDF } from "../support/fixtures";
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

// A cooperation body from its first day, in real Chromium against the real server: the administrator sets
// it up with two sides and its regulation and names the officers (one of them a newcomer, invited on the
// spot); the Russian co-chair then runs the Russian side's composition, meets the rule of one co-chair per
// side and the warning before leaving the side without one; a stranger does not even learn the body exists.

const PASSWORD = "demo-password";
const ADMIN = { email: "admin@example.org", name: "Миронова Ольга Сергеевна" };
const COCHAIR_RU = { email: "cochair.ru@example.org", name: "Соколов Андрей Викторович" };
const SECRETARY_RU = { email: "secretary.ru@example.org", name: "Белова Мария Алексеевна" };
const DEPUTY_RU = { email: "deputy.ru@example.org", name: "Кузнецова Елена Николаевна" };
const MEMBER_RU = { email: "member1.ru@example.org", name: "Орлов Дмитрий Павлович" };
const STRANGER = { email: "member2.kz@example.org", name: "Искакова Гульнара Касымовна" };
const NEWCOMER_BY = { email: "viktor.yaroshevich@example.net", name: "Ярошевич Виктор Николаевич" };

const TITLE = "Межгосударственная рабочая группа по цифровым компетенциям Российской Федерации и Республики Беларусь";
const RU_SIDE = "Российская Федерация";
const BY_SIDE = "Республика Беларусь";
const REGULATION_NAME = "Положение.pdf";
const REGULATION = MINIMAL_PDF;

let platform: Awaited<ReturnType<typeof startTestPlatform>>;
let bodyId = 0;
let ruSideId = 0;
let bySideId = 0;

beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(async () => {
  await closeBrowser();
  await platform?.close();
});

const sql = () => platform.services.db.$client;

async function heading(page: Page, name: string, level = 1) {
  await page.getByRole("heading", { level, name, exact: true }).waitFor();
}

async function signedInPage(email: string): Promise<Page> {
  const page = await newPage(platform.url);
  await signInThroughForm(page, email, PASSWORD);
  return page;
}

/** The field's error, found the way a screen reader finds it: through the control's aria-describedby. */
async function describedErrorOf(control: Locator): Promise<string | null> {
  return control.evaluate((input) => {
    if (input.getAttribute("aria-invalid") !== "true") return null;
    const ids = (input.getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean);
    const error = ids.map((id) => document.getElementById(id)).find((el) => el?.classList.contains("field__error"));
    return error?.textContent ?? null;
  });
}

/** A side's card on the body's page: a region named by the side's heading. */
const sideCard = (page: Page, side: string) => page.getByRole("main").getByRole("region", { name: side, exact: true });
/** The "current composition" list and the "add a person" form on a side's page. */
const seatList = (page: Page) => page.getByRole("region", { name: "Текущий состав", exact: true });
const addForm = (page: Page) => page.getByRole("region", { name: "Включить в состав", exact: true });
const seatOf = (page: Page, name: string) => seatList(page).getByRole("listitem").filter({ hasText: name });

/** Waits for the POST a form sends to the side's page (single fetch: …/sides/<id>.data) and for its answer. */
function sidePost(page: Page) {
  return page.waitForResponse(
    (r) => r.request().method() === "POST" && new URL(r.url()).pathname.startsWith(`/bodies/${bodyId}/sides/`),
  );
}

/** Seats a person on the side whose page is open, the way a person does it; resolves once the list shows them. */
async function addPerson(
  page: Page,
  person: { email: string; name: string },
  role: string,
  options: { newName?: string } = {},
) {
  const form = addForm(page);
  await form.getByLabel("Электронная почта", { exact: true }).fill(person.email);
  if (options.newName !== undefined)
    await form.getByLabel("ФИО (для нового пользователя)", { exact: true }).fill(options.newName);
  await form.getByLabel("Роль", { exact: true }).selectOption({ label: role });
  const answered = sidePost(page);
  await form.getByRole("button", { name: "Включить", exact: true }).click();
  expect((await answered).ok()).toBe(true); // a redirect, which single fetch answers with 202 and X-Remix-Redirect
  await seatOf(page, person.name).waitFor();
  await page.getByRole("status").filter({ hasText: "Включён в состав." }).waitFor();
  expect(await seatOf(page, person.name).getByRole("combobox").locator("option:checked").textContent()).toBe(role);
}

function membershipsOfBody() {
  return sql()
    .prepare(
      "select id, side_id as sideId, user_id as userId, role, ends_at as endsAt from memberships where body_id = ? order by id",
    )
    .all(bodyId);
}

describe("a new cooperation body, from the administrator's form to its co-chair's work", { timeout: 90_000 }, () => {
  it("the administrator creates the body with two sides and its regulation, and names the officers", async () => {
    const page = await signedInPage(ADMIN.email);
    await page
      .getByRole("navigation", { name: "Разделы платформы" })
      .getByRole("link", { name: "Органы", exact: true })
      .click();
    await page.waitForURL((url) => url.pathname === "/bodies");
    await heading(page, "Органы сотрудничества");
    await expectNoSeriousA11yViolations(page, "the bodies list");

    await page.getByRole("link", { name: "Создать орган", exact: true }).click();
    await page.waitForURL((url) => url.pathname === "/bodies/new");
    await heading(page, "Новый орган сотрудничества");
    const ruSide = page.getByRole("group", { name: "Сторона 1", exact: true });
    const bySide = page.getByRole("group", { name: "Сторона 2", exact: true });
    expect(await ruSide.getByLabel("Наименование стороны").inputValue()).toBe(RU_SIDE);
    await expectNoSeriousA11yViolations(page, "the new-body form");

    // First the title is forgotten: nothing is created, the error sits at the field and is tied to it.
    const bodiesBefore = sql().prepare("select count(*) as n from bodies").get();
    const title = page.getByLabel("Наименование (по-русски)", { exact: true });
    let answered = page.waitForResponse(
      (r) => r.request().method() === "POST" && new URL(r.url()).pathname.startsWith("/bodies/new"),
    );
    await page.getByRole("main").getByRole("button", { name: "Создать орган", exact: true }).click();
    expect((await answered).status()).toBe(422);
    await page.getByRole("alert").filter({ hasText: "Проверьте отмеченные поля: ничего не сохранено." }).waitFor();
    await page.locator(".field__error", { hasText: "Заполните это поле." }).waitFor();
    expect(await describedErrorOf(title)).toBe("Заполните это поле.");
    expect(new URL(page.url()).pathname).toBe("/bodies/new");
    expect(sql().prepare("select count(*) as n from bodies").get()).toEqual(bodiesBefore);
    // What was there stays there.
    expect(await ruSide.getByLabel("Наименование стороны").inputValue()).toBe(RU_SIDE);
    await expectNoSeriousA11yViolations(page, "the new-body form with an error");

    // Now properly.
    await page.getByLabel("Вид", { exact: true }).selectOption({ label: "рабочая группа" });
    await title.fill(TITLE);
    await bySide.getByLabel("Наименование стороны").fill(BY_SIDE);
    await bySide.getByLabel("Страна", { exact: true }).selectOption({ label: "Беларусь" });
    await bySide.getByLabel("Часовой пояс стороны", { exact: true }).selectOption("Europe/Minsk");
    expect(await page.getByLabel("Правило кворума", { exact: true }).inputValue()).toBe("each_side_half");
    // The wrong file first: a text saved under the regulation's name. It is judged by its bytes and refused.
    const file = page.getByLabel("Файл Положения", { exact: true });
    await file.setInputFiles({
      name: REGULATION_NAME,
      mimeType: "application/pdf",
      buffer: Buffer.from("Положение о рабочей группе (черновик)\n", "utf8"),
    });
    answered = page.waitForResponse(
      (r) => r.request().method() === "POST" && new URL(r.url()).pathname.startsWith("/bodies/new"),
    );
    await page.getByRole("main").getByRole("button", { name: "Создать орган", exact: true }).click();
    expect((await answered).status()).toBe(422);
    const disguised = "Содержимое файла не соответствует его расширению: файл не принят.";
    await page.locator(".field__error", { hasText: disguised }).waitFor();
    expect(await describedErrorOf(file)).toBe(disguised);
    expect(await describedErrorOf(title)).toBeNull();
    expect(await title.inputValue()).toBe(TITLE);
    expect(sql().prepare("select count(*) as n from bodies").get()).toEqual(bodiesBefore);
    await expectNoSeriousA11yViolations(page, "the new-body form with a refused file");

    await file.setInputFiles({ name: REGULATION_NAME, mimeType: "application/pdf", buffer: REGULATION });
    await page.getByRole("main").getByRole("button", { name: "Создать орган", exact: true }).click();

    await page.waitForURL(
      (url) => /^\/bodies\/\d+$/.test(url.pathname) && url.searchParams.get("notice") === "created",
    );
    bodyId = Number(new URL(page.url()).pathname.split("/")[2]);
    await heading(page, TITLE);
    await page
      .getByRole("status")
      .filter({ hasText: "Орган создан. Теперь назначьте должностных лиц сторон." })
      .waitFor();
    await sideCard(page, RU_SIDE).waitFor();
    await sideCard(page, BY_SIDE).waitFor();
    expect(await sideCard(page, BY_SIDE).getByText("Беларусь", { exact: true }).count()).toBe(1); // the country, under the side's name
    expect(await sideCard(page, RU_SIDE).getByText("Состав стороны пока не сформирован.").count()).toBe(1);
    expect(
      await page.getByRole("main").getByText("не менее половины членов каждой стороны", { exact: true }).count(),
    ).toBe(1);
    const regulation = page
      .getByRole("region", { name: "Документы", exact: true })
      .getByRole("link", { name: /^Положение\.pdf \(\d+ КБ\)$/ });
    expect(await regulation.getAttribute("href")).toBe(`/bodies/${bodyId}/regulation`);
    // The link gives back the very bytes that were attached, under their name.
    const download = await page.request.get(`/bodies/${bodyId}/regulation`);
    expect(download.status()).toBe(200);
    expect(download.headers()["content-type"]).toBe("application/pdf");
    expect(download.headers()["content-disposition"]).toContain(
      `filename*=UTF-8''${encodeURIComponent(REGULATION_NAME)}`,
    );
    expect(Buffer.from(await download.body()).equals(REGULATION)).toBe(true);
    const sides = sql()
      .prepare("select id, name, country, timezone from sides where body_id = ? order by position")
      .all(bodyId) as { id: number; name: string; country: string; timezone: string }[];
    expect(sides.map(({ id: _id, ...s }) => s)).toEqual([
      { name: RU_SIDE, country: "RU", timezone: "Europe/Moscow" },
      { name: BY_SIDE, country: "BY", timezone: "Europe/Minsk" },
    ]);
    [ruSideId, bySideId] = sides.map((s) => s.id);
    expect(sql().prepare("select kind, quorum_rule as quorumRule from bodies where id = ?").get(bodyId)).toEqual({
      kind: "working_group",
      quorumRule: "each_side_half",
    });
    await expectNoSeriousA11yViolations(page, "the new body's page");

    // The Russian side's officers.
    await sideCard(page, RU_SIDE).getByRole("link", { name: "Изменить состав", exact: true }).click();
    await page.waitForURL((url) => url.pathname === `/bodies/${bodyId}/sides/${ruSideId}`);
    await heading(page, `Состав стороны: ${RU_SIDE}`, 2);
    await seatList(page).getByText("Состав стороны пока не сформирован.").waitFor();
    await expectNoSeriousA11yViolations(page, "the empty side composition page");
    await addPerson(page, COCHAIR_RU, "сопредседатель");
    await addPerson(page, SECRETARY_RU, "ответственный секретарь");
    await expectNoSeriousA11yViolations(page, "the side composition page with officers");

    // The Belarusian side's co-chair has no account yet: first the name is missing, then it is given.
    await page.getByRole("link", { name: "← Обзор", exact: true }).click();
    await page.waitForURL((url) => url.pathname === `/bodies/${bodyId}` && url.search === "");
    await sideCard(page, BY_SIDE).getByRole("link", { name: "Изменить состав", exact: true }).click();
    await page.waitForURL((url) => url.pathname === `/bodies/${bodyId}/sides/${bySideId}`);
    await heading(page, `Состав стороны: ${BY_SIDE}`, 2);
    const form = addForm(page);
    await form.getByLabel("Электронная почта", { exact: true }).fill(NEWCOMER_BY.email);
    await form.getByLabel("Роль", { exact: true }).selectOption({ label: "сопредседатель" });
    answered = sidePost(page);
    await form.getByRole("button", { name: "Включить", exact: true }).click();
    expect((await answered).status()).toBe(422);
    const nameField = form.getByLabel("ФИО (для нового пользователя)", { exact: true });
    await form.getByText("У этого адреса нет учётной записи: укажите ФИО, и мы отправим приглашение.").waitFor();
    expect(await describedErrorOf(nameField)).toBe(
      "У этого адреса нет учётной записи: укажите ФИО, и мы отправим приглашение.",
    );
    expect(await form.getByLabel("Электронная почта", { exact: true }).inputValue()).toBe(NEWCOMER_BY.email);
    expect(sql().prepare("select count(*) as n from users where email = ?").get(NEWCOMER_BY.email)).toEqual({ n: 0 });
    await expectNoSeriousA11yViolations(page, "the side composition page with a missing name");
    await addPerson(page, NEWCOMER_BY, "сопредседатель", { newName: NEWCOMER_BY.name });

    const invited = sql()
      .prepare("select id, status, timezone, password_hash as passwordHash from users where email = ?")
      .get(NEWCOMER_BY.email) as { id: number } & Record<string, unknown>;
    expect(invited).toMatchObject({ status: "invited", timezone: "Europe/Minsk", passwordHash: null });
    expect(
      sql()
        .prepare(
          "select count(*) as n from email_tokens where user_id = ? and purpose = 'invitation' and used_at is null",
        )
        .get(invited.id),
    ).toEqual({ n: 1 });
    const mail = sql().prepare('select subject, text from outbox where "to" = ?').all(NEWCOMER_BY.email) as {
      subject: string;
      text: string;
    }[];
    expect(mail).toHaveLength(1);
    expect(mail[0]!.subject).toBe("Приглашение на платформу сотрудничества");
    expect(mail[0]!.text).toContain(`Здравствуйте, ${NEWCOMER_BY.name}!`);
    expect(mail[0]!.text).toContain(ADMIN.name);
    expect(membershipsOfBody()).toEqual([
      expect.objectContaining({ sideId: ruSideId, role: "co_chair", endsAt: null }),
      expect.objectContaining({ sideId: ruSideId, role: "secretary", endsAt: null }),
      expect.objectContaining({ sideId: bySideId, userId: invited.id, role: "co_chair", endsAt: null }),
    ]);
    expectNoPageErrors(page);
    await closePage(page);
  });

  it("the Russian co-chair finds the body at home, may change only the Russian side, and adds a member", async () => {
    expect(bodyId).toBeGreaterThan(0);
    const page = await signedInPage(COCHAIR_RU.email);
    const mine = page.getByRole("region", { name: "Мои органы сотрудничества", exact: true });
    const card = mine.getByRole("listitem").filter({ has: page.getByRole("link", { name: TITLE, exact: true }) });
    await card.waitFor();
    expect(await card.textContent()).toContain(`вы: сопредседатель, ${RU_SIDE}`);
    await expectNoSeriousA11yViolations(page, "the co-chair's home page");

    await card.getByRole("link", { name: TITLE, exact: true }).click();
    await page.waitForURL((url) => url.pathname === `/bodies/${bodyId}`);
    await heading(page, TITLE);
    expect(await sideCard(page, RU_SIDE).getByRole("link", { name: "Изменить состав" }).count()).toBe(1);
    expect(await sideCard(page, BY_SIDE).getByRole("link", { name: "Изменить состав" }).count()).toBe(0);
    expect(await sideCard(page, BY_SIDE).getByRole("cell", { name: NEWCOMER_BY.name, exact: true }).count()).toBe(1);
    // Not an administrator: no settings.
    expect(
      await page.getByRole("navigation", { name: "Разделы органа" }).getByRole("link", { name: "Настройки" }).count(),
    ).toBe(0);
    await expectNoSeriousA11yViolations(page, "the body's page for its co-chair");

    await sideCard(page, RU_SIDE).getByRole("link", { name: "Изменить состав", exact: true }).click();
    await page.waitForURL((url) => url.pathname === `/bodies/${bodyId}/sides/${ruSideId}`);
    await heading(page, `Состав стороны: ${RU_SIDE}`, 2);
    await addPerson(page, MEMBER_RU, "член");

    await page.getByRole("link", { name: "← Обзор", exact: true }).click();
    await page.waitForURL((url) => url.pathname === `/bodies/${bodyId}` && url.search === "");
    const row = sideCard(page, RU_SIDE)
      .getByRole("row")
      .filter({ has: page.getByRole("cell", { name: MEMBER_RU.name, exact: true }) });
    await row.waitFor();
    expect(await row.getByRole("cell").first().textContent()).toBe("член");
    expect(await sideCard(page, RU_SIDE).getByRole("row").count()).toBe(4); // the header and three people
    expectNoPageErrors(page);
    await closePage(page);
  });

  it("a taken seat is refused at the role field, and leaving the side without a co-chair asks first", async () => {
    expect(bodyId).toBeGreaterThan(0);
    const page = await signedInPage(COCHAIR_RU.email);
    await page.goto(`/bodies/${bodyId}/sides/${ruSideId}`);
    await heading(page, `Состав стороны: ${RU_SIDE}`, 2);
    await seatOf(page, COCHAIR_RU.name).waitFor();
    // A member cannot become the secretary while the side has one: the refusal is at that person's role.
    const secretaryTaken = `У стороны уже есть ответственный секретарь: ${SECRETARY_RU.name}.`;
    let before = membershipsOfBody();
    const memberRole = seatOf(page, MEMBER_RU.name).getByLabel(`Роль: ${MEMBER_RU.name}`, { exact: true });
    await memberRole.selectOption({ label: "ответственный секретарь" });
    let answered = sidePost(page);
    await seatOf(page, MEMBER_RU.name).getByRole("button", { name: "Сменить роль", exact: true }).click();
    expect((await answered).status()).toBe(409);
    await seatOf(page, MEMBER_RU.name).getByText(secretaryTaken, { exact: true }).waitFor();
    expect(await describedErrorOf(memberRole)).toBe(secretaryTaken);
    expect(membershipsOfBody()).toEqual(before);
    await expectNoSeriousA11yViolations(page, "the side composition page with a refused change of role");
    // The deputy's seat is free.
    await memberRole.selectOption({ label: "заместитель сопредседателя" });
    answered = sidePost(page);
    await seatOf(page, MEMBER_RU.name).getByRole("button", { name: "Сменить роль", exact: true }).click();
    expect((await answered).ok()).toBe(true);
    await page.getByRole("status").filter({ hasText: "Роль изменена." }).waitFor();
    expect(await describedErrorOf(memberRole)).toBeNull();
    expect(await memberRole.inputValue()).toBe("deputy");
    expect(
      sql()
        .prepare(
          "select role from memberships m join users u on u.id = m.user_id where m.body_id = ? and u.email = ? and m.ends_at is null",
        )
        .all(bodyId, MEMBER_RU.email),
    ).toEqual([{ role: "deputy" }]);

    before = membershipsOfBody();
    const outboxBefore = sql().prepare("select count(*) as n from outbox").get();
    const form = addForm(page);
    await form.getByLabel("Электронная почта", { exact: true }).fill(DEPUTY_RU.email);
    await form.getByLabel("Роль", { exact: true }).selectOption({ label: "сопредседатель" });
    answered = sidePost(page);
    await form.getByRole("button", { name: "Включить", exact: true }).click();
    expect((await answered).status()).toBe(409);
    const taken = `У стороны уже есть сопредседатель: ${COCHAIR_RU.name}. Сначала завершите его полномочия.`;
    await form.getByText(taken, { exact: true }).waitFor();
    expect(await describedErrorOf(form.getByLabel("Роль", { exact: true }))).toBe(taken);
    // What the person typed is still there to correct; nothing was saved and no letter went out.
    expect(await form.getByLabel("Электронная почта", { exact: true }).inputValue()).toBe(DEPUTY_RU.email);
    expect(await form.getByLabel("Роль", { exact: true }).inputValue()).toBe("co_chair");
    expect(await seatOf(page, DEPUTY_RU.name).count()).toBe(0);
    // The notice of the earlier change does not linger next to a refusal.
    expect(await page.getByText("Роль изменена.").count()).toBe(0);
    expect(await page.getByText("Включён в состав.").count()).toBe(0);
    expect(membershipsOfBody()).toEqual(before);
    expect(sql().prepare("select count(*) as n from outbox").get()).toEqual(outboxBefore);
    await expectNoSeriousA11yViolations(page, "the side composition page with a role error");

    // The co-chair removes themselves: a warning first, with an explicit confirmation, and a way back.
    answered = sidePost(page);
    await seatOf(page, COCHAIR_RU.name).getByRole("button", { name: "Исключить", exact: true }).click();
    expect((await answered).status()).toBe(409);
    const warning = page.getByRole("status").filter({ hasText: "Это единственный сопредседатель стороны." });
    await warning.waitFor();
    expect(await warning.textContent()).toContain("После исключения сторона останется без сопредседателя");
    await warning.getByRole("button", { name: "Да, исключить сопредседателя", exact: true }).waitFor();
    expect(await page.getByText("Роль изменена.").count()).toBe(0);
    expect(membershipsOfBody()).toEqual(before);
    await expectNoSeriousA11yViolations(page, "the warning before leaving the side without a co-chair");

    await warning.getByRole("link", { name: "Отмена", exact: true }).click();
    await warning.waitFor({ state: "detached" });
    expect(new URL(page.url()).pathname).toBe(`/bodies/${bodyId}/sides/${ruSideId}`);
    await seatOf(page, COCHAIR_RU.name).waitFor();
    expect(await seatOf(page, COCHAIR_RU.name).getByRole("combobox").locator("option:checked").textContent()).toBe(
      "сопредседатель",
    );
    expect(await page.getByText("Членство завершено.").count()).toBe(0);
    expect(membershipsOfBody()).toEqual(before);
    expect(sql().prepare("select count(*) as n from outbox").get()).toEqual(outboxBefore);
    expectNoPageErrors(page);
    await closePage(page);
  });

  it("a stranger to the body is told the page does not exist", async () => {
    expect(bodyId).toBeGreaterThan(0);
    const page = await signedInPage(STRANGER.email);
    for (const path of [`/bodies/${bodyId}`, `/bodies/${bodyId}/sides/${ruSideId}`, `/bodies/${bodyId}/regulation`]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
    }
    await page.goto(`/bodies/${bodyId}`);
    await heading(page, "Страница не найдена");
    expect(await page.getByText(TITLE).count()).toBe(0);
    await expectNoSeriousA11yViolations(page, "the not-found page");
    // Nor does the body appear in the stranger's list.
    await page.goto("/bodies");
    await heading(page, "Органы сотрудничества");
    expect(await page.getByRole("link", { name: TITLE }).count()).toBe(0);
    expectNoPageErrors(page);
    await closePage(page);
  });
});
