import { eq } from "drizzle-orm";
import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProsemirrorJSON } from "@tiptap/y-tiptap";
import { type BrowserContext, type Page } from "playwright-core";
import * as Y from "yjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROTOCOL_FRAGMENT } from "~/lib/protocol-room";
import { protocolSchema } from "~/lib/protocol-schema";
import { ensureProtocolDraft } from "../../db/protocols/draft";
import { users } from "../../db/schema/accounts";
import {
  closeBrowser,
  closePage,
  expectNoPageErrors,
  expectNoSeriousA11yViolations,
  newPage,
  signInThroughForm,
} from "../support/browser";
import { startTestPlatform } from "../support/platform";

// The live protocol in real Chromium against the real server and its collaboration socket: the Russian and the
// Kazakh secretaries write the draft of meeting № 2 together and see each other's text and cursors; a member
// follows it read-only; an edit made offline survives a reload and reaches the server when the connection returns.

const MEETING = 2;
const SECRETARY_RU = "secretary.ru@example.org";
const SECRETARY_KZ = "secretary.kz@example.org";
const MEMBER = "member1.kz@example.org";
const OPENING = "Проект протокола второго заседания рабочей группы";

let platform: Awaited<ReturnType<typeof startTestPlatform>>;
const pages: Page[] = [];
const nameOf = (email: string) => platform.services.db.select().from(users).where(eq(users.email, email)).get()!.name;

/** The text of the protocol as the server holds it (the collaboration server's document, or the database). */
function serverText(): string {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, platform.services.protocols.state(MEETING));
  const json = JSON.stringify(yXmlFragmentToProsemirrorJSON(doc.getXmlFragment(PROTOCOL_FRAGMENT)));
  doc.destroy();
  return json;
}

beforeAll(async () => {
  platform = await startTestPlatform();
  ensureProtocolDraft(platform.services.db, MEETING);
  platform.services.protocols.change(MEETING, null, (doc) => {
    const fragment = doc.getXmlFragment(PROTOCOL_FRAGMENT);
    if (fragment.length > 0) fragment.delete(0, fragment.length);
    const json = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: OPENING }] }] };
    prosemirrorJSONToYXmlFragment(protocolSchema(), json, fragment);
  });
});
afterAll(async () => {
  for (const page of pages) await closePage(page);
  await closeBrowser();
  await platform?.close();
});

/** Signs in in a fresh browser context and opens the protocol; resolves once the live editor is connected. */
async function protocolPage(email: string, prepare?: (context: BrowserContext) => Promise<void>): Promise<Page> {
  const page = await newPage(platform.url);
  pages.push(page);
  await prepare?.(page.context());
  await signInThroughForm(page, email);
  await page.goto(`/meetings/${MEETING}/protocol`);
  await page.getByRole("heading", { level: 2, name: "Черновик протокола", exact: true }).waitFor();
  await text(page).getByText(OPENING).waitFor();
  return page;
}

const text = (page: Page) => page.getByRole("textbox", { name: "Текст протокола", exact: true });
const status = (page: Page, message: string) => page.getByRole("status").filter({ hasText: message }).first();
const SAVED = "Все изменения сохранены на сервере";
const OFFLINE = "Нет связи — правки сохраняются в этом браузере и будут отправлены при подключении";

/** Puts the caret at the end of the text and types a new paragraph, as a person would. */
async function typeParagraph(page: Page, words: string) {
  await text(page).click();
  await page.keyboard.press("Control+End");
  await page.keyboard.press("Enter");
  await page.keyboard.type(words);
}

describe("the live protocol in Chromium", { timeout: 120_000 }, () => {
  it("the RU and KZ secretaries write together and see each other's text, cursors and presence", async () => {
    const ru = await protocolPage(SECRETARY_RU);
    const kz = await protocolPage(SECRETARY_KZ);
    await status(ru, SAVED).waitFor();
    await status(kz, SAVED).waitFor();
    // Both are in the document, each with their side.
    for (const page of [ru, kz]) {
      const presence = page.getByRole("region", { name: "В документе", exact: true });
      await presence.getByText(nameOf(SECRETARY_RU), { exact: false }).waitFor();
      await presence.getByText(nameOf(SECRETARY_KZ), { exact: false }).waitFor();
    }

    await typeParagraph(ru, "СЛУШАЛИ: Соколова А. В. о ходе гармонизации классификаторов.");
    await text(kz).getByText("СЛУШАЛИ: Соколова А. В. о ходе гармонизации классификаторов.").waitFor();
    await typeParagraph(kz, "ВЫСТУПИЛИ: Омарова Д. С.");
    await text(ru).getByText("ВЫСТУПИЛИ: Омарова Д. С.").waitFor();

    // Each sees the other's cursor, labelled with their name.
    await ru.locator(".collaboration-carets__label", { hasText: nameOf(SECRETARY_KZ) }).waitFor();
    await kz.locator(".collaboration-carets__label", { hasText: nameOf(SECRETARY_RU) }).waitFor();
    // The cursors are in the sides' colours: two different ones.
    const colourOf = (page: Page, email: string) =>
      page
        .locator(".collaboration-carets__label", { hasText: nameOf(email) })
        .evaluate((label) => getComputedStyle(label).backgroundColor);
    expect(await colourOf(ru, SECRETARY_KZ)).not.toBe(await colourOf(kz, SECRETARY_RU));

    // Once the server has stored everything, the page says so; the server has both paragraphs.
    await status(ru, SAVED).waitFor();
    await status(kz, SAVED).waitFor();
    expect(serverText()).toContain("СЛУШАЛИ: Соколова А. В. о ходе гармонизации классификаторов.");
    expect(serverText()).toContain("ВЫСТУПИЛИ: Омарова Д. С.");

    // The toolbar's buttons say what they are and whether they are on.
    await ru.getByRole("button", { name: "Полужирный", exact: true, pressed: false }).click();
    await ru.keyboard.type(" Решение принято.");
    await ru.getByRole("button", { name: "Полужирный", exact: true, pressed: true }).waitFor();
    await text(kz).locator("strong", { hasText: "Решение принято." }).waitFor();

    expectNoPageErrors(ru);
    expectNoPageErrors(kz);
    await expectNoSeriousA11yViolations(ru, "the protocol, as the RU secretary writes it");
  });

  it("a member follows the text read-only: no toolbar, not editable, and told why", async () => {
    const member = await protocolPage(MEMBER);
    await text(member).getByText("ВЫСТУПИЛИ: Омарова Д. С.").waitFor();
    await member
      .getByText("Вы читаете черновик; вносить изменения могут секретари и сопредседатели.", { exact: true })
      .waitFor();
    expect(await member.getByRole("toolbar").count()).toBe(0);
    expect(await text(member).getAttribute("contenteditable")).toBe("false");
    await status(member, "Текст обновляется в реальном времени").waitFor();
    expectNoPageErrors(member);
    await expectNoSeriousA11yViolations(member, "the protocol, as a member reads it");
  });

  it("a member comments on a passage; the secretary sees it live, finds the passage and resolves it", async () => {
    const member = await protocolPage(MEMBER);
    const secretary = await protocolPage(SECRETARY_KZ);
    const comments = (page: Page) => page.getByRole("region", { name: "Замечания", exact: true });
    await comments(secretary).getByText("Открытых замечаний нет.").waitFor();

    // The member selects the opening sentence (read-only text can still be selected) and comments on it.
    await text(member).getByText(OPENING, { exact: true }).selectText();
    await comments(member).getByText(`Фрагмент: ${OPENING}`).waitFor();
    await comments(member).getByLabel("Текст замечания", { exact: true }).fill("Указать номер и дату заседания.");
    await comments(member).getByRole("button", { name: "Добавить замечание", exact: true }).click();

    // The secretary's list is refreshed by the live stream: no reload.
    const card = comments(secretary).getByRole("listitem").filter({ hasText: "Указать номер и дату заседания." });
    await card.getByText(`«${OPENING}»`).waitFor();
    await card.getByText(nameOf(MEMBER), { exact: false }).waitFor();
    await card.getByRole("button", { name: "Показать в тексте", exact: true }).click();
    await text(secretary).locator(".protocol-comment-mark", { hasText: OPENING }).waitFor();
    await expectNoSeriousA11yViolations(secretary, "the protocol with a comment, as a secretary sees it");

    await card.getByRole("button", { name: "Снять замечание", exact: true }).click();
    await comments(secretary).getByText("Снятые замечания (1)").waitFor();
    await comments(member).getByText("Снятые замечания (1)").waitFor();
    // A member may comment but not resolve.
    expect(await comments(member).getByRole("button", { name: "Снять замечание" }).count()).toBe(0);
    expectNoPageErrors(member);
    expectNoPageErrors(secretary);
  });

  it("an edit made offline survives a reload and reaches the server when the connection returns", async () => {
    // The collaboration socket can be held back while the page itself still loads (a reload needs the network).
    let socketAllowed = true;
    const secretary = await protocolPage(SECRETARY_RU, (context) =>
      context.routeWebSocket(/\/collab\//, (socket) => {
        if (socketAllowed) socket.connectToServer();
        else socket.close({ code: 1000, reason: "network down" });
      }),
    );
    await status(secretary, SAVED).waitFor();
    const context = secretary.context();

    await context.setOffline(true);
    socketAllowed = false;
    await status(secretary, OFFLINE).waitFor();
    await text(secretary).click();
    await secretary.keyboard.press("Control+End");
    await secretary.keyboard.press("Enter");
    await secretary.keyboard.insertText("РЕШИЛИ: одобрить проект соглашения (правка без связи).");
    await status(secretary, OFFLINE).waitFor();
    expect(serverText()).not.toContain("правка без связи");
    // A read of the browser's copy, queued after the write of the edit, resolves once that write is committed.
    const store = `protocol-${MEETING}-user-${platform.services.db.select().from(users).where(eq(users.email, SECRETARY_RU)).get()!.id}`;
    const kept = await secretary.evaluate(
      (name) =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open(name);
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const count = open.result.transaction("updates", "readonly").objectStore("updates").count();
            count.onsuccess = () => resolve(count.result);
            count.onerror = () => reject(count.error);
          };
        }),
      store,
    );
    expect(kept).toBeGreaterThan(0);

    // The page comes back (the network for pages is back, the socket still is not): the edit is still there.
    await context.setOffline(false);
    await secretary.reload();
    await text(secretary).getByText("РЕШИЛИ: одобрить проект соглашения (правка без связи).").waitFor();
    await status(secretary, OFFLINE).waitFor();
    expect(serverText()).not.toContain("правка без связи");

    // The connection returns: the edit goes to the server, and the page says it is saved there.
    socketAllowed = true;
    await secretary.evaluate(() => window.dispatchEvent(new Event("online")));
    await status(secretary, SAVED).waitFor();
    expect(serverText()).toContain("РЕШИЛИ: одобрить проект соглашения (правка без связи).");
    // Another client sees it too.
    const kz = await protocolPage(SECRETARY_KZ);
    await text(kz).getByText("РЕШИЛИ: одобрить проект соглашения (правка без связи).").waitFor();
    expectNoPageErrors(secretary);
  });
});
