import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startTestPlatform } from "../support/platform";
import { TestClient } from "../support/http";

// How pages and files leave the server (issue 7, page speed): files only under their own paths, each page
// rendered whole and sent with its length, and no dictionary inside a page's data.
let platform: Awaited<ReturnType<typeof startTestPlatform>>;

beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform.close());

describe("page delivery", () => {
  it("serves the icon and the hashed assets from their own paths, the assets cached for a year", async () => {
    const icon = await fetch(`${platform.url}/favicon.svg`);
    expect(icon.status).toBe(200);
    expect(icon.headers.get("content-type")).toContain("image/svg+xml");
    const html = await (await fetch(`${platform.url}/login`)).text();
    const script = html.match(/src="(\/assets\/[^"]+\.js)"/)?.[1] ?? html.match(/href="(\/assets\/[^"]+\.js)"/)?.[1];
    expect(script).toBeTruthy();
    const asset = await fetch(`${platform.url}${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get("cache-control")).toContain("immutable");
    expect(asset.headers.get("cache-control")).toContain("max-age=31536000");
  });

  it("a file sent is the whole answer: the request does not go on to the pages (no 'headers already sent')", async () => {
    const errors = vi.spyOn(console, "error");
    try {
      for (let i = 0; i < 3; i++) expect((await fetch(`${platform.url}/favicon.svg`)).status).toBe(200);
      // The pages' handler, had it been reached, failed while the icon's response finished; a page later it has.
      expect((await fetch(`${platform.url}/login`)).status).toBe(200);
      expect(errors.mock.calls.flat().map(String).join("\n")).not.toContain("ERR_HTTP_HEADERS_SENT");
    } finally {
      errors.mockRestore();
    }
  });

  it("a missing asset is a 404, and a page path is never looked up as a file", async () => {
    expect((await fetch(`${platform.url}/assets/no-such-file.js`)).status).toBe(404);
    const page = await fetch(`${platform.url}/favicon.svg/nothing`);
    expect(page.status).toBe(404);
    expect(await page.text()).toContain("Страница не найдена");
  });

  it("sends a page whole, with its length, and without the dictionary in its data", async () => {
    const response = await fetch(`${platform.url}/login`);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(response.headers.get("content-length")).toBe(String(bytes.length));
    expect(response.headers.get("transfer-encoding")).toBeNull();
    const html = bytes.toString("utf8");
    expect(html).toContain("Вход");
    // A key the sign-in page never uses: the dictionaries come with the scripts, not with each page.
    expect(html).not.toContain("meetingsLive.title");
  });

  it("the live page still names itself in the reader's language", async () => {
    const client = new TestClient(platform.url);
    await client.signIn("cochair.ru@example.org");
    const html = await (await client.get("/meetings/2/live")).text();
    expect(html).toMatch(/<title>Ход заседания · № \d+ · /);
  });

  it("the benchmark's bare page does not exist unless the benchmark asks for it", async () => {
    expect((await fetch(`${platform.url}/bench/bare`)).status).toBe(404);
    expect((await fetch(`${platform.url}/bench/ping`)).status).toBe(404);
  });
});
