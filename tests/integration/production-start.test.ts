import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { once } from "node:events";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestClient } from "../support/http";

// The bundled server as `npm start` runs it (build/server.js, NODE_ENV=production), on an empty data folder:
// it must migrate, load the demo (with its files) and serve, from wherever the bundle lives.
let server: ChildProcess;
let url: string;
let dataDir: string;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "platform-start-"));
  server = spawn(process.execPath, ["build/server.js"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: "0",
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      APP_URL: "",
      SMTP_URL: "",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  server.stdout!.setEncoding("utf8");
  server.stderr!.setEncoding("utf8");
  server.stderr!.on("data", (chunk: string) => (output += chunk));
  // The first line names the address; wait for it (or for the process to die) instead of sleeping.
  url = await new Promise<string>((resolve, reject) => {
    server.stdout!.on("data", (chunk: string) => {
      output += chunk;
      const match = output.match(/http:\/\/localhost:(\d+)/);
      if (match && match[1] !== "0") resolve(`http://localhost:${match[1]}`); // the origin forms must come from (APP_URL)
    });
    server.once("exit", (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
});

afterAll(async () => {
  server.kill("SIGTERM");
  if (server.exitCode === null) await once(server, "exit");
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
    server.kill("SIGTERM");
    const [code] = await once(server, "exit");
    expect(code).toBe(0);
  });
});
