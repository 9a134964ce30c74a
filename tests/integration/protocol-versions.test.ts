import { eq } from "drizzle-orm";
import * as Y from "yjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { protocolFragment } from "~/lib/protocol-draft-yjs";
import { users, type User } from "../../db/schema/accounts";
import { databaseFingerprint } from "../support/db-snapshot";
import { TestClient } from "../support/http";
import { startTestPlatform } from "../support/platform";
import { reopenDemoProtocol } from "../support/signing";
import { sqlOf } from "../support/sql";

// Named versions of a protocol (issue 9): saved by those who edit it, listed and compared by all who read it.
// Meeting № 1 of the demo (held, its protocol typed by both secretaries); meeting № 2 has no versions.
const M1 = 1;
const M2 = 2;
let platform: Awaited<ReturnType<typeof startTestPlatform>>;
const { one, count } = sqlOf(() => platform);
const person = (email: string): User => platform.services.db.select().from(users).where(eq(users.email, email)).get()!;

beforeAll(async () => {
  platform = await startTestPlatform();
  reopenDemoProtocol(platform.services); // meeting № 1 arrives signed (issue 10): open its draft again
});
afterAll(() => platform.close());

async function as(email: string) {
  const client = new TestClient(platform.url);
  await client.signIn(email);
  return client;
}

/** What a reader sees: the page without its scripts and tags. */
const visible = async (response: Response) =>
  (await response.text())
    .replace(/<script[\s\S]*?<\/script>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, " ");

const save = (client: TestClient, meetingId: number, name: string) =>
  client.post(`/meetings/${meetingId}/protocol/versions`, { name });

describe("saving a named version", () => {
  it("a secretary saves «направлено сторонам 12.03»: the state is kept, with an audit entry", async () => {
    const secretary = await as("secretary.ru@example.org");
    const response = await save(secretary, M1, "  направлено сторонам 12.03 ");
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`/meetings/${M1}/protocol/versions?notice=versionSaved`);
    const version = one<{ id: number; name: string; created_by_id: number; n: number }>(
      "select id, name, created_by_id, length(state) as n from protocol_versions where meeting_id = ? order by id desc limit 1",
      M1,
    );
    expect(version).toMatchObject({
      name: "направлено сторонам 12.03",
      created_by_id: person("secretary.ru@example.org").id,
    });
    expect(version.n).toBeGreaterThan(1000);
    const entry = one<{ action: string; details: string }>(
      "select action, details from audit_log order by seq desc limit 1",
    );
    expect(entry.action).toBe("protocol.version_saved");
    expect(JSON.parse(entry.details)).toMatchObject({ versionId: version.id, name: "направлено сторонам 12.03" });
    const page = await visible(await secretary.get(`/meetings/${M1}/protocol/versions?notice=versionSaved`));
    expect(page).toContain("Версия протокола сохранена.");
    expect(page).toContain("направлено сторонам 12.03");
  });

  it("an empty or too long name, a member, a stranger: a clear message or refusal, and nothing saved", async () => {
    const secretary = await as("secretary.kz@example.org");
    const member = await as("member1.ru@example.org");
    const stranger = await as("partner@example.org");
    const before = databaseFingerprint(platform.services.db.$client);

    const empty = await save(secretary, M1, "   ");
    expect(empty.status).toBe(422);
    expect(await visible(empty)).toContain("Заполните это поле.");
    const long = await save(secretary, M1, "я".repeat(201));
    expect(long.status).toBe(422);
    expect(await visible(long)).toContain("Слишком длинно: не больше 200 знаков.");
    const hidden = await save(secretary, M1, "версия\u202Efdp.exe");
    expect(hidden.status).toBe(422);

    expect((await save(member, M1, "моя версия")).status).toBe(403);
    expect((await save(stranger, M1, "чужая версия")).status).toBe(404);
    const foreign = await secretary.post(
      `/meetings/${M1}/protocol/versions`,
      { name: "с чужого сайта" },
      { origin: "https://evil.example" },
    );
    expect(foreign.status).toBe(403);
    expect(databaseFingerprint(platform.services.db.$client)).toEqual(before);
    expect(count("protocol_versions", "name in ('моя версия', 'чужая версия', 'с чужого сайта')")).toBe(0);
  });
});

describe("comparing a version with the current text", () => {
  it("a member sees what was typed since, marked as added — not by colour alone", async () => {
    const secretary = await as("secretary.ru@example.org");
    await save(secretary, M1, "до правки решений");
    const { id } = one<{ id: number }>("select id from protocol_versions where name = 'до правки решений'");
    platform.services.protocols.change(M1, person("secretary.kz@example.org").id, (doc) => {
      const p = new Y.XmlElement("paragraph");
      p.insert(0, [new Y.XmlText("Протокол направлен сторонам 12.03.")]);
      protocolFragment(doc).push([p]);
    });
    const member = await as("member1.kz@example.org");
    const list = await visible(await member.get(`/meetings/${M1}/protocol/versions`));
    expect(list).toContain("до правки решений");
    expect(list).not.toContain("Сохранить версию"); // a member reads, does not save

    const response = await member.get(`/meetings/${M1}/protocol/versions/${id}`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toMatch(
      /<ins class="version-diff__added"><span class="visually-hidden">добавлено: <\/span>Протокол направлен сторонам 12\.03\./,
    );
    const text = html
      .replace(/<script[\s\S]*?<\/script>/g, " ")
      .replace(/<[^>]+>/g, " ")
      .replace(/\s+/g, " ");
    expect(text).toContain("С этой версии добавлено блоков: 1; удалено: 0; изменено: 0.");
    expect(text).toContain("РЕШИЛИ:"); // the unchanged text is shown too
  });

  it("in English for a reader who chose English, with the date in their own timezone", async () => {
    const { id } = one<{ id: number }>("select id from protocol_versions where meeting_id = ? order by id limit 1", M1);
    const reader = await as("member5.ru@example.org");
    const page = await visible(await reader.get(`/meetings/${M1}/protocol/versions/${id}`));
    expect(page).toContain("Version saved on");
    expect(page).toMatch(/Since this version, blocks added: \d+; removed: \d+; changed: \d+\./);
  });

  it("an unknown version, a version of another meeting, a malformed id: not found", async () => {
    const { id } = one<{ id: number }>("select id from protocol_versions where meeting_id = ? limit 1", M1);
    const secretary = await as("secretary.ru@example.org");
    expect((await secretary.get(`/meetings/${M1}/protocol/versions/999999`)).status).toBe(404);
    expect((await secretary.get(`/meetings/${M2}/protocol/versions/${id}`)).status).toBe(404);
    expect((await secretary.get(`/meetings/${M1}/protocol/versions/01`)).status).toBe(404);
    const stranger = await as("partner@example.org");
    expect((await stranger.get(`/meetings/${M1}/protocol/versions/${id}`)).status).toBe(404);
    expect((await stranger.get(`/meetings/${M1}/protocol/versions`)).status).toBe(404);
  });
});
