import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collabCloseCodes as codes } from "~/lib/protocol-room";
import { loadProtocol } from "../../db/protocols/store";
import { databaseFingerprint } from "../support/db-snapshot";
import { TestClient } from "../support/http";
import { openProtocol, signedInClient, typeParagraph, untilDoc, type ProtocolClient } from "../support/collab";
import { startTestPlatform } from "../support/platform";
import { sqlOf } from "../support/sql";

// Issue 10 over HTTP and the collaboration socket: finalising closes every open editor at once (4409); after it
// every kind of edit is refused, from every role (administrators included); the signing page; the public key.
// Meeting № 1 of the demo arrives signed: the secretary starts a correction, then finalises again.
const M1 = 1;
const ROLES = [
  "secretary.ru@example.org",
  "secretary.kz@example.org",
  "cochair.ru@example.org",
  "deputy.kz@example.org",
  "member1.ru@example.org",
  "admin@example.org",
];
let platform: Awaited<ReturnType<typeof startTestPlatform>>;
const { one, count } = sqlOf(() => platform);
const clients: ProtocolClient[] = [];

beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(async () => {
  for (const client of clients) client.destroy();
  await platform.close();
});

async function as(email: string) {
  const client = new TestClient(platform.url);
  await client.signIn(email);
  return client;
}
async function editor(email: string) {
  const client = openProtocol(platform.url, await signedInClient(platform.url, email), M1);
  clients.push(client);
  await client.synced;
  return client;
}
const visible = async (response: Response) =>
  (await response.text())
    .replace(/<script[\s\S]*?<\/script>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, " ");
const storedText = () => {
  const stored = loadProtocol(platform.services.db, M1);
  const text = stored.doc.getXmlFragment("default").toString();
  stored.doc.destroy();
  return text;
};

describe("reopening and finalising over HTTP; the room", () => {
  it("after signatures, a secretary's reopening starts a correction and the room accepts edits again", async () => {
    const member = await as("member1.ru@example.org");
    expect((await member.post(`/meetings/${M1}/protocol/reopen`, {})).status).toBe(403);
    const secretary = await as("secretary.kz@example.org");
    const response = await secretary.post(`/meetings/${M1}/protocol/reopen`, {});
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`/meetings/${M1}/protocol?notice=correctionStarted`);
    const ru = await editor("secretary.ru@example.org");
    const kz = await editor("secretary.kz@example.org");
    typeParagraph(ru, "Исправление после подписания");
    // Broadcast only once stored: when the other secretary sees it, it is on disk.
    await untilDoc(kz.doc, () => kz.fragment.toString().includes("Исправление после подписания"));
    expect(storedText()).toContain("Исправление после подписания");
    const version = await secretary.post(`/meetings/${M1}/protocol/versions`, { name: "исправление" });
    expect(version.status).toBe(302);
  });

  it("finalising closes every open editor of the room at once with 4409, whoever they are", async () => {
    const open = await Promise.all(ROLES.map(editor));
    const secretary = await as("secretary.ru@example.org");
    const response = await secretary.post(`/meetings/${M1}/protocol/finalise`, {});
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`/meetings/${M1}/protocol?notice=finalised`);
    for (const client of open) expect((await client.closed).code).toBe(codes.finalised);
    const final = one<{ number: number; canonical: string }>(
      "select number, canonical from protocol_finals where meeting_id = ? order by number desc limit 1",
      M1,
    );
    expect(final.number).toBe(2);
    expect(final.canonical).toContain("Исправление после подписания");
  });

  it("a Yjs update from each role, administrators included, is refused with 4409; nothing is stored", async () => {
    const before = storedText();
    for (const email of ROLES) {
      const client = await editor(email);
      typeParagraph(client, `Правка после оформления от ${email}`);
      expect((await client.closed).code).toBe(codes.finalised);
      client.destroy();
    }
    expect(storedText()).toBe(before);
  });

  it("the actions: regenerate, comment, save a version, finalise again: refused (409), nothing changes", async () => {
    await platform.mail.drain();
    const secretary = await as("secretary.ru@example.org");
    const admin = await as("admin@example.org");
    const before = databaseFingerprint(platform.services.db.$client);
    const statuses = [
      (await secretary.post(`/meetings/${M1}/protocol/refresh`, {})).status,
      (await secretary.post(`/meetings/${M1}/protocol/versions`, { name: "после оформления" })).status,
      (await secretary.post(`/meetings/${M1}/protocol/finalise`, {})).status,
    ];
    expect(statuses).toEqual([409, 409, 409]);
    const comment = await admin.post(`/meetings/${M1}/protocol/comments`, {
      intent: "add",
      anchorStart: "AA",
      anchorEnd: "AA",
      quote: "Протокол",
      text: "Замечание к окончательному тексту",
    });
    expect([403, 409]).toContain(comment.status);
    expect(() =>
      platform.services.protocols.change(M1, null, (doc) => doc.getXmlFragment("default").delete(0, 1)),
    ).toThrow();
    expect(databaseFingerprint(platform.services.db.$client)).toEqual(before);
  });

  it("a direct SQL UPDATE or DELETE on finals, signatures and versions is refused by the database", () => {
    const db = platform.services.db.$client;
    for (const [table, column] of [
      ["protocol_finals", "sha256"],
      ["protocol_signatures", "text_sha256"],
      ["protocol_versions", "name"],
    ]) {
      expect(count(table)).toBeGreaterThan(0);
      expect(() => db.prepare(`update ${table} set ${column} = 'x'`).run()).toThrow(/append-only/);
      expect(() => db.prepare(`delete from ${table}`).run()).toThrow(/append-only/);
    }
  });
});

describe("signing over HTTP", () => {
  let sha256 = "";

  it("the signing page: the final text read-only with its hash and a password field; a member 403, a stranger 404", async () => {
    sha256 = one<{ sha256: string }>(
      "select f.sha256 from protocols p join protocol_finals f on f.id = p.current_final_id where p.meeting_id = ?",
      M1,
    ).sha256;
    const cochair = await as("cochair.ru@example.org");
    const page = await cochair.get(`/meetings/${M1}/protocol/sign`);
    expect(page.status).toBe(200);
    const text = await visible(page);
    expect(text).toContain(sha256);
    expect(text).toContain("Исправление после подписания");
    expect(text).toContain("Ваш пароль");
    expect(text).toContain("сопредседатель — Российская Федерация");
    expect((await (await as("member1.ru@example.org")).get(`/meetings/${M1}/protocol/sign`)).status).toBe(403);
    expect((await (await as("partner@example.org")).get(`/meetings/${M1}/protocol/sign`)).status).toBe(404);
    const member = await as("member1.ru@example.org");
    expect((await member.post(`/meetings/${M1}/protocol/sign`, { password: "demo-password", sha256 })).status).toBe(
      403,
    );
    const stranger = await as("partner@example.org");
    expect((await stranger.post(`/meetings/${M1}/protocol/sign`, { password: "demo-password", sha256 })).status).toBe(
      404,
    );
  });

  it("«На подпись» on a signatory's home page links to the signing page; not on a member's", async () => {
    const home = await (await as("deputy.kz@example.org")).get("/");
    const html = await home.text();
    expect(html).toContain("На подпись");
    expect(html).toContain(`/meetings/${M1}/protocol/sign`);
    expect(await (await (await as("member1.ru@example.org")).get("/")).text()).not.toContain("На подпись");
  });

  it("a wrong password: 422 with the message, nothing written; another hash: 409", async () => {
    const cochair = await as("cochair.ru@example.org");
    const before = databaseFingerprint(platform.services.db.$client);
    const wrong = await cochair.post(`/meetings/${M1}/protocol/sign`, { password: "wrong", sha256 });
    expect(wrong.status).toBe(422);
    expect(await visible(wrong)).toContain("Неверный пароль: протокол не подписан.");
    const other = await cochair.post(`/meetings/${M1}/protocol/sign`, {
      password: "demo-password",
      sha256: "f".repeat(64),
    });
    expect(other.status).toBe(409);
    expect(await visible(other)).toContain("Текст протокола изменился");
    expect(databaseFingerprint(platform.services.db.$client)).toEqual(before);
  });

  it("a signatory signs; every member sees who has signed and who has yet to", async () => {
    const cochair = await as("cochair.ru@example.org");
    const signed = await cochair.post(`/meetings/${M1}/protocol/sign`, { password: "demo-password", sha256 });
    expect(signed.status).toBe(302);
    expect(signed.headers.get("location")).toBe(`/meetings/${M1}/protocol?notice=signed`);
    const again = await cochair.post(`/meetings/${M1}/protocol/sign`, { password: "demo-password", sha256 });
    expect(again.status).toBe(409);
    const page = await visible(await (await as("member1.ru@example.org")).get(`/meetings/${M1}/protocol`));
    expect(page).toContain("Российская Федерация: подписали 1 из 2");
    expect(page).toContain("Республика Казахстан: подписали 0 из 2");
    expect(page).toContain("ещё не подписал(а)");
    expect(page).toContain(sha256);
  });

  it("the public key is at /protocol-signing-key, as PEM text, for anyone", async () => {
    const response = await fetch(`${platform.url}/protocol-signing-key`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/plain");
    expect(await response.text()).toMatch(/^-----BEGIN PUBLIC KEY-----\n[\s\S]+\n-----END PUBLIC KEY-----\n$/);
  });
});
