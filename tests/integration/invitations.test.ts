import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditLog } from "../../db/audit";
import { TestClient } from "../support/http";
import { startTestPlatform } from "../support/platform";
import { linkIn, startSmtpServer } from "../support/smtp";

let platform: Awaited<ReturnType<typeof startTestPlatform>>;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
const sql = <T>(query: string, ...params: unknown[]) => platform.services.db.$client.prepare(query).get(...params) as T;
const count = (table: string, where = "1", ...params: unknown[]) =>
  sql<{ n: number }>(`select count(*) as n from ${table} where ${where}`, ...params).n;

beforeAll(async () => {
  smtp = await startSmtpServer();
  platform = await startTestPlatform({ smtpUrl: smtp.url });
});
afterAll(async () => {
  await platform.close();
  await smtp.close();
});

async function admin() {
  const client = new TestClient(platform.url);
  await client.signIn("admin@example.org");
  return client;
}

describe("an administrator invites a user by e-mail", () => {
  it("the invitation arrives over SMTP; its link sets a password once, signs the person in, and both steps are audited", async () => {
    const orgId = sql<{ id: number }>("select id from organisations where short_name = 'ЦРТР'").id;
    const invited = await (
      await admin()
    ).post("/admin/users", {
      email: "New.Expert@Example.org",
      name: "Сейткали Марат Нурланович",
      organisationId: String(orgId),
      position: "Эксперт",
      locale: "ru",
    });
    expect(invited.status).toBe(302);

    const mail = await smtp.nextMessage();
    expect(mail.to && "text" in mail.to ? mail.to.text : "").toBe("new.expert@example.org");
    expect(mail.subject).toBe("Приглашение на платформу сотрудничества");
    expect(mail.text).toContain("Миронова Ольга Сергеевна приглашает вас");
    expect(mail.html).toContain("Принять приглашение");
    const link = linkIn(mail, `${platform.url}/invite/`);

    const user = sql<{ id: number; status: string; password_hash: string | null }>(
      "select id, status, password_hash from users where email = 'new.expert@example.org'",
    );
    expect(user).toMatchObject({ status: "invited", password_hash: null });
    // Only the hash of the link's token is kept.
    const token = link.split("/invite/")[1]!;
    expect(count("email_tokens", "token_hash = ?", token)).toBe(0);

    const invitee = new TestClient(platform.url);
    const page = await invitee.get(link);
    expect(await page.text()).toContain("new.expert@example.org");
    const accepted = await invitee.post(link, {
      name: "Сейткали Марат Нурланович",
      password: "весенний-ветер-2026",
      confirm: "весенний-ветер-2026",
    });
    expect(accepted.status).toBe(302);
    expect(accepted.headers.get("location")).toBe("/?notice=welcome");
    expect(await (await invitee.get("/?notice=welcome")).text()).toContain("Пароль задан");
    expect(sql<{ status: string }>("select status from users where id = ?", user.id).status).toBe("active");

    // Single use: the same link again is refused, and changes nothing.
    const again = await new TestClient(platform.url).post(link, {
      name: "Кто-то другой",
      password: "другой-пароль-2026",
      confirm: "другой-пароль-2026",
    });
    expect(again.status).toBe(410);
    expect(await again.text()).toContain("Эта ссылка уже использована.");
    expect(sql<{ name: string }>("select name from users where id = ?", user.id).name).toBe(
      "Сейткали Марат Нурланович",
    );

    const actions = platform.services.db.$client
      .prepare("select action from audit_log where subject_id = ? order by seq")
      .all(String(user.id)) as { action: string }[];
    expect(actions.map((a) => a.action)).toEqual(["user.invited", "user.invitation_accepted"]);
    expect(verifyAuditLog(platform.services.db)).toMatchObject({ ok: true });
    expect(sql<{ status: string }>("select status from outbox order by id desc limit 1").status).toBe("sent");
  });

  it("an invitation link expires after 7 days", async () => {
    await (await admin()).post("/admin/users", { email: "late@example.org", name: "Поздний Гость", locale: "en" });
    const mail = await smtp.nextMessage();
    expect(mail.subject).toBe("Invitation to the cooperation platform");
    const link = linkIn(mail, `${platform.url}/invite/`);
    const id = sql<{ id: number }>("select id from users where email = 'late@example.org'").id;
    platform.services.db.$client
      .prepare("update email_tokens set expires_at = ? where user_id = ?")
      .run(Date.now() - 1, id);
    const response = await new TestClient(platform.url).post(link, {
      name: "x",
      password: "достаточно-длинный",
      confirm: "достаточно-длинный",
    });
    expect(response.status).toBe(410);
    expect(await response.text()).toContain("Срок действия ссылки истёк.");
    expect(sql<{ status: string }>("select status from users where id = ?", id).status).toBe("invited");
  });

  it("bad input on the invitation form gets a clear message and leaves no half-made account", async () => {
    const client = await admin();
    const users = count("users");
    const mails = count("outbox");
    const audit = count("audit_log");
    const bad = await client.post("/admin/users", { email: "not-an-email", name: "" });
    expect(bad.status).toBe(422);
    const html = await bad.text();
    expect(html).toContain("Укажите адрес электронной почты");
    expect(html).toContain("Заполните это поле.");
    const taken = await client.post("/admin/users", { email: "COCHAIR.KZ@example.org", name: "Двойник" });
    expect(taken.status).toBe(409);
    expect(await taken.text()).toContain("Пользователь с таким адресом уже есть.");
    expect([count("users"), count("outbox"), count("audit_log")]).toEqual([users, mails, audit]);
  });

  it("a too-short password on the invitation page is refused in the user's words and the link stays usable", async () => {
    await (await admin()).post("/admin/users", { email: "short@example.org", name: "Краткий Пароль" });
    const link = linkIn(await smtp.nextMessage(), `${platform.url}/invite/`);
    const invitee = new TestClient(platform.url);
    const short = await invitee.post(link, { name: "Краткий Пароль", password: "короткий", confirm: "короткий" });
    expect(short.status).toBe(422);
    expect(await short.text()).toContain("Пароль слишком короткий");
    const mismatch = await invitee.post(link, {
      name: "Краткий Пароль",
      password: "достаточно-длинный",
      confirm: "другой-длинный-пароль",
    });
    expect(await mismatch.text()).toContain("Пароли не совпадают.");
    expect(sql<{ status: string }>("select status from users where email = 'short@example.org'").status).toBe(
      "invited",
    );
    expect(
      (
        await invitee.post(link, {
          name: "Краткий Пароль",
          password: "достаточно-длинный",
          confirm: "достаточно-длинный",
        })
      ).status,
    ).toBe(302);
  });
});

describe("password reset by e-mail link", () => {
  it("sends a link that sets a new password, ends every other session and signs the person in", async () => {
    const elsewhere = new TestClient(platform.url);
    await elsewhere.signIn("secretary.kz@example.org");
    const request = await new TestClient(platform.url).post("/forgot-password", { email: "secretary.kz@example.org" });
    expect(await request.text()).toContain("Если этот адрес зарегистрирован");
    const mail = await smtp.nextMessage();
    expect(mail.subject).toBe("Восстановление пароля");
    const link = linkIn(mail, `${platform.url}/reset-password/`);

    const person = new TestClient(platform.url);
    const reset = await person.post(link, { password: "новый-надёжный-пароль", confirm: "новый-надёжный-пароль" });
    expect(reset.status).toBe(302);
    expect((await elsewhere.get("/")).status).toBe(302); // the other session is over
    expect((await person.get("/")).status).toBe(200);
    expect(
      (
        await new TestClient(platform.url).post("/login", {
          email: "secretary.kz@example.org",
          password: "demo-password",
        })
      ).status,
    ).toBe(401);
    await new TestClient(platform.url).signIn("secretary.kz@example.org", "новый-надёжный-пароль");
    expect(
      (await new TestClient(platform.url).post(link, { password: "ещё-один-пароль-1", confirm: "ещё-один-пароль-1" }))
        .status,
    ).toBe(410);
  });

  it("answers an unknown address exactly like a known one, and sends nothing", async () => {
    const outbox = count("outbox");
    const unknown = await new TestClient(platform.url).post("/forgot-password", { email: "stranger@example.org" });
    expect(unknown.status).toBe(200);
    expect(await unknown.text()).toContain("Если этот адрес зарегистрирован");
    expect(count("outbox")).toBe(outbox);
  });
});
