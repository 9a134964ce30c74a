import type { ServerBuild } from "@remix-run/node";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseFingerprint } from "../support/db-snapshot";
import { TestClient } from "../support/http";
import { startTestPlatform } from "../support/platform";
import { rawRequest, streamRequest, type RawAnswer } from "../support/raw-http";

// Issue 8: a table of hostile requests, sent to every route of the Remix build (so a new route is covered by
// itself), signed out and signed in. Never a 5xx, never a change in the database, and the server still answers.

let platform: Awaited<ReturnType<typeof startTestPlatform>>;

/** A real value for each URL parameter, so the request reaches the route's code (demo data). */
const PARAMS: Record<string, string> = {
  bodyId: "1",
  conferenceId: "2",
  meetingId: "2",
  sideId: "1",
  id: "1",
  materialId: "1",
  opinionId: "1",
  versionId: "1",
  documentId: "1",
  assignmentId: "1",
  reportId: "1",
  partnershipId: "3",
  itemId: "1",
  fileId: "1",
  number: "1", // library curation: an edition by its number
  file: "1.pdf",
  token: "hostile-token",
  "*": "no/such/page",
};

/** Every route of the build with a URL of its own: its path, and whether it has an action. */
async function routesOfBuild(): Promise<{ url: string; action: boolean }[]> {
  const build = (await import(pathToFileURL(path.resolve("build/server/index.js")).href)) as ServerBuild;
  const fullPath = (id: string): string => {
    const route = build.routes[id]!;
    const own = route.path ?? "";
    const parent = route.parentId && route.parentId !== "root" ? fullPath(route.parentId) : "";
    return [parent, own].filter(Boolean).join("/");
  };
  const urls = new Map<string, boolean>();
  for (const route of Object.values(build.routes)) {
    if (route.id === "root" || (!route.path && !route.index)) continue;
    const pattern = fullPath(route.id);
    const concrete = pattern.replace(/:(\w+)|\*/g, (whole, name: string | undefined) => {
      const value = PARAMS[name ?? "*"];
      if (value === undefined)
        throw new Error(`No test value for the parameter ${whole} of ${pattern}: add it to PARAMS`);
      return value;
    });
    const url = `/${concrete}${route.index ? "?index" : ""}`;
    urls.set(url, (urls.get(url) ?? false) || route.module.action !== undefined);
  }
  return [...urls].map(([url, action]) => ({ url, action })).sort((a, b) => a.url.localeCompare(b.url));
}

const MB = 1024 * 1024;
const FORM = "application/x-www-form-urlencoded";
const boundary = "----hostile-boundary";
const multipartWithFile = (name: string) =>
  `--${boundary}\r\nContent-Disposition: form-data; name="title"\r\n\r\nПротокол\r\n` +
  `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\n` +
  `Content-Type: application/pdf\r\n\r\n%PDF-1.4\n%%EOF\n\r\n--${boundary}--\r\n`;

type Send = (url: string, headers: Record<string, string>) => Promise<RawAnswer>;
type Expect = "4xx" | "no 5xx";

/** The hostile requests. "4xx": refused outright; "no 5xx": a harmless answer (e.g. a redirect to "/") is fine. */
const CASES: { name: string; expect: Expect; send: Send }[] = [
  {
    name: "a chunked body of 3 MB",
    expect: "4xx",
    send: (url, headers) => streamRequest(url, { headers: { ...headers, "content-type": FORM }, bytes: 3 * MB }),
  },
  {
    name: "a declared Content-Length of 200 MB",
    expect: "4xx",
    send: (url, headers) =>
      streamRequest(url, {
        headers: { ...headers, "content-type": `multipart/form-data; boundary=${boundary}` },
        bytes: 64 * 1024,
        contentLength: 200 * MB,
      }),
  },
  {
    name: "a JSON body",
    expect: "4xx",
    send: (url, headers) =>
      rawRequest(url, {
        headers: { ...headers, "content-type": "application/json" },
        body: JSON.stringify({ intent: "create", email: "admin@example.org", password: "demo-password" }),
      }),
  },
  {
    name: "a text/plain body",
    expect: "4xx",
    send: (url, headers) =>
      rawRequest(url, { headers: { ...headers, "content-type": "text/plain" }, body: "intent=delete\r\nid=1\r\n" }),
  },
  {
    name: "a malformed multipart body",
    expect: "4xx",
    send: (url, headers) =>
      rawRequest(url, {
        headers: { ...headers, "content-type": `multipart/form-data; boundary=${boundary}` },
        body: `--${boundary}\r\nContent-Disposition: form-data; name="intent"\r\n\r\nadd\r\n--${boundary}\r\nContent-Dis`,
      }),
  },
  ...["Протокол; v2.pdf", "a=b.pdf"].map((name) => ({
    name: `a multipart file named ${name}`,
    expect: "4xx" as const,
    send: ((url, headers) =>
      rawRequest(url, {
        headers: { ...headers, "content-type": `multipart/form-data; boundary=${boundary}` },
        body: multipartWithFile(name),
      })) as Send,
  })),
  ...["/\r\nSet-Cookie: x=1", "/\t/evil.example", "/\n//evil.example"].map((target) => ({
    name: `redirectTo ${JSON.stringify(target)}`,
    expect: "no 5xx" as const,
    send: ((url, headers) =>
      rawRequest(url, {
        headers: { ...headers, "content-type": FORM },
        body: new URLSearchParams({ redirectTo: target }).toString(),
      })) as Send,
  })),
  {
    name: "a foreign Origin",
    expect: "4xx",
    send: (url, headers) =>
      rawRequest(url, {
        headers: { ...headers, origin: "https://evil.example", "content-type": FORM },
        body: "intent=create&email=admin%40example.org&password=demo-password",
      }),
  },
  ...([{ host: "evil.example" }, { "x-forwarded-host": "evil.example" }] as Record<string, string>[]).map((forged) => ({
    name: `our Origin with a forged ${Object.keys(forged)[0]}`,
    expect: "4xx" as const,
    send: ((url, headers) =>
      rawRequest(url, {
        headers: { ...headers, ...forged, "content-type": FORM },
        body: "intent=create&email=admin%40example.org&password=demo-password",
      })) as Send,
  })),
  {
    name: "NUL bytes in every field",
    expect: "4xx",
    send: (url, headers) =>
      rawRequest(url, {
        headers: { ...headers, "content-type": FORM },
        body: "intent=%00&email=a%00%40example.org&password=%00&name=%00&title=%00&locale=ru%00",
      }),
  },
  {
    name: "a field of 300 KB",
    expect: "4xx",
    send: (url, headers) =>
      rawRequest(url, {
        headers: { ...headers, "content-type": FORM },
        body: `intent=create&email=${"x".repeat(300 * 1024)}%40example.org&password=demo-password`,
      }),
  },
];

let routes: { url: string; action: boolean }[];

beforeAll(async () => {
  platform = await startTestPlatform();
  routes = await routesOfBuild();
});
afterAll(() => platform.close());

function checkAnswer(answer: RawAnswer, expected: Expect, where: string) {
  expect(answer.status, where).toBeLessThan(500);
  if (expected === "4xx") {
    // A signed-out visitor of a members' page is sent to sign in before anything reads the body: also a refusal.
    const toSignIn = answer.status === 302 && (answer.headers.location ?? "").startsWith("/login?redirectTo=");
    if (!toSignIn) expect(answer.status, where).toBeGreaterThanOrEqual(400);
  }
  if (answer.status >= 300 && answer.status < 400) {
    const location = new URL(answer.headers.location ?? "", platform.url);
    expect(location.origin, where).toBe(new URL(platform.url).origin);
  }
}

describe.each([
  { who: "signed out", email: null },
  { who: "signed in as the administrator", email: "admin@example.org" },
  { who: "signed in as a co-chair", email: "cochair.ru@example.org" },
])("hostile requests to every route and form action, $who", ({ email }) => {
  it("the route table comes from the build and covers the form actions", () => {
    expect(routes.length).toBeGreaterThan(20);
    expect(routes.filter((r) => r.action).map((r) => r.url)).toEqual(
      expect.arrayContaining(["/login", "/locale", "/logout", "/meetings/2?index", "/bodies/new"]),
    );
  });

  it("never a 5xx, nothing changes, and the server still answers", async () => {
    const client = new TestClient(platform.url);
    if (email) await client.signIn(email);
    const headers: Record<string, string> = { origin: platform.url, "accept-language": "ru" };
    if (email) headers.cookie = `session=${client.cookie("session")}`;
    // A reader's first ordinary visit to a meeting's protocol creates its draft (R13: every convened meeting has
    // one): that is the page working, not the hostile input. Visit once before the fingerprint is taken.
    for (const route of routes.filter((r) => /\/protocol(\?|$)/.test(r.url))) await client.get(route.url);
    const before = databaseFingerprint(platform.services.db.$client);
    for (const route of routes) {
      for (const hostile of CASES) {
        // A well-formed form to /logout is a real sign-out (the Origin is ours): not hostile, and it would end the session.
        if (hostile.expect === "no 5xx" && route.url === "/logout") continue;
        const answer = await hostile.send(`${platform.url}${route.url}`, headers);
        checkAnswer(answer, hostile.expect, `POST ${route.url}: ${hostile.name} → ${answer.status}`);
      }
      // The same hostile redirect in the query of every page (and its .data variant) is harmless too.
      const query = `redirectTo=${encodeURIComponent("/\r\n\t//evil.example")}`;
      const page = route.url.includes("?") ? `${route.url}&${query}` : `${route.url}?${query}`;
      checkAnswer(await rawRequest(`${platform.url}${page}`, { method: "GET", headers }), "no 5xx", `GET ${page}`);
    }
    expect(databaseFingerprint(platform.services.db.$client)).toEqual(before);
    expect((await fetch(`${platform.url}/healthz`)).status).toBe(200);
    if (email) expect((await client.get("/profile")).status).toBe(200); // still signed in
  }, 240_000);
});
