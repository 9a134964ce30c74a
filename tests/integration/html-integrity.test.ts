import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestClient } from "../support/http";
import { startTestPlatform } from "../support/platform";

let platform: Awaited<ReturnType<typeof startTestPlatform>>;

beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform.close());

// React 18.3's streaming renderer leaks zero bytes at 2 KB chunk ends when a multi-byte character does
// not fit (app/lib/strip-nul.server.ts). Every page, in Russian and English, must arrive as clean UTF-8.
const pages = [
  "/",
  "/bodies",
  "/bodies/1",
  "/bodies/1?at=2025-06-01",
  "/meetings/1",
  "/meetings/2",
  "/meetings/2/participants",
  "/meetings/2/live",
  "/meetings/2/edit",
  "/profile",
  "/bodies/1/sides/2",
];

describe("every page is clean UTF-8 without NUL bytes", () => {
  for (const [email, language] of [
    ["cochair.kz@example.org", "ru"],
    ["member5.ru@example.org", "en"],
  ] as const) {
    it(`as ${email} (${language})`, async () => {
      const client = new TestClient(platform.url);
      await client.signIn(email);
      for (const path of pages) {
        const response = await client.get(path);
        if (response.status !== 200) continue; // pages this person may not open are tested elsewhere
        const bytes = Buffer.from(await response.arrayBuffer());
        expect(bytes.includes(0), `NUL byte in ${path}`).toBe(false);
        expect(new TextDecoder("utf-8", { fatal: true }).decode(bytes).length, path).toBeGreaterThan(0);
      }
    });
  }
});
