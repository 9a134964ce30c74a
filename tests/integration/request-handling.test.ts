import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseFingerprint } from "../support/db-snapshot";
import { TestClient } from "../support/http";
import { startTestPlatform } from "../support/platform";
import { rawRequest, streamRequest } from "../support/raw-http";
import { sqlOf } from "../support/sql";

// Issue 8, items 1, 7 and 9 (request handling): each test here failed before the fix.
let platform: Awaited<ReturnType<typeof startTestPlatform>>;
const { db, one } = sqlOf(() => platform);
const fingerprint = () => databaseFingerprint(db());
const healthy = async () => expect((await fetch(`${platform.url}/healthz`)).status).toBe(200);

beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform.close());

async function as(email: string) {
  const client = new TestClient(platform.url);
  await client.signIn(email);
  return client;
}

const MB = 1024 * 1024;

describe("item 1: every body is counted as it streams, chunked or not", () => {
  it("a chunked 20 MB form on /login gets 413 long before its end, the connection is closed, nothing changes", async () => {
    const before = fingerprint();
    const answer = await streamRequest(`${platform.url}/login`, {
      headers: { "content-type": "application/x-www-form-urlencoded", origin: platform.url },
      bytes: 20 * MB,
    });
    expect(answer.status).toBe(413);
    expect(answer.body).toContain("Слишком большой запрос");
    expect(answer.headers.connection).toBe("close");
    expect(answer.sent).toBeLessThan(20 * MB);
    expect(fingerprint()).toEqual(before);
    await healthy();
  });

  it("a chunked upload past the upload ceiling gets 413 too", async () => {
    const secretary = await as("secretary.ru@example.org");
    const meeting = one<{ id: number }>("select id from meetings where body_id = 1 and number = 2").id;
    const before = fingerprint();
    const boundary = "----hostile";
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="intent"\r\n\r\nmaterial\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\n` +
        `Content-Type: application/pdf\r\n\r\n%PDF-`,
    );
    const answer = await streamRequest(`${platform.url}/meetings/${meeting}?index`, {
      headers: {
        "content-type": `multipart/form-data; boundary=${boundary}`,
        origin: platform.url,
        cookie: `session=${secretary.cookie("session")}`,
      },
      bytes: 120 * MB,
      chunk: Buffer.concat([head, Buffer.alloc(64 * 1024 - head.length, "%")]),
    });
    expect(answer.status).toBe(413);
    expect(answer.sent).toBeLessThan(120 * MB);
    expect(fingerprint()).toEqual(before);
    await healthy();
  });
});

describe("item 7: input real users send gets a clear 4xx, never a 500", () => {
  it("a file named «Протокол; v2.pdf» (or a=b.pdf) uploads and keeps its name", async () => {
    const secretary = await as("secretary.ru@example.org");
    const meeting = one<{ id: number }>("select id from meetings where body_id = 1 and number = 2").id;
    const item = one<{ id: number }>(
      "select id from agenda_items where meeting_id = ? and status = 'accepted' order by position limit 1",
      meeting,
    ).id;
    // The stored name is made safe for a file system (`;` and `=` become `_`) by the existing upload rules.
    const stored = { "Протокол; v2.pdf": /^Протокол. v2\.pdf$/, "a=b.pdf": /^a.b\.pdf$/ };
    for (const [name, storedAs] of Object.entries(stored)) {
      const form = new FormData();
      form.set("intent", "material");
      form.set("itemId", String(item));
      form.set("title", `Файл ${name}`);
      form.set("text", "");
      form.set("file", new Blob(["%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"]), name);
      const response = await fetch(`${platform.url}/meetings/${meeting}?index`, {
        method: "POST",
        body: form,
        redirect: "manual",
        headers: { origin: secretary.origin, cookie: `session=${secretary.cookie("session")}` },
      });
      expect(response.status).toBe(302);
      expect(
        one<{ original_name: string }>(
          "select f.original_name from materials m join files f on f.id = m.file_id where m.title = ?",
          `Файл ${name}`,
        ).original_name,
      ).toMatch(storedAs);
    }
  });

  const login = (body: string, contentType: string, language = "ru") =>
    rawRequest(`${platform.url}/login`, {
      headers: { "content-type": contentType, origin: platform.url, "accept-language": language },
      body,
    });

  it("a form posted as JSON or plain text gets 415 with a message in the user's language", async () => {
    const before = fingerprint();
    const json = await login(
      JSON.stringify({ email: "admin@example.org", password: "demo-password" }),
      "application/json",
    );
    expect(json.status).toBe(415);
    expect(json.body).toContain("Неподдерживаемый формат формы");
    const text = await login("email=admin@example.org", "text/plain", "en");
    expect(text.status).toBe(415);
    expect(text.body).toContain("Unsupported form format");
    expect(fingerprint()).toEqual(before);
  });

  it("a malformed multipart body gets 400", async () => {
    const before = fingerprint();
    const noBoundary = await login("--x\r\n", "multipart/form-data");
    expect(noBoundary.status).toBe(400);
    const cut = await login(
      '--x\r\nContent-Disposition: form-data; name="email"\r\n\r\nadmin@example.org\r\n--x\r\nContent-Disp',
      "multipart/form-data; boundary=x",
    );
    expect(cut.status).toBe(400);
    expect(cut.body).toContain("Форма повреждена");
    expect(fingerprint()).toEqual(before);
  });

  it("CR/LF in redirectTo never reaches a header: no 500", async () => {
    const client = new TestClient(platform.url);
    const response = await client.post("/login", {
      email: "member1.ru@example.org",
      password: "demo-password",
      redirectTo: "/\r\nSet-Cookie: x=1",
    });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/");
    const locale = await client.post("/locale", { locale: "en", redirectTo: "/\r\n/evil" });
    expect(locale.status).toBe(302);
    expect(locale.headers.get("location")).toBe("/");
  });
});

describe("item 9: Origin, caching and headers", () => {
  it("an Origin with the wrong scheme, or one that merely matches a forged Host, is refused", async () => {
    const before = fingerprint();
    const port = new URL(platform.url).port;
    const client = new TestClient(platform.url);
    const scheme = await client.post(
      "/login",
      { email: "admin@example.org", password: "demo-password" },
      { origin: `https://localhost:${port}` },
    );
    expect(scheme.status).toBe(403);
    // DNS rebinding: the attacker's name points at us, so the browser sends its Origin and Host alike.
    const rebound = await rawRequest(`${platform.url}/login`, {
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        origin: "http://evil.example",
        host: "evil.example",
      },
      body: "email=admin%40example.org&password=demo-password",
    });
    expect(rebound.status).toBe(403);
    expect(fingerprint()).toEqual(before);
  });

  it("signed-in pages and .data responses are private, no-store; nosniff is sent once", async () => {
    const member = await as("member1.ru@example.org");
    for (const path of ["/bodies", "/bodies.data", "/meetings/2", "/profile.data"]) {
      const response = await member.get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get("cache-control"), path).toBe("private, no-store");
    }
    const anonymous = await fetch(`${platform.url}/login.data`);
    expect(anonymous.headers.get("cache-control")).toBe("private, no-store");
    const regulation = await member.get("/bodies/1/regulation");
    expect(regulation.status).toBe(200);
    expect(regulation.headers.get("x-content-type-options")).toBe("nosniff");
    expect(regulation.headers.get("cache-control")).toBe("private, no-store");
    expect(regulation.headers.get("strict-transport-security")).toBeNull(); // APP_URL is http here
  });
});
