import { once } from "node:events";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collabCloseCodes as codes } from "~/lib/protocol-room";
import { loadProtocol } from "../../db/protocols/store";
import { COMPACT_AFTER_UPDATES } from "../../server/collab/persistence";
import { openProtocol, signedInClient, typeParagraph, untilDoc, type ProtocolClient } from "../support/collab";
import { startTestPlatform } from "../support/platform";
import { reopenDemoProtocol } from "../support/signing";

// The life of a room (decision 0014): unloaded and compacted when the last editor leaves; a finalised protocol
// closes every editor at once and refuses every edit; shutting the platform down stores what is queued and tells the editors to reconnect.
let platform: Awaited<ReturnType<typeof startTestPlatform>>;
const clients: ProtocolClient[] = [];

beforeAll(async () => {
  platform = await startTestPlatform();
  reopenDemoProtocol(platform.services); // meeting № 1 arrives signed (issue 10): open its draft again
});
afterAll(async () => {
  for (const client of clients) client.destroy();
  await platform.close();
});

async function editor(email: string, meetingId: number, on = platform) {
  const client = openProtocol(on.url, await signedInClient(on.url, email), meetingId);
  clients.push(client);
  await client.synced;
  return client;
}

const sql = () => platform.services.db.$client;
const updatesOf = (meetingId: number) =>
  (sql().prepare("select count(*) as n from protocol_updates where meeting_id = ?").get(meetingId) as { n: number }).n;

describe("a room nobody has open", () => {
  it("is unloaded from memory once the last editor leaves, compacted into one snapshot, and reopens whole", async () => {
    const MEETING = 1;
    const ru = await editor("secretary.ru@example.org", MEETING);
    const kz = await editor("secretary.kz@example.org", MEETING);
    typeParagraph(ru, "Первый абзац");
    typeParagraph(ru, "Второй абзац");
    await untilDoc(kz.doc, () => kz.fragment.toString().includes("Второй абзац"));
    expect(updatesOf(MEETING)).toBeGreaterThan(0);
    expect(platform.collab.server.rooms.has(MEETING)).toBe(true);

    const unloaded = once(platform.collab.server.events, "unloaded");
    ru.destroy();
    kz.destroy();
    expect(await unloaded).toEqual([MEETING]);
    expect(platform.collab.server.rooms.has(MEETING)).toBe(false);
    expect(updatesOf(MEETING)).toBe(0);
    const stored = loadProtocol(platform.services.db, MEETING);
    expect(stored.updatesSinceSnapshot).toBe(0);
    expect(stored.doc.getXmlFragment("default").toString()).toContain("Второй абзац");
    stored.doc.destroy();

    const again = await editor("secretary.kz@example.org", MEETING);
    expect(again.fragment.toString()).toContain("Первый абзац");
    expect(again.fragment.toString()).toContain("Второй абзац");
  });
});

describe("an open room", () => {
  it(`is compacted after ${COMPACT_AFTER_UPDATES} updates, while the editors stay`, async () => {
    const MEETING = 1;
    const ru = await editor("secretary.ru@example.org", MEETING);
    const kz = await editor("secretary.kz@example.org", MEETING);
    const compacted = once(platform.collab.server.events, "compacted");
    const text = typeParagraph(ru, "");
    for (let i = 0; i < COMPACT_AFTER_UPDATES + 10; i++) text.insert(text.length, "ж");
    expect(await compacted).toEqual([MEETING]);
    expect(updatesOf(MEETING)).toBeLessThan(COMPACT_AFTER_UPDATES);
    await untilDoc(kz.doc, () => kz.fragment.toString().includes("ж".repeat(COMPACT_AFTER_UPDATES + 10)));
    const stored = loadProtocol(platform.services.db, MEETING);
    expect(stored.doc.getXmlFragment("default").toString()).toBe(kz.fragment.toString());
    stored.doc.destroy();
  });
});

describe("a finalised protocol", () => {
  it("closes every editor in the room at once (4409) and refuses any edit: nothing stored, nobody else sees it", async () => {
    const MEETING = 2;
    const ru = await editor("secretary.ru@example.org", MEETING);
    const kz = await editor("secretary.kz@example.org", MEETING);
    typeParagraph(ru, "До утверждения");
    await untilDoc(kz.doc, () => kz.fragment.toString().includes("До утверждения"));
    // Set as the finalising command sets it (tests/integration/protocol-finalised.test.ts runs the command itself):
    // the database tells the room, which closes every editor now, not at its next keystroke (issue 10).
    sql().prepare("update protocols set finalised_at = ? where meeting_id = ?").run(Date.now(), MEETING);
    expect((await ru.closed).code).toBe(codes.finalised);
    expect((await kz.closed).code).toBe(codes.finalised);

    typeParagraph(ru, "После утверждения");
    expect(platform.services.protocols.state(MEETING)).toBeTruthy();
    const stored = loadProtocol(platform.services.db, MEETING);
    expect(stored.doc.getXmlFragment("default").toString()).not.toContain("После утверждения");
    stored.doc.destroy();

    // Someone who joins now reads it, and is refused at the first edit; the platform's own changes too.
    const late = await editor("cochair.kz@example.org", MEETING);
    expect(late.fragment.toString()).toContain("До утверждения");
    expect(late.fragment.toString()).not.toContain("После утверждения");
    typeParagraph(late, "Поздняя правка");
    expect((await late.closed).code).toBe(codes.finalised);
    expect(() =>
      platform.services.protocols.change(MEETING, null, (doc) => doc.getXmlFragment("default").delete(0, 1)),
    ).toThrow();
    const after = loadProtocol(platform.services.db, MEETING);
    expect(after.doc.getXmlFragment("default").toString()).not.toContain("Поздняя правка");
    after.doc.destroy();
    expect(kz.fragment.toString()).not.toContain("После утверждения");
  });
});

describe("shutting down", () => {
  it("closes every socket with 4503 (reconnect) after storing what was sent", async () => {
    const other = await startTestPlatform();
    try {
      const ru = await editor("secretary.ru@example.org", 2, other);
      const closed = ru.closed;
      typeParagraph(ru, "Сказано перед остановкой");
      // The edit and the close travel on the same socket in order: what was sent before the close is read.
      const roomOpen = other.collab.server.rooms.get(2)!;
      await untilDoc(roomOpen.doc, () =>
        roomOpen.doc.getXmlFragment("default").toString().includes("перед остановкой"),
      );
      await other.close();
      expect((await closed).code).toBe(codes.restarting);
    } finally {
      await other.close().catch(() => {});
    }
    // The platform is closed: read its database file directly.
    const { openDatabase } = await import("../../db/client");
    const db = openDatabase(`${other.dataDir}/platform.sqlite`);
    const stored = loadProtocol(db, 2);
    expect(stored.doc.getXmlFragment("default").toString()).toContain("Сказано перед остановкой");
    stored.doc.destroy();
    db.$client.close();
  });
});
