import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestClient } from "../support/http";
import { startTestPlatform } from "../support/platform";

let platform: Awaited<ReturnType<typeof startTestPlatform>>;
const sql = <T>(query: string, ...params: unknown[]) => platform.services.db.$client.prepare(query).get(...params) as T;

beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform.close());

describe("the profile page", () => {
  it("saves name, position, language and timezone; the interface follows the language at once", async () => {
    const client = new TestClient(platform.url);
    await client.signIn("member2.kz@example.org");
    const saved = await client.post("/profile", {
      intent: "profile",
      name: "Искакова Гульнара Касымовна",
      organisationId: "",
      position: "Проректор по науке",
      locale: "en",
      timezone: "Asia/Almaty",
    });
    expect(saved.status).toBe(302);
    expect(
      sql("select position, locale, timezone, organisation_id from users where email = 'member2.kz@example.org'"),
    ).toEqual({ position: "Проректор по науке", locale: "en", timezone: "Asia/Almaty", organisation_id: null });
    const page = await (await client.get("/profile?notice=saved")).text();
    expect(page).toContain("Profile saved.");
    expect(page).toContain('<html lang="en">');
  });

  it("refuses an unknown timezone or an empty name with a message, and saves nothing", async () => {
    const client = new TestClient(platform.url);
    await client.signIn("member3.kz@example.org");
    const before = sql("select * from users where email = 'member3.kz@example.org'");
    const response = await client.post("/profile", {
      intent: "profile",
      name: " ",
      position: "x",
      locale: "ru",
      timezone: "Mars/Olympus",
    });
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain("Заполните это поле.");
    expect(html).toContain("Значение не подходит");
    expect(sql("select * from users where email = 'member3.kz@example.org'")).toEqual(before);
  });

  it("changing the password needs the current one, and ends the other sessions but not this one", async () => {
    const here = new TestClient(platform.url);
    const there = new TestClient(platform.url);
    await here.signIn("member6.ru@example.org");
    await there.signIn("member6.ru@example.org");
    const wrong = await here.post("/profile", {
      intent: "password",
      current: "guess-guess-guess",
      next: "совсем-новый-пароль",
      confirm: "совсем-новый-пароль",
    });
    expect(wrong.status).toBe(422);
    expect(await wrong.text()).toContain("Текущий пароль указан неверно.");
    const changed = await here.post("/profile", {
      intent: "password",
      current: "demo-password",
      next: "совсем-новый-пароль",
      confirm: "совсем-новый-пароль",
    });
    expect(changed.status).toBe(302);
    expect((await here.get("/profile")).status).toBe(200);
    expect((await there.get("/profile")).status).toBe(302);
  });

  it("the language switcher works signed out too, through a cookie", async () => {
    const client = new TestClient(platform.url);
    const switched = await client.post("/locale", { locale: "en", redirectTo: "/login" });
    expect(switched.headers.get("location")).toBe("/login");
    expect(client.cookie("lang")).toBe("en");
    expect(await (await client.get("/login")).text()).toContain("Forgot your password?");
  });
});

describe("npm run admin -- create-admin", () => {
  it("invites the first administrator of a real deployment and prints the link; a second run with the same e-mail is refused", async () => {
    const run = promisify(execFile);
    const env = {
      ...process.env,
      DATA_DIR: path.join(platform.dataDir, "cli"),
      APP_URL: "https://platform.example.org",
      SMTP_URL: "",
    };
    const tsx = path.resolve("node_modules/.bin/tsx");
    const { stdout } = await run(
      tsx,
      ["server/cli/admin.ts", "create-admin", "chief@ministry.example", "--name", "Главный Администратор"],
      { env },
    );
    expect(stdout).toMatch(/https:\/\/platform\.example\.org\/invite\/[a-z2-7]{32}/);
    await expect(
      run(tsx, ["server/cli/admin.ts", "create-admin", "chief@ministry.example"], { env }),
    ).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining("already exists") });
  });
});
