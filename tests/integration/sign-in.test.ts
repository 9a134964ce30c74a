import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashToken } from "~/lib/tokens.server";
import { TestClient } from "../support/http";
import { startTestPlatform } from "../support/platform";

let platform: Awaited<ReturnType<typeof startTestPlatform>>;
const sql = <T>(query: string, ...params: unknown[]) => platform.services.db.$client.prepare(query).get(...params) as T;

beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform.close());

describe("signing in and out", () => {
  it("a demo user signs in, gets an HttpOnly SameSite=Lax cookie, and the database keeps only the token's hash", async () => {
    const client = new TestClient(platform.url);
    const response = await client.signIn("cochair.ru@example.org");
    expect(response.headers.get("location")).toBe("/");
    const setCookie = response.headers.getSetCookie().find((c) => c.startsWith("session="))!;
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).toMatch(/Path=\//);
    const token = client.cookie("session")!;
    expect(token.length).toBeGreaterThanOrEqual(32);
    expect(sql<{ n: number }>("select count(*) as n from sessions where id = ?", token).n).toBe(0);
    expect(sql<{ n: number }>("select count(*) as n from sessions where id = ?", hashToken(token)).n).toBe(1);

    const home = await client.get("/");
    expect(home.status).toBe(200);
    expect(await home.text()).toContain("Соколов Андрей Викторович");
    expect(sql<{ action: string }>("select action from audit_log order by seq desc limit 1").action).toBe(
      "user.signed_in",
    );
  });

  it("signing out ends the session on the server and clears the cookie", async () => {
    const client = new TestClient(platform.url);
    await client.signIn("member1.ru@example.org");
    const token = client.cookie("session")!;
    const out = await client.post("/logout", {});
    expect(out.status).toBe(302);
    expect(client.cookie("session")).toBeUndefined();
    expect(sql<{ n: number }>("select count(*) as n from sessions where id = ?", hashToken(token)).n).toBe(0);
    // The old token is worthless even if someone kept it.
    const replay = await fetch(`${platform.url}/`, { redirect: "manual", headers: { cookie: `session=${token}` } });
    expect(replay.status).toBe(302);
    expect(replay.headers.get("location")).toContain("/login");
  });

  it("returns to the page that asked for sign-in, but never to another site", async () => {
    const client = new TestClient(platform.url);
    const back = await client.post("/login", {
      email: "admin@example.org",
      password: "demo-password",
      redirectTo: "/admin/audit",
    });
    expect(back.headers.get("location")).toBe("/admin/audit");
    const evil = await new TestClient(platform.url).post("/login", {
      email: "admin@example.org",
      password: "demo-password",
      redirectTo: "//evil.example",
    });
    expect(evil.headers.get("location")).toBe("/");
  });

  it("answers a wrong password and an unknown e-mail with the same words", async () => {
    const wrong = await new TestClient(platform.url).post("/login", {
      email: "member2.ru@example.org",
      password: "not-the-password",
    });
    const unknown = await new TestClient(platform.url).post("/login", {
      email: "nobody@example.org",
      password: "not-the-password",
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    const text = (html: string) => html.match(/role="alert"[^>]*>([^<]*)</)?.[1];
    const a = text(await wrong.text());
    expect(a).toBe("Неверный адрес почты или пароль.");
    expect(text(await unknown.text())).toBe(a);
  });
});

describe("throttling", () => {
  it("after five failures from one address the account is locked there for 15 minutes, even for the right password, with a clear message", async () => {
    const client = new TestClient(platform.url);
    for (let i = 0; i < 5; i++)
      expect((await client.post("/login", { email: "member3.ru@example.org", password: `wrong-${i}` })).status).toBe(
        401,
      );
    const locked = await client.post("/login", { email: "member3.ru@example.org", password: "demo-password" });
    expect(locked.status).toBe(429);
    expect(await locked.text()).toContain("Попробуйте снова через 15 минут.");
    expect(client.cookie("session")).toBeUndefined();
  });

  it("an unknown address is throttled the same way, so locking tells nothing", async () => {
    const client = new TestClient(platform.url);
    for (let i = 0; i < 5; i++)
      await client.post(
        "/login",
        { email: "ghost@example.org", password: `wrong-${i}` },
        { headers: { "accept-language": "en" } },
      );
    const locked = await client.post(
      "/login",
      { email: "ghost@example.org", password: "x" },
      { headers: { "accept-language": "en" } },
    );
    expect(locked.status).toBe(429);
    expect(await locked.text()).toContain("Try again in 15 minutes.");
  });
});

describe("a disabled user", () => {
  it("is signed out everywhere at once and cannot sign in again", async () => {
    const member = new TestClient(platform.url);
    await member.signIn("member4.ru@example.org");
    expect((await member.get("/")).status).toBe(200);

    const admin = new TestClient(platform.url);
    await admin.signIn("admin@example.org");
    const id = sql<{ id: number }>("select id from users where email = ?", "member4.ru@example.org").id;
    const disabled = await admin.post(`/admin/users/${id}`, { intent: "disable" });
    expect(disabled.status).toBe(302);
    expect(sql<{ n: number }>("select count(*) as n from sessions where user_id = ?", id).n).toBe(0);
    expect(
      sql<{ action: string; details: string }>("select action, details from audit_log order by seq desc limit 1"),
    ).toEqual({ action: "user.disabled", details: '{"linksCancelled":0,"sessionsEnded":1}' });

    const after = await member.get("/");
    expect(after.status).toBe(302);
    const again = await new TestClient(platform.url).post("/login", {
      email: "member4.ru@example.org",
      password: "demo-password",
    });
    expect(again.status).toBe(401);
    expect(await again.text()).toContain("Учётная запись отключена");
  });

  it("an administrator cannot disable themselves (another administrator must)", async () => {
    const admin = new TestClient(platform.url);
    await admin.signIn("admin@example.org");
    const id = sql<{ id: number }>("select id from users where email = ?", "admin@example.org").id;
    const response = await admin.post(`/admin/users/${id}`, { intent: "disable" });
    expect(response.status).toBe(409);
    expect(sql<{ status: string }>("select status from users where id = ?", id).status).toBe("active");
  });
});

describe("administration is for administrators", () => {
  it("a member gets the 403 page for every administration page, and cannot invite by posting directly", async () => {
    const member = new TestClient(platform.url);
    await member.signIn("member5.kz@example.org");
    for (const path of ["/admin/users", "/admin/organisations", "/admin/audit", "/admin/outbox"]) {
      const response = await member.get(path);
      expect(response.status, path).toBe(403);
      expect(await response.text()).toContain("Нет доступа");
    }
    const before = sql<{ n: number }>("select count(*) as n from users").n;
    expect((await member.post("/admin/users", { email: "sneaky@example.org", name: "X" })).status).toBe(403);
    expect(sql<{ n: number }>("select count(*) as n from users").n).toBe(before);
  });

  it("someone signed out is sent to the sign-in page", async () => {
    const response = await new TestClient(platform.url).get("/admin/users");
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/login?redirectTo=%2Fadmin%2Fusers");
  });
});
