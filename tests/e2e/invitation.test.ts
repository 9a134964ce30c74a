import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  closeBrowser,
  closePage,
  expectNoPageErrors,
  expectNoSeriousA11yViolations,
  newPage,
} from "../support/browser";
import { startTestPlatform } from "../support/platform";
import { linkIn, startSmtpServer } from "../support/smtp";

// The story of the issue, in real Chromium against the real server and a real SMTP server: an administrator
// invites a colleague, the invitation arrives by e-mail, the colleague sets a password, works in English,
// and comes back another day; the audit log tells the story and its chain holds.

const ADMIN = { email: "admin@example.org", password: "demo-password", name: "Миронова Ольга Сергеевна" };
const INVITEE = {
  email: "anna.petrova@example.net",
  name: "Петрова Анна Игоревна",
  password: "тихий дон течёт к морю",
};
const ORGANISATION = "Национальное агентство развития квалификаций";

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let platform: Awaited<ReturnType<typeof startTestPlatform>>;
let invitationLink = "";
let inviteeId = 0;

beforeAll(async () => {
  smtp = await startSmtpServer();
  platform = await startTestPlatform({ smtpUrl: smtp.url });
});
afterAll(async () => {
  await closeBrowser();
  await platform?.close();
  await smtp?.close();
});

const pathOf = (url: URL) => url.pathname + url.search;

async function heading(page: Page, name: string) {
  await page.getByRole("heading", { level: 1, name }).waitFor();
}

async function signIn(page: Page, email: string, password: string, submit: string) {
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.getByRole("button", { name: submit, exact: true }).click();
  await page.waitForURL((url) => url.pathname === "/");
}

/** The next message at the SMTP server, or a clear failure instead of a silent wait. */
function nextMail(seconds: number) {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no e-mail reached the SMTP server within ${seconds} s`)),
      seconds * 1000,
    );
  });
  return Promise.race([smtp.nextMessage(), deadline]).finally(() => clearTimeout(timer));
}

describe(
  "an invitation, from the administrator's form to the new colleague's second visit",
  { timeout: 60_000 },
  () => {
    it("the administrator signs in and sends an invitation from /admin/users", async () => {
      const page = await newPage(platform.url);
      await page.goto("/login");
      await heading(page, "Вход");
      expect(await page.locator("html").getAttribute("lang")).toBe("ru");
      await expectNoSeriousA11yViolations(page, "the sign-in page");

      await signIn(page, ADMIN.email, ADMIN.password, "Войти");
      await heading(page, `Здравствуйте, ${ADMIN.name}`);
      await page.getByRole("img", { name: /^Учётные записи: активен \d+, приглашён \d+, отключён \d+$/ }).waitFor();
      await expectNoSeriousA11yViolations(page, "the administrator's home page");

      await page.goto("/admin/users");
      await heading(page, "Пользователи");
      await expectNoSeriousA11yViolations(page, "the users page");

      const form = page.getByRole("region", { name: "Пригласить пользователя" });
      await form.getByLabel("Электронная почта").fill(INVITEE.email);
      await form.getByLabel("Фамилия, имя, отчество").fill(INVITEE.name);
      const organisation = form.getByLabel("Организация");
      const value = await organisation.locator("option", { hasText: ORGANISATION }).getAttribute("value");
      expect(value).toMatch(/^\d+$/);
      await organisation.selectOption(value!);
      await form.getByRole("button", { name: "Отправить приглашение" }).click();

      await page.waitForURL((url) => /^\/admin\/users\/\d+\?notice=invited$/.test(pathOf(url)));
      inviteeId = Number(new URL(page.url()).pathname.split("/").pop());
      await heading(page, INVITEE.name);
      await page.getByRole("status").filter({ hasText: "Приглашение отправлено." }).waitFor();
      await page.getByText("приглашён", { exact: true }).waitFor();
      await expectNoSeriousA11yViolations(page, "the invited user's page");

      // The invitation reaches the real SMTP server, addressed to the invitee, with a working link.
      const mail = await nextMail(15);
      expect(mail.subject).toBe("Приглашение на платформу сотрудничества");
      expect(mail.to && !Array.isArray(mail.to) ? mail.to.value.map((a) => a.address) : []).toEqual([INVITEE.email]);
      expect(mail.text).toContain(`Здравствуйте, ${INVITEE.name}!`);
      expect(mail.text).toContain(ADMIN.name);
      invitationLink = linkIn(mail, `${platform.url}/invite/`);

      await page.getByRole("banner").getByRole("button", { name: "Выйти" }).click();
      await page.waitForURL((url) => pathOf(url) === "/login?notice=signedOut");
      await page.getByText("Вы вышли из системы.").waitFor();
      await expectNoSeriousA11yViolations(page, "the sign-in page after signing out");
      expectNoPageErrors(page);
      await closePage(page);
    });

    it("the invitee opens the link, sets a password and lands signed in on the home page", async () => {
      expect(invitationLink).not.toBe("");
      const page = await newPage(platform.url);
      await page.goto(invitationLink);
      await heading(page, "Приглашение на платформу");
      await page.getByText(INVITEE.email, { exact: false }).first().waitFor();
      expect(await page.locator('input[name="name"]').inputValue()).toBe(INVITEE.name);
      await expectNoSeriousA11yViolations(page, "the invitation page");

      await page.locator('input[name="password"]').fill(INVITEE.password);
      await page.locator('input[name="confirm"]').fill(INVITEE.password);
      await page.getByRole("button", { name: "Задать пароль и войти" }).click();

      await page.waitForURL((url) => pathOf(url) === "/?notice=welcome");
      await heading(page, `Здравствуйте, ${INVITEE.name}`);
      await page.getByText("Пароль задан. Добро пожаловать на платформу!").waitFor();
      // An ordinary member: no administration in the header.
      expect(
        await page
          .getByRole("navigation", { name: "Разделы платформы" })
          .getByRole("link", { name: "Администрирование" })
          .count(),
      ).toBe(0);
      await expectNoSeriousA11yViolations(page, "the home page (Russian)");

      // The header's switcher: the interface turns English at once.
      const english = page.getByRole("banner").getByRole("button", { name: "English" });
      expect(await english.getAttribute("aria-pressed")).toBe("false");
      await english.click();
      await page.locator('html[lang="en"]').waitFor({ state: "attached" });
      await heading(page, `Hello, ${INVITEE.name}`);
      await page.getByRole("banner").getByRole("button", { name: "Sign out" }).waitFor();
      expect(await english.getAttribute("aria-pressed")).toBe("true");
      expect(
        await page.getByRole("navigation", { name: "Platform areas" }).getByRole("link", { name: "Home" }).count(),
      ).toBe(1);
      await expectNoSeriousA11yViolations(page, "the home page (English)");

      // The profile shows the choice as saved.
      await page.getByRole("banner").getByRole("link", { name: INVITEE.name }).click();
      await page.waitForURL((url) => url.pathname === "/profile");
      await heading(page, "Profile");
      expect(await page.getByLabel("Language", { exact: true }).inputValue()).toBe("en");
      expect(await page.getByLabel("Organisation", { exact: true }).locator("option:checked").textContent()).toContain(
        ORGANISATION,
      );
      await expectNoSeriousA11yViolations(page, "the profile page");
      const row = platform.services.db.$client.prepare("select status, locale from users where id = ?").get(inviteeId);
      expect(row).toEqual({ status: "active", locale: "en" });

      // Signing out, in English.
      await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
      await page.waitForURL((url) => pathOf(url) === "/login?notice=signedOut");
      await page.getByText("You have signed out.").waitFor();

      // Another day, another browser of the same Russian-speaking person (no cookies at all): the sign-in page
      // is Russian, and once signed in with the new password the interface is English again, from the profile.
      await page.context().clearCookies();
      await page.goto("/login");
      await heading(page, "Вход");
      await signIn(page, INVITEE.email, INVITEE.password, "Войти");
      await heading(page, `Hello, ${INVITEE.name}`);
      expect(await page.locator("html").getAttribute("lang")).toBe("en");
      await page.getByRole("banner").getByRole("button", { name: "Sign out" }).waitFor();
      expectNoPageErrors(page);
      await closePage(page);
    });

    it("the audit log shows the invitation and its acceptance, and its hash chain is verified", async () => {
      expect(inviteeId).toBeGreaterThan(0);
      const page = await newPage(platform.url);
      await page.goto("/admin/audit");
      // Not signed in: sent to sign in, and back to the audit log afterwards.
      await page.waitForURL(
        (url) => url.pathname === "/login" && url.searchParams.get("redirectTo") === "/admin/audit",
      );
      await page.locator('input[name="email"]').fill(ADMIN.email);
      await page.locator('input[name="password"]').fill(ADMIN.password);
      await page.getByRole("button", { name: "Войти", exact: true }).click();
      await page.waitForURL((url) => url.pathname === "/admin/audit");
      await heading(page, "Журнал аудита");

      await page
        .getByRole("status")
        .filter({ hasText: /^Цепочка проверена: \d+ запис(ь|и|ей), все хеши сходятся\.$/ })
        .waitFor();
      const rows = page.getByRole("row");
      const invited = rows.filter({ hasText: "Приглашение пользователя" }).filter({ hasText: `user ${inviteeId}` });
      const accepted = rows.filter({ hasText: "Приглашение принято" }).filter({ hasText: `user ${inviteeId}` });
      expect(await invited.count()).toBe(1);
      expect(await accepted.count()).toBe(1);
      expect(await invited.getByRole("cell").nth(2).textContent()).toBe(ADMIN.name);
      expect(await invited.textContent()).toContain(INVITEE.email);
      expect(await accepted.getByRole("cell").nth(2).textContent()).toBe(INVITEE.name);
      // Newest first: the acceptance comes after the invitation.
      const seqOf = async (row: typeof invited) => Number(await row.getByRole("cell").first().textContent());
      expect(await seqOf(accepted)).toBeGreaterThan(await seqOf(invited));
      await expectNoSeriousA11yViolations(page, "the audit log");
      expectNoPageErrors(page);
      await closePage(page);
    });
  },
);
