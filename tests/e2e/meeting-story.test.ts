import { type ParsedMail } from "mailparser";
import { type Locator, type Page } from "playwright-core";
import { MINIMAL_PDF } from "../support/fixtures";
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
import { startSmtpServer } from "../support/smtp";

// The story of the meetings issue, in real Chromium against the real server and a real SMTP server, each
// person in their own browser: the Russian co-chair drafts a session of the RU–KZ working group, puts two
// questions on its agenda and convenes it (the letters with their .ics reach the SMTP server); a Russian
// member proposes a question and attaches a PDF; the co-chair takes the proposal into the agenda and approves
// it for the Russian side, the Kazakh co-chair for the Kazakh side; a Kazakh member who will be absent sends a
// written opinion. The mistakes met on the way (an empty title, a second approval, a disguised file) change nothing.

const PASSWORD = "demo-password";
const WG = 1;
const COCHAIR_RU = "cochair.ru@example.org";
const COCHAIR_KZ = "cochair.kz@example.org";
const MEMBER_RU = "member1.ru@example.org";
const MEMBER_KZ = "member5.kz@example.org";
const RU_SIDE = "Российская Федерация";
const KZ_SIDE = "Республика Казахстан";
// 9 members on the Russian side, 8 on the Kazakh side (demo-bodies.ts), each of them gets the letter.
const LETTERS = 17;

const PLACE = "Москва, ул. Ильинка, 21, зал заседаний";
const VIDEO = "https://vks.example.org/mrg-rf-rk-story";
const ITEMS = ["О ходе гармонизации национальных рамок квалификаций", "О плане работы рабочей группы на 2027 год"];
const PROPOSAL = "Об обмене сведениями о выданных свидетельствах о квалификации";
const MATERIAL_TITLE = "Справка о ходе гармонизации";
const OPINION =
  "Поддерживаю план работы. Прошу включить в него сопоставление отраслевых рамок квалификаций в энергетике.";

const PDF = MINIMAL_PDF;
// The first bytes of a Windows program ("MZ" header), saved under a PDF's name.
const EXE = Buffer.concat([
  Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff, 0x00, 0x00]),
  Buffer.from("This program cannot be run in DOS mode.\r\r\n$", "latin1"),
  Buffer.alloc(64),
]);

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let platform: Awaited<ReturnType<typeof startTestPlatform>>;
const inbox: ParsedMail[] = [];
let meetingId = 0;
let meetingNumber = 0;
const pages: Page[] = [];

beforeAll(async () => {
  smtp = await startSmtpServer();
  platform = await startTestPlatform({ smtpUrl: smtp.url });
  // Every letter that reaches the SMTP server is kept; a test takes the ones it is about.
  void (async () => {
    for (;;) inbox.push(await smtp.nextMessage());
  })();
});
afterAll(async () => {
  for (const page of pages) await closePage(page);
  await closeBrowser();
  await platform?.close();
  await smtp?.close();
});

const sql = () => platform.services.db.$client;
const count = (query: string, ...args: unknown[]) =>
  (
    sql()
      .prepare(query)
      .get(...args) as { n: number }
  ).n;

/** What the bad inputs must leave alone: the meeting's agenda, approvals, materials, files, opinions and letters. */
function meetingState() {
  return {
    meeting: sql().prepare("select status, agenda_version as agendaVersion from meetings where id = ?").get(meetingId),
    items: sql()
      .prepare("select id, status, title, removed_at as removedAt from agenda_items where meeting_id = ? order by id")
      .all(meetingId),
    approvals: sql()
      .prepare(
        "select side_id as sideId, version, approved_by_id as by from agenda_approvals where meeting_id = ? order by id",
      )
      .all(meetingId),
    materials: sql()
      .prepare("select id, title, file_id as fileId from materials where meeting_id = ? order by id")
      .all(meetingId),
    files: count("select count(*) as n from files"),
    outbox: count("select count(*) as n from outbox"),
    audit: count("select count(*) as n from audit_log"),
  };
}

const recipient = (m: ParsedMail) => (m.to && !Array.isArray(m.to) ? m.to.value.map((a) => a.address).join(", ") : "");
const calendarOf = (m: ParsedMail) => m.attachments.find((a) => a.contentType.startsWith("text/calendar"));

/** Waits until `n` letters of this meeting have reached the SMTP server (no more, no fewer), or fails clearly. */
async function lettersOfMeeting(n: number): Promise<ParsedMail[]> {
  const ofMeeting = (m: ParsedMail) =>
    calendarOf(m)?.content.toString("utf8").includes(`UID:meeting-${meetingId}@`) ?? false;
  const deadline = Date.now() + 20_000;
  for (;;) {
    const found = inbox.filter(ofMeeting);
    if (found.length >= n) return found;
    if (Date.now() > deadline)
      throw new Error(`${found.length} of ${n} letters about meeting ${meetingId} reached the SMTP server`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function signedInPage(email: string): Promise<Page> {
  const page = await newPage(platform.url);
  pages.push(page);
  await signInThroughForm(page, email, PASSWORD);
  return page;
}

/** Opens a tab of the meeting and waits for the frame to be there and its live updates to flow. */
async function openMeeting(page: Page, tab = "") {
  await page.goto(`/meetings/${meetingId}${tab}`);
  await page.getByRole("heading", { level: 1, name: `Заседание № ${meetingNumber}`, exact: true }).waitFor();
  await page.getByRole("status").filter({ hasText: "Обновляется в реальном времени" }).waitFor();
}

/** Waits for the POST a form of the meeting sends (single fetch: /meetings/<id>….data) and returns its answer. */
function meetingPost(page: Page) {
  return page.waitForResponse(
    (r) => r.request().method() === "POST" && new URL(r.url()).pathname.startsWith(`/meetings/${meetingId}`),
  );
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

const notice = (page: Page, text: string) => page.getByRole("status").filter({ hasText: text });
const approvalPanel = (page: Page) => page.getByRole("region", { name: "Утверждение повестки", exact: true });
const approveButton = (page: Page, side: string) =>
  page.getByRole("button", { name: `Утвердить за сторону «${side}»`, exact: true });
/** An item of the agenda (or a proposal): a list item named by its heading. */
const agendaItem = (page: Page, title: string) =>
  page
    .getByRole("main")
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { level: 3, name: title }) });

describe("a session of the RU–KZ working group, from its draft to a written opinion", { timeout: 120_000 }, () => {
  let cochair: Page;
  let member: Page;

  it("the Russian co-chair drafts the session and puts two questions on the agenda; the two co-chairs approve it for their sides (R2); then it is convened and the letters arrive", async () => {
    cochair = await signedInPage(COCHAIR_RU);
    const timezone = (sql().prepare("select timezone from bodies where id = ?").get(WG) as { timezone: string })
      .timezone;
    // 30 days ahead: the materials deadline (10 days before) is still far.
    const startsOn = addCalendarDays(localDateOf(new Date(), timezone), 30);

    await cochair.goto(`/bodies/${WG}`);
    await cochair.getByRole("main").getByRole("link", { name: "Созвать заседание", exact: true }).click();
    await cochair.waitForURL((url) => url.pathname === `/bodies/${WG}/meetings/new`);
    const title = cochair.getByRole("heading", { level: 2, name: /^Новое заседание № \d+$/ });
    await title.waitFor();
    meetingNumber = Number((await title.textContent())!.match(/№ (\d+)/)![1]);
    await expectNoSeriousA11yViolations(cochair, "the new-meeting form");

    await cochair.getByLabel("Дата", { exact: true }).fill(startsOn);
    await cochair.getByLabel("Время начала", { exact: true }).fill("10:30");
    await cochair.getByLabel("Продолжительность, минут", { exact: true }).fill("180");
    await cochair.getByLabel("Формат", { exact: true }).selectOption({ label: "в смешанном формате" });
    await cochair.getByLabel("Место проведения", { exact: true }).fill(PLACE);
    await cochair.getByLabel("Ссылка на видеоконференцию", { exact: true }).fill(VIDEO);
    await cochair.getByRole("button", { name: "Сохранить черновик", exact: true }).click();

    await cochair.waitForURL(
      (url) => /^\/meetings\/\d+\/edit$/.test(url.pathname) && url.searchParams.get("notice") === "created",
    );
    meetingId = Number(new URL(cochair.url()).pathname.split("/")[2]);
    await cochair.getByRole("heading", { level: 1, name: `Заседание № ${meetingNumber}`, exact: true }).waitFor();
    await notice(cochair, "Черновик сохранён. Составьте повестку и созовите заседание.").waitFor();
    expect(
      sql()
        .prepare(
          "select body_id as bodyId, number, status, format, place, video_link as videoLink, duration_minutes as duration from meetings where id = ?",
        )
        .get(meetingId),
    ).toEqual({
      bodyId: WG,
      number: meetingNumber,
      status: "draft",
      format: "hybrid",
      place: PLACE,
      videoLink: VIDEO,
      duration: 180,
    });
    expect(
      await cochair.getByRole("link", { name: "Подключиться по видеосвязи", exact: true }).getAttribute("href"),
    ).toBe(VIDEO);

    // The agenda, on its own tab.
    await cochair
      .getByRole("navigation", { name: "Разделы заседания" })
      .getByRole("link", { name: "Повестка и материалы", exact: true })
      .click();
    await cochair.waitForURL((url) => url.pathname === `/meetings/${meetingId}`);
    await cochair.getByText("В повестке пока нет вопросов.", { exact: true }).waitFor();
    const addForm = cochair.getByRole("region", { name: "Добавить вопрос", exact: true });
    for (const [index, item] of ITEMS.entries()) {
      await addForm.getByLabel("Формулировка вопроса", { exact: true }).fill(item);
      await addForm.getByLabel("Докладчики", { exact: true }).fill("Соколов А. В.");
      await addForm.getByLabel("Время на вопрос, минут", { exact: true }).fill("40");
      const answered = meetingPost(cochair);
      await addForm.getByRole("button", { name: "Добавить в повестку", exact: true }).click();
      expect((await answered).ok()).toBe(true);
      await cochair.getByRole("heading", { level: 3, name: `${index + 1}. ${item}`, exact: true }).waitFor();
    }
    await notice(cochair, "Вопрос добавлен в повестку. Повестку нужно утвердить заново.").waitFor();
    expect(
      sql()
        .prepare("select title, status, position from agenda_items where meeting_id = ? order by position")
        .all(meetingId),
    ).toEqual(ITEMS.map((t, i) => ({ title: t, status: "accepted", position: i + 1 })));
    await expectNoSeriousA11yViolations(cochair, "the agenda page, as the co-chair sees it");

    // R2 (3.2 б): not yet convenable: no side has approved the agenda, and the convene tab says who has not.
    const editTab = () =>
      cochair
        .getByRole("navigation", { name: "Разделы заседания" })
        .getByRole("link", { name: "Созыв и изменения", exact: true })
        .click();
    await editTab();
    await cochair.waitForURL((url) => url.pathname === `/meetings/${meetingId}/edit`);
    const convene = cochair.getByRole("region", { name: "Созыв", exact: true });
    await convene.getByText(`Ещё не утвердили: «${RU_SIDE}», «${KZ_SIDE}».`, { exact: false }).waitFor();
    expect(await convene.getByRole("button", { name: "Созвать заседание", exact: true }).count()).toBe(0);
    await expectNoSeriousA11yViolations(cochair, "the convene tab of a draft whose agenda is not approved");

    // Each co-chair approves for their own side, in their own browser.
    await openMeeting(cochair);
    let approved = meetingPost(cochair);
    await approveButton(cochair, RU_SIDE).click();
    expect((await approved).ok()).toBe(true);
    await notice(cochair, "Повестка утверждена вашей стороной. Ждём утверждения другой стороны.").waitFor();
    const kzChair = await signedInPage(COCHAIR_KZ);
    await openMeeting(kzChair);
    expect(await approveButton(kzChair, RU_SIDE).count()).toBe(0);
    approved = meetingPost(kzChair);
    await approveButton(kzChair, KZ_SIDE).click();
    expect((await approved).ok()).toBe(true);
    await notice(kzChair, "Повестка утверждена всеми сторонами.").waitFor();
    await expectNoSeriousA11yViolations(kzChair, "the agenda approved by both sides, before convening");
    expectNoPageErrors(kzChair);

    // Convening, on the «Созыв и изменения» tab: now offered.
    await editTab();
    await cochair.waitForURL((url) => url.pathname === `/meetings/${meetingId}/edit`);
    await convene.waitFor();
    await expectNoSeriousA11yViolations(cochair, "the convene tab of a draft");
    const outboxBefore = count("select count(*) as n from outbox");
    await convene.getByRole("button", { name: "Созвать заседание", exact: true }).click();
    await cochair.waitForURL(
      (url) => url.pathname === `/meetings/${meetingId}/edit` && url.searchParams.get("notice") === "convened",
    );
    await notice(cochair, `Заседание созвано. Писем с приглашением: ${LETTERS}.`).waitFor();
    expect(new URL(cochair.url()).searchParams.get("n")).toBe(String(LETTERS));
    expect(count("select count(*) as n from outbox") - outboxBefore).toBe(LETTERS);
    expect(sql().prepare("select status from meetings where id = ?").get(meetingId)).toEqual({ status: "convened" });
    // Convened: no second «Созвать», the badge says so.
    expect(await cochair.getByRole("region", { name: "Созыв", exact: true }).count()).toBe(0);
    await cochair.getByText("созвано", { exact: true }).waitFor();

    // The letters reach the real SMTP server: one per member, each with the invitation for the calendar.
    const letters = await lettersOfMeeting(LETTERS);
    expect(letters).toHaveLength(LETTERS);
    expect(new Set(letters.map(recipient)).size).toBe(LETTERS);
    const letter = letters.find((m) => recipient(m) === MEMBER_RU);
    expect(letter, `a letter for ${MEMBER_RU}`).toBeDefined();
    expect(letter!.subject).toMatch(new RegExp(`^Заседание № ${meetingNumber}: `));
    expect(letter!.text).toContain(`Созывается заседание № ${meetingNumber}`);
    expect(letter!.text).toContain(ITEMS[0]);
    expect(letter!.text).toContain(VIDEO);
    const ics = calendarOf(letter!)!;
    expect(ics.filename).toMatch(/\.ics$/);
    const calendar = ics.content.toString("utf8");
    expect(calendar).toContain("METHOD:REQUEST");
    expect(calendar).toContain("BEGIN:VEVENT");
    expect(calendar.replace(/\r\n[ \t]/g, "")).toContain(MEMBER_RU);
    expectNoPageErrors(cochair);
  });

  it("a Russian member proposes a question (first forgetting its title) and attaches a PDF (after a disguised file)", async () => {
    expect(meetingId).toBeGreaterThan(0);
    member = await signedInPage(MEMBER_RU);
    await openMeeting(member);
    for (const [index, item] of ITEMS.entries())
      await member.getByRole("heading", { level: 3, name: `${index + 1}. ${item}`, exact: true }).waitFor();
    // A member proposes; adding straight to the agenda is the co-chairs' business.
    expect(await member.getByRole("region", { name: "Добавить вопрос", exact: true }).count()).toBe(0);
    const proposeForm = member.getByRole("region", { name: "Предложить вопрос", exact: true });
    await proposeForm.waitFor();
    await expectNoSeriousA11yViolations(member, "the agenda page, as a member sees it");

    // The title forgotten: nothing is proposed, the error sits at the field and is tied to it.
    let before = meetingState();
    const titleField = proposeForm.getByLabel("Формулировка вопроса", { exact: true });
    let answered = meetingPost(member);
    await proposeForm.getByRole("button", { name: "Предложить", exact: true }).click();
    expect((await answered).status()).toBe(422);
    await proposeForm.locator(".field__error", { hasText: "Заполните это поле." }).waitFor();
    expect(await describedErrorOf(titleField)).toBe("Заполните это поле.");
    expect(meetingState()).toEqual(before);
    await expectNoSeriousA11yViolations(member, "the agenda page with an empty proposal");

    await titleField.fill(PROPOSAL);
    await proposeForm
      .getByLabel("Пояснение", { exact: true })
      .fill("Предлагаю обсудить порядок обмена сведениями между реестрами.");
    await proposeForm.getByLabel("Время на вопрос, минут", { exact: true }).fill("20");
    answered = meetingPost(member);
    await proposeForm.getByRole("button", { name: "Предложить", exact: true }).click();
    expect((await answered).ok()).toBe(true);
    await notice(member, "Предложение отправлено сопредседателям.").waitFor();
    const proposal = agendaItem(member, PROPOSAL);
    await proposal.getByText("предложен", { exact: true }).waitFor();
    expect(await describedErrorOf(titleField)).toBeNull();
    expect(
      sql()
        .prepare("select status, proposed_by_id as by from agenda_items where meeting_id = ? and title = ?")
        .get(meetingId, PROPOSAL),
    ).toEqual({
      status: "proposed",
      by: (sql().prepare("select id from users where email = ?").get(MEMBER_RU) as { id: number }).id,
    });

    // The material for the first question: first a program renamed to «отчёт.pdf», judged by its bytes and refused.
    const first = agendaItem(member, `1. ${ITEMS[0]}`);
    await first
      .getByText(/^Материалов пока нет; их ждут до конца дня \d{1,2} [а-я]+ \d{4} г\. по времени органа\.$/)
      .waitFor();
    await first.getByText("Приложить материал", { exact: true }).click();
    const materialForm = first.getByRole("form", { name: `Материал к вопросу «${ITEMS[0]}»`, exact: true });
    const file = materialForm.getByLabel("Файл", { exact: true });
    await file.waitFor();
    before = meetingState();
    await file.setInputFiles({ name: "отчёт.pdf", mimeType: "application/pdf", buffer: EXE });
    answered = meetingPost(member);
    await materialForm.getByRole("button", { name: "Приложить", exact: true }).click();
    expect((await answered).status()).toBe(422);
    const disguised = "Содержимое файла не соответствует его расширению: файл не принят.";
    await materialForm.locator(".field__error", { hasText: disguised }).waitFor();
    expect(await describedErrorOf(file)).toBe(disguised);
    expect(meetingState()).toEqual(before);
    await first
      .getByText(/^Материалов пока нет; их ждут до конца дня \d{1,2} [а-я]+ \d{4} г\. по времени органа\.$/)
      .waitFor();
    await expectNoSeriousA11yViolations(member, "the agenda page with a refused file");

    await materialForm.getByLabel("Название", { exact: true }).fill(MATERIAL_TITLE);
    await file.setInputFiles({ name: "Справка.pdf", mimeType: "application/pdf", buffer: PDF });
    answered = meetingPost(member);
    await materialForm.getByRole("button", { name: "Приложить", exact: true }).click();
    expect((await answered).ok()).toBe(true);
    await notice(member, "Материал приложен.").waitFor();
    const link = first.getByRole("link", { name: MATERIAL_TITLE, exact: true });
    await link.waitFor();
    const href = await link.getAttribute("href");
    expect(href).toMatch(new RegExp(`^/meetings/${meetingId}/materials/\\d+$`));
    const material = sql()
      .prepare(
        "select m.id, m.late, f.original_name as name, f.content_type as type, f.size from materials m join files f on f.id = m.file_id where m.meeting_id = ?",
      )
      .all(meetingId);
    expect(material).toEqual([
      { id: Number(href!.split("/").pop()), late: 0, name: "Справка.pdf", type: "application/pdf", size: PDF.length },
    ]);
    // The link gives back the very bytes that were attached.
    const download = await member.request.get(href!);
    expect(download.status()).toBe(200);
    expect(download.headers()["content-type"]).toBe("application/pdf");
    expect(Buffer.from(await download.body()).equals(PDF)).toBe(true);
    expectNoPageErrors(member);
  });

  it("the co-chairs take the proposal into the agenda and approve it, each for their side; a second approval is refused", async () => {
    expect(meetingId).toBeGreaterThan(0);
    await openMeeting(cochair);
    const proposal = agendaItem(cochair, PROPOSAL);
    await proposal.getByText("предложил(а): Орлов Дмитрий Павлович", { exact: true }).waitFor();
    let answered = meetingPost(cochair);
    await proposal.getByRole("button", { name: "Включить в повестку", exact: true }).click();
    expect((await answered).ok()).toBe(true);
    await notice(cochair, "Вопрос включён в повестку.").waitFor();
    await cochair.getByRole("heading", { level: 3, name: `3. ${PROPOSAL}`, exact: true }).waitFor();
    expect(await cochair.getByRole("heading", { level: 3, name: "Предложения в повестку", exact: true }).count()).toBe(
      0,
    );
    // The member's page follows without a reload: the proposal is now question 3.
    await member.getByRole("heading", { level: 3, name: `3. ${PROPOSAL}`, exact: true }).waitFor();

    // The Russian side approves; Kazakhstan has not yet.
    const panel = approvalPanel(cochair);
    await panel.getByText("Повестка ещё не утверждена.", { exact: true }).waitFor();
    // A co-chair approves for their own side only.
    expect(await approveButton(cochair, KZ_SIDE).count()).toBe(0);
    answered = meetingPost(cochair);
    await approveButton(cochair, RU_SIDE).click();
    expect((await answered).ok()).toBe(true);
    await notice(cochair, "Повестка утверждена вашей стороной. Ждём утверждения другой стороны.").waitFor();
    await panel.getByText("Повестка ещё не утверждена.", { exact: true }).waitFor();
    const ruEntry = panel.getByRole("listitem").filter({ hasText: RU_SIDE });
    const kzEntry = panel.getByRole("listitem").filter({ hasText: KZ_SIDE });
    await ruEntry.getByText(/^утвердил\(а\) Соколов Андрей Викторович, сопредседатель, /).waitFor();
    // Kazakhstan approved the version it convened with; the question taken in since needs its approval again.
    await kzEntry
      .getByText(/^Сарсенбаев Ерлан Бакытжанович утверждал\(а\) редакцию \d+; после изменений нужно утвердить снова$/)
      .waitFor();
    const version = (
      sql().prepare("select agenda_version as v from meetings where id = ?").get(meetingId) as { v: number }
    ).v;

    // A second approval of the same version is not offered…
    expect(await approveButton(cochair, RU_SIDE).count()).toBe(0);
    expect(await approveButton(cochair, KZ_SIDE).count()).toBe(0);
    // … and one sent by hand, from the co-chair's own session and with the platform's Origin, is refused in Russian.
    const before = meetingState();
    const ruSideId = (
      sql().prepare("select id from sides where body_id = ? and name = ?").get(WG, RU_SIDE) as { id: number }
    ).id;
    const forged = await cochair.request.post(`/meetings/${meetingId}?index`, {
      form: { intent: "approve", sideId: String(ruSideId) },
      headers: { Origin: platform.url },
      maxRedirects: 0,
    });
    expect(forged.status()).toBe(409);
    expect(await forged.text()).toContain("Ваша сторона уже утвердила эту редакцию повестки.");
    expect(meetingState()).toEqual(before);

    // Kazakhstan approves in its co-chair's own browser: the agenda is approved by every side.
    const kz = await signedInPage(COCHAIR_KZ);
    await openMeeting(kz);
    const kzPanel = approvalPanel(kz);
    await kzPanel.getByText("Повестка ещё не утверждена.", { exact: true }).waitFor();
    expect(await approveButton(kz, RU_SIDE).count()).toBe(0);
    answered = meetingPost(kz);
    await approveButton(kz, KZ_SIDE).click();
    expect((await answered).ok()).toBe(true);
    await notice(kz, "Повестка утверждена всеми сторонами.").waitFor();
    await kzPanel.getByText("Повестка утверждена всеми сторонами.", { exact: true }).waitFor();
    await kzPanel
      .getByRole("listitem")
      .filter({ hasText: KZ_SIDE })
      .getByText(/^утвердил\(а\) Сарсенбаев Ерлан Бакытжанович, сопредседатель, /)
      .waitFor();
    expect(await approveButton(kz, KZ_SIDE).count()).toBe(0);
    // The Russian co-chair sees it too, without reloading.
    await panel.getByText("Повестка утверждена всеми сторонами.", { exact: true }).waitFor();
    expect(
      sql()
        .prepare(
          "select side_id as sideId, version, capacity from agenda_approvals where meeting_id = ? and version = ? order by id",
        )
        .all(meetingId, version),
    ).toEqual([
      { sideId: ruSideId, version, capacity: "co_chair" },
      { sideId: expect.any(Number), version, capacity: "co_chair" },
    ]);
    await expectNoSeriousA11yViolations(kz, "the approved agenda, as the Kazakh co-chair sees it");
    expectNoPageErrors(kz);
    expectNoPageErrors(cochair);
    expectNoPageErrors(member);
  });

  it("a Kazakh member who will be absent says so and sends a written opinion on one question", async () => {
    expect(meetingId).toBeGreaterThan(0);
    const page = await signedInPage(MEMBER_KZ);
    await openMeeting(page, "/participants");
    const answer = page.getByRole("region", { name: "Мой ответ на приглашение", exact: true });
    await answer.getByText("Вы ещё не ответили.", { exact: true }).waitFor();
    const opinionCard = page.getByRole("region", { name: "Письменное мнение", exact: true });
    await opinionCard
      .getByText("Если вы не сможете присутствовать, ответьте «Буду отсутствовать»", { exact: false })
      .waitFor();

    await answer.getByLabel("Буду отсутствовать", { exact: true }).check();
    let answered = meetingPost(page);
    await answer.getByRole("button", { name: "Отправить ответ", exact: true }).click();
    expect((await answered).ok()).toBe(true);
    await notice(page, "Ответ сохранён. Ниже вы можете направить письменное мнение по вопросам повестки.").waitFor();
    await answer.getByText("Ваш ответ: будет отсутствовать.", { exact: true }).waitFor();
    const userId = (sql().prepare("select id from users where email = ?").get(MEMBER_KZ) as { id: number }).id;
    expect(
      sql().prepare("select answer from rsvps where meeting_id = ? and user_id = ?").get(meetingId, userId),
    ).toEqual({ answer: "absent" });

    // The opinion form, with the three questions of the approved agenda to choose from.
    const text = opinionCard.getByLabel("Текст мнения", { exact: true });
    await text.waitFor();
    for (const [index, item] of [...ITEMS, PROPOSAL].entries())
      await opinionCard.getByRole("checkbox", { name: `${index + 1}. ${item}`, exact: true }).waitFor();
    await expectNoSeriousA11yViolations(page, "the participants tab with the opinion form");

    await text.fill(OPINION);
    await opinionCard.getByRole("checkbox", { name: `2. ${ITEMS[1]}`, exact: true }).check();
    answered = meetingPost(page);
    await opinionCard.getByRole("button", { name: "Отправить мнение", exact: true }).click();
    expect((await answered).ok()).toBe(true);
    await notice(page, "Письменное мнение отправлено.").waitFor();
    const mine = opinionCard.getByRole("article", { name: "Ваше мнение", exact: true });
    await mine.getByText(OPINION, { exact: true }).waitFor();
    await mine.getByText(/^Отправлено /).waitFor();
    expect(await mine.getByRole("listitem").allTextContents()).toEqual([`2. ${ITEMS[1]}`]);
    const opinion = sql()
      .prepare(
        "select id, text, file_id as fileId, read_out_at as readOutAt from written_opinions where meeting_id = ? and author_id = ?",
      )
      .get(meetingId, userId) as { id: number };
    expect(opinion).toEqual({ id: expect.any(Number), text: OPINION, fileId: null, readOutAt: null });
    const itemId = (
      sql().prepare("select id from agenda_items where meeting_id = ? and title = ?").get(meetingId, ITEMS[1]) as {
        id: number;
      }
    ).id;
    expect(
      sql().prepare("select agenda_item_id as itemId from written_opinion_items where opinion_id = ?").all(opinion.id),
    ).toEqual([{ itemId }]);
    // In the roll the member's answer is shown to everyone.
    await page.getByRole("main").getByText("будет отсутствовать", { exact: true }).first().waitFor();
    await expectNoSeriousA11yViolations(page, "the participants tab with a submitted opinion");
    expectNoPageErrors(page);
  });
});
