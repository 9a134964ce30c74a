import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  closeBrowser,
  closePage,
  expectNoPageErrors,
  expectNoSeriousA11yViolations,
  newPage,
} from "../support/browser";
import { TestClient } from "../support/http";
import { startTestPlatform } from "../support/platform";
import { linkIn, startSmtpServer } from "../support/smtp";

// Mistakes as a person makes them, in real Chromium: a password that is too short, two that differ, an
// address with a typo; and a person who signs in with the keyboard alone.

const ADMIN = { email: "admin@example.org", password: "demo-password", name: "Миронова Ольга Сергеевна" };
const INVITEE = { email: "ivan.sidorov@example.net", name: "Сидоров Иван Петрович" };

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let platform: Awaited<ReturnType<typeof startTestPlatform>>;

beforeAll(async () => {
  smtp = await startSmtpServer();
  platform = await startTestPlatform({ smtpUrl: smtp.url });
});
afterAll(async () => {
  await closeBrowser();
  await platform?.close();
  await smtp?.close();
});

async function heading(page: Page, name: string) {
  await page.getByRole("heading", { level: 1, name }).waitFor();
}

/** The field's error, found the way a screen reader finds it: through the input's aria-describedby. */
async function describedErrorOf(page: Page, selector: string): Promise<string | null> {
  return page.locator(selector).evaluate((input) => {
    if (input.getAttribute("aria-invalid") !== "true") return null;
    const ids = (input.getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean);
    const error = ids.map((id) => document.getElementById(id)).find((el) => el?.classList.contains("field__error"));
    return error?.textContent ?? null;
  });
}

function inviteeRow() {
  return platform.services.db.$client
    .prepare(
      `select u.status, u.password_hash as passwordHash,
              (select count(*) from sessions s where s.user_id = u.id) as sessions,
              (select count(*) from email_tokens t where t.user_id = u.id and t.purpose = 'invitation' and t.used_at is null) as unspentLinks
         from users u where u.email = ?`,
    )
    .get(INVITEE.email);
}

describe("a too-short password on the invitation page", { timeout: 60_000 }, () => {
  let link = "";

  beforeAll(async () => {
    // The administrator's part is not under test here: it goes over plain HTTP, as a browser would send it.
    const admin = new TestClient(platform.url);
    await admin.signIn(ADMIN.email, ADMIN.password);
    const invited = await admin.post("/admin/users", {
      email: INVITEE.email,
      name: INVITEE.name,
      organisationId: "",
      position: "",
      locale: "ru",
    });
    expect(invited.status).toBe(302);
    expect(invited.headers.get("location")).toMatch(/^\/admin\/users\/\d+\?notice=invited$/);
    link = linkIn(await smtp.nextMessage(), `${platform.url}/invite/`);
  });

  it("shows the Russian message at the field, and the account stays invited with its link unspent", async () => {
    const page = await newPage(platform.url);
    await page.goto(link);
    await heading(page, "Приглашение на платформу");
    const invitePath = new URL(page.url()).pathname;

    await page.locator('input[name="password"]').fill("короткий123"); // 11 characters: one too few
    await page.locator('input[name="confirm"]').fill("короткий123");
    await page.getByRole("button", { name: "Задать пароль и войти" }).click();

    await page.getByText("Пароль слишком короткий: нужно не меньше 12 символов.").waitFor();
    expect(await describedErrorOf(page, 'input[name="password"]')).toBe(
      "Пароль слишком короткий: нужно не меньше 12 символов.",
    );
    expect(new URL(page.url()).pathname).toBe(invitePath);
    expect((await page.context().cookies()).map((c) => c.name)).not.toContain("session");
    expect(inviteeRow()).toEqual({ status: "invited", passwordHash: null, sessions: 0, unspentLinks: 1 });
    await expectNoSeriousA11yViolations(page, "the invitation page with a password error");

    // Two different passwords: told so at the second field; still nothing changes.
    await page.locator('input[name="password"]').fill("длинный и надёжный пароль");
    await page.locator('input[name="confirm"]').fill("длинный и надёжный парол");
    await page.getByRole("button", { name: "Задать пароль и войти" }).click();
    await page.getByText("Пароли не совпадают.").waitFor();
    expect(await describedErrorOf(page, 'input[name="confirm"]')).toBe("Пароли не совпадают.");
    expect(await page.getByText("Пароль слишком короткий").count()).toBe(0);
    expect(inviteeRow()).toEqual({ status: "invited", passwordHash: null, sessions: 0, unspentLinks: 1 });

    // The mistakes did not burn the link: a good password now opens the platform.
    await page.locator('input[name="password"]').fill("длинный и надёжный пароль");
    await page.locator('input[name="confirm"]').fill("длинный и надёжный пароль");
    await page.getByRole("button", { name: "Задать пароль и войти" }).click();
    await page.waitForURL((url) => url.pathname === "/" && url.searchParams.get("notice") === "welcome");
    await heading(page, `Здравствуйте, ${INVITEE.name}`);
    expect(inviteeRow()).toMatchObject({ status: "active", sessions: 1, unspentLinks: 0 });
    expectNoPageErrors(page);
    await closePage(page);
  });
});

describe("a mistyped address on the forgot-password page", { timeout: 60_000 }, () => {
  it("is explained under the field, which is labelled as an e-mail field", async () => {
    const page = await newPage(platform.url);
    await page.goto("/login");
    await page.getByRole("link", { name: "Забыли пароль?" }).click();
    await page.waitForURL((url) => url.pathname === "/forgot-password");
    await heading(page, "Восстановление пароля");
    await page.getByLabel("Электронная почта", { exact: true }).fill("ivanov@example");
    await page.getByRole("button", { name: "Прислать ссылку" }).click();
    await page.getByText("Укажите адрес электронной почты, например ivanov@example.org.").waitFor();
    expect(await describedErrorOf(page, 'input[name="email"]')).toBe(
      "Укажите адрес электронной почты, например ivanov@example.org.",
    );
    expect(await page.getByRole("status").count()).toBe(0);
    await expectNoSeriousA11yViolations(page, "the forgot-password page with an error");
    expectNoPageErrors(page);
    await closePage(page);
  });
});

describe("the keyboard alone", { timeout: 60_000 }, () => {
  /** A short name for what has the focus: "input email", "button Войти", "a Перейти к содержанию". */
  const focused = (page: Page) =>
    page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return "body";
      return `${el.tagName.toLowerCase()} ${el.getAttribute("name") === "email" || el.getAttribute("name") === "password" ? el.getAttribute("name") : (el.textContent ?? "").trim()}`;
    });

  it("signs in: Tab from the top of the page to the fields, type, Enter", async () => {
    const page = await newPage(platform.url);
    await page.goto("/login");
    await heading(page, "Вход");
    // The sign-in page puts the caret in the address field at once.
    expect(await focused(page)).toBe("input email");

    // From the top of the page (Tab past the end wraps round to it), the order of the stops is the order a
    // sighted reader sees: skip link, home, the library (open without an account, issue 11), languages, then the form.
    const stops: string[] = [];
    for (let i = 0; i < 20 && stops.at(-1) !== "a Перейти к содержанию"; i++) {
      await page.keyboard.press("Tab");
      stops.push(await focused(page));
    }
    expect(stops.at(-1), `Tab never reached the skip link: ${stops.join(" → ")}`).toBe("a Перейти к содержанию");
    const order = [stops.at(-1)!];
    while (order.at(-1) !== "input email" && order.length < 10) {
      await page.keyboard.press("Tab");
      order.push(await focused(page));
    }
    expect(order).toEqual([
      "a Перейти к содержанию",
      "a ◆Платформа сотрудничества",
      "a Библиотека",
      "button Русский",
      "button English",
      "input email",
    ]);

    await page.keyboard.type(ADMIN.email);
    await page.keyboard.press("Tab");
    expect(await focused(page)).toBe("input password");
    await page.keyboard.type(ADMIN.password);
    await page.keyboard.press("Enter");

    await page.waitForURL((url) => url.pathname === "/");
    await heading(page, `Здравствуйте, ${ADMIN.name}`);
    expect((await page.context().cookies()).map((c) => c.name)).toContain("session");
    expectNoPageErrors(page);
    await closePage(page);
  });

  it("hears about a wrong password at once, and the address stays filled in", async () => {
    const page = await newPage(platform.url);
    await page.goto("/login");
    await heading(page, "Вход");
    expect(await focused(page)).toBe("input email");
    await page.keyboard.type(ADMIN.email);
    await page.keyboard.press("Tab");
    await page.keyboard.type("not-the-password");
    await page.keyboard.press("Enter");
    await page.getByRole("alert").filter({ hasText: "Неверный адрес почты или пароль." }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/login");
    expect(await page.locator('input[name="email"]').inputValue()).toBe(ADMIN.email);
    await expectNoSeriousA11yViolations(page, "the sign-in page with an error");
    expectNoPageErrors(page);
    await closePage(page);
  });
});

describe("the browser checks themselves", { timeout: 30_000 }, () => {
  it("the accessibility check fails on an unlabelled field and on faint text", async () => {
    const page = await newPage(platform.url);
    await page.setContent(`<!doctype html><html lang="ru"><head><title>проба</title></head><body><main><h1>Проба</h1>
      <p style="color:#bbb;background:#fff">бледный текст</p><input name="x"></main></body></html>`);
    const failure = await expectNoSeriousA11yViolations(page, "a page made to fail").then(
      () => null,
      (error: Error) => error.message,
    );
    expect(failure).toContain("[critical] label");
    expect(failure).toContain("[serious] color-contrast");
    await closePage(page);
  });

  it("an uncaught error in the page fails the test", async () => {
    const page = await newPage(platform.url);
    await page.goto("/login");
    const thrown = page.waitForEvent("pageerror");
    await page.evaluate(() =>
      setTimeout(() => {
        throw new Error("сбой в браузере");
      }),
    );
    await thrown;
    expect(() => expectNoPageErrors(page)).toThrow(/uncaught error: сбой в браузере/);
    await closePage(page);
  });
});
