import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { once } from "node:events";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestClient } from "../support/http";
import { spawnServer, type ServerProcess } from "../support/server-process";

// The bundled server as `npm start` runs it (build/server.js, NODE_ENV=production), on an empty data folder:
// it must migrate, load the demo (with its files) and serve, from wherever the bundle lives.
let server: ServerProcess;
let url: string;
let dataDir: string;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "platform-start-"));
  server = await spawnServer(dataDir);
  url = server.url;
});

afterAll(async () => {
  await server.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("npm start on a fresh data folder", () => {
  it("creates and migrates the database, loads the demo and serves the sign-in page", async () => {
    expect(fs.existsSync(path.join(dataDir, "platform.sqlite"))).toBe(true);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const login = await fetch(`${url}/login`);
    expect(login.status).toBe(200);
    expect(await login.text()).toContain('name="email"');
  });

  it("the demo's documents are there: the working group's regulation downloads", async () => {
    const member = new TestClient(url);
    await member.signIn("member1.ru@example.org");
    const regulation = await member.get("/bodies/1/regulation");
    expect(regulation.status).toBe(200);
    expect(await regulation.text()).toContain("Межгосударственной рабочей группе");
    expect((await member.get("/meetings/2")).status).toBe(200);
  });

  it("stops cleanly on SIGTERM", async () => {
    const exited = once(server.child, "exit");
    server.child.kill("SIGTERM");
    const [code] = await exited;
    expect(code).toBe(0);
  });
});
