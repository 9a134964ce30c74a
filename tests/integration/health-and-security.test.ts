import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestPlatform } from "../support/platform";
import { TestClient } from "../support/http";

let platform: Awaited<ReturnType<typeof startTestPlatform>>;

beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform.close());

describe("monitoring and security from the first line", () => {
  it("GET /healthz answers 200 while the database is reachable", async () => {
    const response = await fetch(`${platform.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", audit: "verified" });
  });

  it("every page carries a CSP with a nonce, frame-ancestors 'none', nosniff and a Referrer-Policy", async () => {
    const response = await fetch(`${platform.url}/login`);
    const csp = response.headers.get("content-security-policy") ?? "";
    const nonce = csp.match(/'nonce-([^']+)'/)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-inline' 'unsafe-eval");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    const html = await response.text();
    // Every inline script Remix renders carries this response's nonce.
    const scripts = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs] of scripts) expect(attrs).toContain(`nonce="${nonce}"`);
  });

  it("a page nobody knows gets the friendly 404 page, in Russian by default and in English when asked", async () => {
    const ru = await fetch(`${platform.url}/no/such/page`);
    expect(ru.status).toBe(404);
    expect(await ru.text()).toContain("Страница не найдена");
    const en = await fetch(`${platform.url}/no/such/page`, { headers: { "accept-language": "en-US,en;q=0.9" } });
    expect(await en.text()).toContain("Page not found");
  });

  it("refuses a state-changing request from a foreign Origin, or with none, and changes nothing", async () => {
    const client = new TestClient(platform.url);
    const foreign = await client.post(
      "/login",
      { email: "admin@example.org", password: "demo-password" },
      { origin: "https://evil.example" },
    );
    expect(foreign.status).toBe(403);
    expect(await foreign.text()).toContain("Request refused");
    const missing = await client.post(
      "/login",
      { email: "admin@example.org", password: "demo-password" },
      { origin: null },
    );
    expect(missing.status).toBe(403);
    expect(client.cookie("session")).toBeUndefined();
    const sessions = platform.services.db.$client.prepare("select count(*) as n from sessions").get() as { n: number };
    expect(sessions.n).toBe(0);
  });
});
