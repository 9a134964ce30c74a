import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestClient } from "../support/http";
import { startTestPlatform } from "../support/platform";
import { sqlOf } from "../support/sql";

// Issue 8, items 2 and 3: where a link may send someone after signing in, and which e-mailed links still work.
let platform: Awaited<ReturnType<typeof startTestPlatform>>;
const { one, all, count } = sqlOf(() => platform);
const idOf = (email: string) => one<{ id: number }>("select id from users where email = ?", email).id;

beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform.close());

async function signedIn(email: string, password = "demo-password") {
  const client = new TestClient(platform.url);
  await client.signIn(email, password);
  return client;
}

/** The path of the newest link of that kind mailed to that address (mail goes to the outbox table first). */
function lastLinkTo(email: string, kind: "invite" | "reset-password"): string {
  const rows = all<{ text: string }>('select text from outbox where "to" = ? order by id desc', email);
  for (const { text } of rows) {
    const match = text.match(new RegExp(`https?://[^\\s/]+(/${kind}/[a-z0-9]+)`));
    if (match) return match[1]!;
  }
  throw new Error(`no ${kind} link mailed to ${email}`);
}

const hostile = [
  "/\t/evil.example",
  "/\t\\evil.example",
  "/\n/evil.example",
  "/\r\n/evil.example",
  "\t//evil.example",
  "//evil.example",
  "/\\evil.example",
  "/.\\/evil.example",
  "/./\\evil.example",
  "https://evil.example/",
  "http:evil.example",
  "javascript:alert(1)",
  "/\u0000/evil.example",
  " //evil.example",
];

/**
 * A posted form goes home — except one carrying a NUL byte, which the form reader refuses whole (400, with its
 * message) before the action runs: nobody is signed in and nothing is redirected anywhere.
 */
async function expectHome(response: Response, redirectTo: string) {
  if (redirectTo.includes("\u0000")) {
    expect(response.status, JSON.stringify(redirectTo)).toBe(400);
    expect(response.headers.get("location")).toBeNull();
    expect(response.headers.get("set-cookie") ?? "").not.toContain("session=");
    expect(await response.text()).toContain("недопустимые символы");
    return;
  }
  expect(response.status, JSON.stringify(redirectTo)).toBe(302);
  expect(response.headers.get("location"), JSON.stringify(redirectTo)).toBe("/");
}

describe("after signing in, only a page of this site (item 2)", () => {
  it("POST /login with a hostile redirectTo lands on the home page, never elsewhere, and never fails", async () => {
    for (const redirectTo of hostile) {
      const response = await new TestClient(platform.url).post("/login", {
        email: "member6.ru@example.org",
        password: "demo-password",
        redirectTo,
      });
      await expectHome(response, redirectTo);
    }
  });

  it("GET /login?redirectTo= of a signed-in user is held to the same rule", async () => {
    const client = await signedIn("member6.ru@example.org");
    for (const redirectTo of hostile) {
      const response = await client.get(`/login?redirectTo=${encodeURIComponent(redirectTo)}`);
      expect(response.status, JSON.stringify(redirectTo)).toBe(302);
      expect(response.headers.get("location"), JSON.stringify(redirectTo)).toBe("/");
    }
  });

  it("the language switcher (/locale) too", async () => {
    for (const redirectTo of hostile) {
      const response = await new TestClient(platform.url).post("/locale", { locale: "en", redirectTo });
      await expectHome(response, redirectTo);
    }
  });

  it("a page of this site, with its query and anchor, is kept", async () => {
    const back = await new TestClient(platform.url).post("/login", {
      email: "member6.ru@example.org",
      password: "demo-password",
      redirectTo: "/meetings/2?tab=agenda#item-3",
    });
    expect(back.headers.get("location")).toBe("/meetings/2?tab=agenda#item-3");
    const locale = await new TestClient(platform.url).post("/locale", { locale: "en", redirectTo: "/bodies/1" });
    expect(locale.headers.get("location")).toBe("/bodies/1");
  });
});

describe("an invitation link works only while the account waits for it (item 3)", () => {
  const accept = (client: TestClient, link: string, password: string) =>
    client.post(link, { name: "Захаров Илья Петрович", password, confirm: password });

  it("after a resend, the first link is dead, before and after the account is active", async () => {
    const admin = await signedIn("admin@example.org");
    const email = "invitee.resend@example.org";
    expect((await admin.post("/admin/users", { email, name: "Захаров Илья Петрович", locale: "ru" })).status).toBe(302);
    const first = lastLinkTo(email, "invite");
    const id = idOf(email);
    expect((await admin.post(`/admin/users/${id}`, { intent: "resend" })).status).toBe(302);
    const second = lastLinkTo(email, "invite");
    expect(second).not.toBe(first);
    expect(
      JSON.parse(
        one<{ details: string }>(
          "select details from audit_log where action = 'user.invitation_resent' and subject_id = ? order by seq desc",
          String(id),
        ).details,
      ),
    ).toEqual({ email, linksCancelled: 1 });

    // Before acceptance: the first link says it was replaced, and changes nothing.
    const page = await new TestClient(platform.url).get(first);
    expect(await page.text()).toContain("Эта ссылка больше не действует");
    const early = await accept(new TestClient(platform.url), first, "чужой-пароль-раньше-2026");
    expect(early.status).toBe(410);
    expect(one<{ status: string }>("select status from users where id = ?", id).status).toBe("invited");

    // The owner accepts with the second link.
    const owner = new TestClient(platform.url);
    expect((await accept(owner, second, "хозяин-пароль-2026-осень")).status).toBe(302);
    const hash = one<{ password_hash: string }>("select password_hash from users where id = ?", id).password_hash;
    const sessions = count("sessions", "user_id = ?", id);

    // Then the attacker's old link: refused, no new password, no session, the owner still signed in.
    const attacker = new TestClient(platform.url);
    const late = await accept(attacker, first, "чужой-пароль-позже-2026");
    expect(late.status).toBe(410);
    expect(attacker.cookie("session")).toBeUndefined();
    expect(one<{ password_hash: string }>("select password_hash from users where id = ?", id).password_hash).toBe(hash);
    expect(count("sessions", "user_id = ?", id)).toBe(sessions);
    expect((await owner.get("/")).status).toBe(200);
  });

  it("an accepted invitation cannot be accepted again through any of its links", async () => {
    const admin = await signedIn("admin@example.org");
    const email = "invitee.twice@example.org";
    await admin.post("/admin/users", { email, name: "Белова Анна Игоревна", locale: "ru" });
    const id = idOf(email);
    const link = lastLinkTo(email, "invite");
    const owner = new TestClient(platform.url);
    expect((await accept(owner, link, "хозяйка-пароль-2026")).status).toBe(302);
    // Every invitation row of this person is closed now, whatever path issued it.
    expect(
      count("email_tokens", "user_id = ? and purpose = 'invitation' and used_at is null and revoked_at is null", id),
    ).toBe(0);
    const again = await accept(new TestClient(platform.url), link, "чужой-пароль-2026-зима");
    expect(again.status).toBe(410);
    expect((await owner.get("/")).status).toBe(200);
  });
});

describe("a password-reset link dies when the password changes (item 3)", () => {
  it("a link requested before a change of password in the profile no longer works", async () => {
    const email = "member5.ru@example.org";
    const id = idOf(email);
    expect((await new TestClient(platform.url).post("/forgot-password", { email })).status).toBeLessThan(400);
    const link = lastLinkTo(email, "reset-password");

    const owner = await signedIn(email);
    const changed = await owner.post("/profile", {
      intent: "password",
      current: "demo-password",
      next: "новый-пароль-хозяина-2026",
      confirm: "новый-пароль-хозяина-2026",
    });
    expect(changed.status).toBe(302);
    expect(
      JSON.parse(
        one<{ details: string }>(
          "select details from audit_log where action = 'user.password_changed' and subject_id = ? order by seq desc",
          String(id),
        ).details,
      ),
    ).toEqual({ sessionsEnded: 0, linksCancelled: 1 });
    const hash = one<{ password_hash: string }>("select password_hash from users where id = ?", id).password_hash;

    const attacker = new TestClient(platform.url);
    const page = await attacker.get(link);
    expect(await page.text()).toContain("Эта ссылка больше не действует");
    const reset = await attacker.post(link, {
      password: "чужой-пароль-2026-весна",
      confirm: "чужой-пароль-2026-весна",
    });
    expect(reset.status).toBe(410);
    expect(attacker.cookie("session")).toBeUndefined();
    expect(one<{ password_hash: string }>("select password_hash from users where id = ?", id).password_hash).toBe(hash);
    expect((await owner.get("/")).status).toBe(200);
  });

  it("disabling the account cancels its mailed links: enabled again, the old link still does not work", async () => {
    const email = "member2.kz@example.org";
    const id = idOf(email);
    expect((await new TestClient(platform.url).post("/forgot-password", { email })).status).toBeLessThan(400);
    const link = lastLinkTo(email, "reset-password");
    const admin = await signedIn("admin@example.org");
    expect((await admin.post(`/admin/users/${id}`, { intent: "disable" })).status).toBe(302);
    expect(
      JSON.parse(
        one<{ details: string }>(
          "select details from audit_log where action = 'user.disabled' and subject_id = ? order by seq desc",
          String(id),
        ).details,
      ),
    ).toEqual({ sessionsEnded: 0, linksCancelled: 1 });
    expect((await admin.post(`/admin/users/${id}`, { intent: "enable" })).status).toBe(302);
    const hash = one<{ password_hash: string }>("select password_hash from users where id = ?", id).password_hash;
    const stale = await new TestClient(platform.url).post(link, {
      password: "пароль-после-включения-2026",
      confirm: "пароль-после-включения-2026",
    });
    expect(stale.status).toBe(410);
    expect(one<{ password_hash: string }>("select password_hash from users where id = ?", id).password_hash).toBe(hash);
  });

  it("using one reset link cancels the others sent before it", async () => {
    const who = "member4.kz@example.org";
    await new TestClient(platform.url).post("/forgot-password", { email: who });
    const older = lastLinkTo(who, "reset-password");
    await new TestClient(platform.url).post("/forgot-password", { email: who });
    const newer = lastLinkTo(who, "reset-password");
    expect(newer).not.toBe(older);
    const used = await new TestClient(platform.url).post(newer, {
      password: "пароль-после-сброса-2026",
      confirm: "пароль-после-сброса-2026",
    });
    expect(used.status).toBe(302);
    const details = JSON.parse(
      one<{ details: string }>(
        "select details from audit_log where action = 'user.password_reset' and subject_id = ? order by seq desc",
        String(idOf(who)),
      ).details,
    );
    expect(details).toMatchObject({ linksCancelled: 1 });
    const stale = await new TestClient(platform.url).post(older, {
      password: "чужой-пароль-2026-лето",
      confirm: "чужой-пароль-2026-лето",
    });
    expect(stale.status).toBe(410);
    expect(await stale.text()).toContain("Эта ссылка больше не действует");
  });
});
