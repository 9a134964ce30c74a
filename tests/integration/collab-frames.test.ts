import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { collabCloseCodes as codes, protocolRoom } from "~/lib/protocol-room";
import { badFrames, syncUpdateFrame } from "../support/bad-frames";
import { databaseFingerprint } from "../support/db-snapshot";
import {
  closeCodeOf,
  openProtocol,
  rawSocket,
  signedInClient,
  typeParagraph,
  untilDoc,
  upgradeHeaders,
  type ProtocolClient,
} from "../support/collab";
import type { TestClient } from "../support/http";
import { startTestPlatform } from "../support/platform";

// STACK.md pitfall 15: a bad update can half-apply. A thousand truncated, bit-flipped and random frames, each on
// its own socket of an editor (whose good updates would be stored), leave the stored document byte-for-byte as
// it was. tests/unit/collab-frames.test.ts runs many thousands more through the same reader, without sockets.
let platform: Awaited<ReturnType<typeof startTestPlatform>>;
let secretary: TestClient;
let watcher: ProtocolClient;
const MEETING = 2;
// Each bad frame costs a socket (it is closed at the first); the unit test sends many more without sockets.
const FRAMES = 1_000;

beforeAll(async () => {
  platform = await startTestPlatform();
  secretary = await signedInClient(platform.url, "secretary.ru@example.org");
  // An editor stays in the room throughout: the document stays open (no unload, no compaction between looks).
  watcher = openProtocol(platform.url, await signedInClient(platform.url, "secretary.kz@example.org"), MEETING);
  await watcher.synced;
  platform.services.protocols.change(MEETING, null, (doc) => {
    const paragraph = new Y.XmlElement("paragraph");
    doc.getXmlFragment("default").push([paragraph]);
    paragraph.insert(0, [new Y.XmlText("Протокол заседания № 2")]);
  });
  await untilDoc(watcher.doc, () => watcher.fragment.toString().includes("Протокол заседания"));
});
afterAll(async () => {
  watcher.destroy();
  await platform.close();
});

/** Sends each frame on its own socket (the first bad frame closes it) and collects the close codes. */
async function sendEach(frames: Uint8Array[], parallel = 16): Promise<Map<number, number>> {
  const codesSeen = new Map<number, number>();
  let next = 0;
  const worker = async () => {
    while (next < frames.length) {
      const frame = frames[next++]!;
      const outcome = await rawSocket(platform.url, protocolRoom(MEETING), upgradeHeaders(secretary));
      if (!("opened" in outcome)) throw new Error(`upgrade refused: ${outcome.refused}`);
      const closed = closeCodeOf(outcome.opened);
      outcome.opened.send(frame);
      const code = await closed;
      codesSeen.set(code, (codesSeen.get(code) ?? 0) + 1);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return codesSeen;
}

function protocolTables() {
  const all = databaseFingerprint(platform.services.db.$client);
  return { protocols: all.protocols, protocol_updates: all.protocol_updates };
}

describe("bad frames", () => {
  it(`${FRAMES} truncated, bit-flipped and random frames: each socket closed with 4400, the document byte-for-byte unchanged`, async () => {
    const before = { tables: protocolTables(), state: platform.services.protocols.state(MEETING) };
    const frames = badFrames(before.state, FRAMES);
    const seen = await sendEach(frames);
    expect(Object.fromEntries(seen)).toEqual({ [codes.badFrame]: FRAMES });
    expect(protocolTables()).toEqual(before.tables);
    expect(Buffer.from(platform.services.protocols.state(MEETING))).toEqual(Buffer.from(before.state));
    expect(Y.encodeStateVector(watcher.doc)).toEqual(Y.encodeStateVector(openDocOf(before.state)));
  }, 120_000);

  it("an oversized frame is closed with 1009, a text frame with 4400; the document is unchanged", async () => {
    const before = protocolTables();
    const big = await rawSocket(platform.url, protocolRoom(MEETING), upgradeHeaders(secretary));
    if (!("opened" in big)) throw new Error("refused");
    const bigClosed = closeCodeOf(big.opened);
    big.opened.send(syncUpdateFrame(new Uint8Array(3 * 1024 * 1024)));
    expect(await bigClosed).toBe(1009);
    const text = await rawSocket(platform.url, protocolRoom(MEETING), upgradeHeaders(secretary));
    if (!("opened" in text)) throw new Error("refused");
    const textClosed = closeCodeOf(text.opened);
    text.opened.send("\u0000\u0002hello");
    expect(await textClosed).toBe(codes.badFrame);
    expect(protocolTables()).toEqual(before);
  });

  it("the server is still up and serving: a new editor syncs and writes", async () => {
    const editor = openProtocol(platform.url, secretary, MEETING);
    try {
      await editor.synced;
      typeParagraph(editor, "После обстрела");
      await untilDoc(watcher.doc, () => watcher.fragment.toString().includes("После обстрела"));
      expect((await fetch(`${platform.url}/healthz`)).status).toBe(200);
    } finally {
      editor.destroy();
    }
  });
});

function openDocOf(state: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return doc;
}
