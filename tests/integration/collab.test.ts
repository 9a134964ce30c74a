import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { sideColour } from "~/lib/protocol-colours";
import { collabCloseCodes as codes, protocolRoom } from "~/lib/protocol-room";
import { loadProtocol } from "../../db/protocols/store";
import { MAX_COLLAB_SOCKETS_PER_USER } from "../../server/collab";
import {
  closeCodeOf,
  openProtocol,
  presenceSeenBy,
  rawSocket,
  signedInClient,
  typeParagraph,
  untilDoc,
  upgradeHeaders,
  type ProtocolClient,
} from "../support/collab";
import { startTestPlatform } from "../support/platform";

// The collaboration server of the live protocol (issue 9, decision 0014) with real sockets on a free port.
let platform: Awaited<ReturnType<typeof startTestPlatform>>;
const open: ProtocolClient[] = [];
const MEETING = 2; // the working group's meeting № 2, convened

beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(async () => {
  for (const client of open) client.destroy();
  await platform.close();
});

async function protocolOf(email: string, meetingId = MEETING) {
  const client = openProtocol(platform.url, await signedInClient(platform.url, email), meetingId);
  open.push(client);
  await client.synced;
  return client;
}

const storedText = (meetingId = MEETING) => {
  const stored = loadProtocol(platform.services.db, meetingId);
  const text = stored.doc.getXmlFragment("default").toString();
  stored.doc.destroy();
  return text;
};
const storedUpdates = () =>
  platform.services.db.$client.prepare("select count(*) as n from protocol_updates").get() as { n: number };

describe("two secretaries write together", () => {
  it("the RU and KZ secretaries' providers converge, and what they wrote is stored", async () => {
    const ru = await protocolOf("secretary.ru@example.org");
    const kz = await protocolOf("secretary.kz@example.org");
    typeParagraph(ru, "СЛУШАЛИ: доклад российской стороны.");
    await untilDoc(kz.doc, () => kz.fragment.toString().includes("СЛУШАЛИ: доклад российской стороны."));
    typeParagraph(kz, "ВЫСТУПИЛИ: казахстанская сторона.");
    await untilDoc(ru.doc, () => ru.fragment.toString().includes("ВЫСТУПИЛИ: казахстанская сторона."));
    expect(ru.fragment.toString()).toBe(kz.fragment.toString());
    // Stored before it was broadcast: what the other side saw is in the database.
    expect(storedText()).toContain("СЛУШАЛИ: доклад российской стороны.");
    expect(storedText()).toContain("ВЫСТУПИЛИ: казахстанская сторона.");
  });

  // Presence is stamped by the server: name, side and colour (the side's, from the seat at connection). This test
  // used to expect the client's own colour to pass through; since this round nobody can appear as another side.
  it("awareness carries the signed-in user's name, side and colour, whatever the client claims", async () => {
    const ru = await protocolOf("secretary.ru@example.org");
    const kz = await protocolOf("secretary.kz@example.org");
    // The Kazakh secretary's client claims to be the Russian co-chair, for the Russian side, in its colour.
    kz.provider.awareness.setLocalStateField("user", {
      name: "Председатель (не я)",
      side: "Российская Федерация",
      color: sideColour(1),
      editing: true,
    });
    const seen = await presenceSeenBy(ru, kz.doc.clientID);
    expect(seen).toEqual({
      name: "Омарова Динара Сериковна",
      side: "Республика Казахстан",
      color: sideColour(2),
      editing: true,
    });
    expect(seen.color).not.toBe(sideColour(1));
  });

  it("a member reading the draft appears for their own side, and never as editing", async () => {
    const ru = await protocolOf("secretary.ru@example.org");
    const member = await protocolOf("member1.kz@example.org");
    member.provider.awareness.setLocalStateField("user", { name: "x", side: "Российская Федерация", editing: true });
    expect(await presenceSeenBy(ru, member.doc.clientID)).toMatchObject({
      side: "Республика Казахстан",
      color: sideColour(2),
      editing: false,
    });
  });
});

describe("who gets a socket", () => {
  it("no session: 401, and no socket", async () => {
    const anonymous = await rawSocket(platform.url, protocolRoom(MEETING), { origin: new URL(platform.url).origin });
    expect(anonymous).toEqual({ refused: 401 });
  });

  it("a foreign Origin: 403, and no socket, even with a valid session", async () => {
    const secretary = await signedInClient(platform.url, "secretary.ru@example.org");
    const foreign = await rawSocket(
      platform.url,
      protocolRoom(MEETING),
      upgradeHeaders(secretary, "https://evil.example"),
    );
    expect(foreign).toEqual({ refused: 403 });
    expect(await rawSocket(platform.url, protocolRoom(MEETING), upgradeHeaders(secretary, null))).toEqual({
      refused: 403,
    });
  });

  it("a stranger to the body, an unknown meeting and a room that is no protocol: 404, and no socket", async () => {
    const stranger = await signedInClient(platform.url, "partner@example.org");
    expect(await rawSocket(platform.url, protocolRoom(MEETING), upgradeHeaders(stranger))).toEqual({ refused: 404 });
    const secretary = await signedInClient(platform.url, "secretary.ru@example.org");
    for (const room of [protocolRoom(424242), "protocol-02", "protocol-2x", "other-2", "%E0%A4%A"]) {
      expect(await rawSocket(platform.url, room, upgradeHeaders(secretary))).toEqual({ refused: 404 });
    }
  });

  it(`one user holds at most ${MAX_COLLAB_SOCKETS_PER_USER} sockets: one more gets 429, and no socket`, async () => {
    const cochair = await signedInClient(platform.url, "cochair.ru@example.org");
    const sockets = [];
    for (let i = 0; i < MAX_COLLAB_SOCKETS_PER_USER; i++) {
      const outcome = await rawSocket(platform.url, protocolRoom(MEETING), upgradeHeaders(cochair));
      if (!("opened" in outcome)) throw new Error(`refused: ${outcome.refused}`);
      sockets.push(outcome.opened);
    }
    expect(await rawSocket(platform.url, protocolRoom(MEETING), upgradeHeaders(cochair))).toEqual({ refused: 429 });
    for (const ws of sockets) ws.close();
  });

  it("signing out closes the socket with 4401", async () => {
    const client = await signedInClient(platform.url, "secretary.kz@example.org");
    const kz = openProtocol(platform.url, client, MEETING);
    open.push(kz);
    await kz.synced;
    expect((await client.post("/logout", {})).status).toBe(302);
    expect((await kz.closed).code).toBe(codes.unauthenticated);
  });
});

describe("read-only: a member follows the draft", () => {
  it("a member sees the text; their edits are neither stored nor broadcast; repeated attempts close with 4403", async () => {
    const ru = await protocolOf("secretary.ru@example.org");
    const kz = await protocolOf("secretary.kz@example.org");
    const member = await protocolOf("member1.ru@example.org");
    typeParagraph(ru, "РЕШИЛИ: одобрить.");
    await untilDoc(member.doc, () => member.fragment.toString().includes("РЕШИЛИ: одобрить."));
    const before = { rows: storedUpdates().n, text: storedText() };

    typeParagraph(member, "Правка участника");
    // The member's presence comes after the edit on the same socket; a secretary's edit after that is committed
    // in a later turn than the member's edit would have been, so it reaches KZ after it.
    member.provider.awareness.setLocalStateField("user", { name: "x" });
    await new Promise<void>((resolve) => {
      const check = () => ru.provider.awareness.getStates().has(member.doc.clientID) && resolve();
      ru.provider.awareness.on("change", check);
      check();
    });
    typeParagraph(ru, "Метка после правки участника");
    await untilDoc(kz.doc, () => kz.fragment.toString().includes("Метка после правки участника"));
    expect(kz.fragment.toString()).not.toContain("Правка участника");
    expect(ru.fragment.toString()).not.toContain("Правка участника");
    expect(storedText()).not.toContain("Правка участника");
    expect(storedUpdates().n).toBe(before.rows + 1);

    typeParagraph(member, "ещё");
    typeParagraph(member, "и ещё");
    expect((await member.closed).code).toBe(codes.forbidden);
    expect(storedText()).not.toContain("ещё");
  });
});

describe("role changes", () => {
  it("a secretary made a member is closed (4403); reconnecting, they are read-only", async () => {
    const client = await signedInClient(platform.url, "secretary.kz@example.org");
    const kz = openProtocol(platform.url, client, MEETING);
    open.push(kz);
    await kz.synced;
    const sql = platform.services.db.$client;
    const userId = (
      sql.prepare("select id from users where email = ?").get("secretary.kz@example.org") as { id: number }
    ).id;
    sql.prepare("update memberships set role = 'member' where user_id = ? and role = 'secretary'").run(userId);
    try {
      expect((await kz.closed).code).toBe(codes.forbidden);
      const again = await rawSocket(platform.url, protocolRoom(MEETING), upgradeHeaders(client));
      expect("opened" in again).toBe(true);
      if ("opened" in again) again.opened.close();
    } finally {
      sql
        .prepare("update memberships set role = 'secretary' where user_id = ? and role = 'member' and body_id = 1")
        .run(userId);
    }
  });
});

describe("the platform's own changes", () => {
  it("services.protocols.change stores, then reaches an open editor", async () => {
    const ru = await protocolOf("secretary.ru@example.org");
    platform.services.protocols.change(MEETING, null, (doc) => {
      const paragraph = new Y.XmlElement("paragraph");
      doc.getXmlFragment("default").push([paragraph]);
      paragraph.insert(0, [new Y.XmlText("Сформировано платформой")]);
    });
    expect(storedText()).toContain("Сформировано платформой");
    await untilDoc(ru.doc, () => ru.fragment.toString().includes("Сформировано платформой"));
    expect(Y.encodeStateVector(ru.doc)).toEqual(
      Y.encodeStateVector(
        (() => {
          const d = new Y.Doc();
          Y.applyUpdate(d, platform.services.protocols.state(MEETING));
          return d;
        })(),
      ),
    );
  });
});
