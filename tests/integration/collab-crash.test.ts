import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import * as Y from "yjs";
import { openProtocol, signedInClient, typeParagraph, type ProtocolClient } from "../support/collab";
import { spawnServer, type ServerProcess } from "../support/server-process";

// Durability (decision 0014): every update is stored before anyone else sees it. Two secretaries type; the
// server is killed with SIGKILL mid-stream; after a restart, every update either of them had received is there.
const MEETING = 2;
const dataDir = fs.mkdtempSync(path.join(path.dirname(inject("baseDataDir")), "collab-crash-"));
fs.cpSync(inject("baseDataDir"), dataDir, { recursive: true });
const servers: ServerProcess[] = [];
const clients: ProtocolClient[] = [];

afterAll(async () => {
  for (const client of clients) client.destroy();
  for (const server of servers) await server.stop("SIGKILL");
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** Every update this client received from the server, applied into a document of its own. */
function receivedBy(client: ProtocolClient) {
  const seen = new Y.Doc();
  let count = 0;
  client.doc.on("update", (update: Uint8Array, origin: unknown) => {
    if (origin !== client.provider) return;
    Y.applyUpdate(seen, update);
    count++;
  });
  return { seen, count: () => count };
}

/** Types one character per turn of the event loop until stopped. */
function keepTyping(client: ProtocolClient, label: string) {
  const text = typeParagraph(client, `${label}: `);
  let typing = true;
  const loop = async () => {
    for (let i = 0; typing; i++) {
      text.insert(text.length, String(i % 10));
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  void loop();
  return () => (typing = false);
}

describe("SIGKILL while two secretaries type", () => {
  it("after the restart, every update that was broadcast before the kill is stored", async () => {
    const first = await spawnServer(dataDir);
    servers.push(first);
    const ru = openProtocol(first.url, await signedInClient(first.url, "secretary.ru@example.org"), MEETING);
    const kz = openProtocol(first.url, await signedInClient(first.url, "secretary.kz@example.org"), MEETING);
    clients.push(ru, kz);
    await Promise.all([ru.synced, kz.synced]);
    const byRu = receivedBy(ru);
    const byKz = receivedBy(kz);
    const stops = [keepTyping(ru, "RU"), keepTyping(kz, "KZ")];

    // Kill at an arbitrary moment of the stream: once each side has received plenty from the other.
    const exited = new Promise<void>((resolve) => first.child.once("exit", () => resolve()));
    await new Promise<void>((resolve) => {
      const check = () => {
        if (byRu.count() < 100 || byKz.count() < 100) return;
        first.child.kill("SIGKILL");
        resolve();
      };
      ru.doc.on("update", check);
      kz.doc.on("update", check);
    });
    await exited;
    stops.forEach((stop) => stop());
    ru.destroy();
    kz.destroy();
    expect(first.child.signalCode).toBe("SIGKILL");

    const second = await spawnServer(dataDir);
    servers.push(second);
    const reader = openProtocol(second.url, await signedInClient(second.url, "cochair.ru@example.org"), MEETING);
    clients.push(reader);
    await reader.synced;
    const stored = Y.decodeStateVector(Y.encodeStateVector(reader.doc));
    for (const { seen } of [byRu, byKz]) {
      // Nothing that a client saw is missing: every clock it holds is stored, and no struct is left over.
      for (const [clientId, clock] of Y.decodeStateVector(Y.encodeStateVector(seen)))
        expect(stored.get(clientId) ?? 0).toBeGreaterThanOrEqual(clock);
      const missing = Y.decodeUpdate(Y.diffUpdate(Y.encodeStateAsUpdate(seen), Y.encodeStateVector(reader.doc)));
      expect(missing.structs).toEqual([]);
    }
    expect(reader.fragment.toString()).toContain("RU: ");
    expect(reader.fragment.toString()).toContain("KZ: ");
  }, 120_000);
});
