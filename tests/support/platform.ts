import type { ServerBuild } from "@remix-run/node";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { inject } from "vitest";
import { startPlatform, type Platform } from "../../server/start";

const buildDir = path.resolve("build");

async function loadBuild(): Promise<ServerBuild> {
  const entry = path.join(buildDir, "server", "index.js");
  if (!fs.existsSync(entry)) throw new Error("No production build: run `npm run build` (npm test does it first).");
  return (await import(pathToFileURL(entry).href)) as ServerBuild;
}

/**
 * The real platform, as `npm start` runs it, on a free port of the loopback, with its own copy of the
 * demo database and its own data folder. Mail goes to `smtpUrl` when given, to .eml files otherwise.
 */
export async function startTestPlatform(
  options: { smtpUrl?: string; dataDir?: string } = {},
): Promise<Platform & { dataDir: string }> {
  const base = inject("baseDataDir");
  // `dataDir`: start again on the folder of a platform that was closed (a restart).
  let dataDir = options.dataDir;
  if (!dataDir) {
    dataDir = fs.mkdtempSync(path.join(path.dirname(base), "platform-"));
    fs.cpSync(base, dataDir, { recursive: true });
  }
  const databaseFile = path.join(dataDir, "platform.sqlite");
  const platform = await startPlatform({
    config: {
      appUrl: "http://localhost",
      dataDir,
      databaseFile,
      smtpUrl: options.smtpUrl ?? null,
      mailFrom: "Платформа <no-reply@platform.test>",
      secureCookies: false,
      production: true,
    },
    port: 0,
    host: "127.0.0.1",
    demo: false,
    appUrlFromPort: true,
    build: await loadBuild(),
    assets: { clientDir: path.join(buildDir, "client") },
  });
  // The demo's queued letters (the signed protocol's copies carry its PDF) go out in the background after start:
  // let that finish first, so a test sees only what it does itself (fingerprints, letters, outbox rows).
  await platform.mail.drain();
  return { ...platform, dataDir };
}
