import fs from "node:fs";
import { storedProtocolDocuments } from "../../db/protocols/documents";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { migrateDatabase, openDatabase } from "../../db/client";
import { seedDemo } from "../../db/seed/demo";
import { openAuditSeal } from "../../server/audit/seal";
import type { Services } from "../../app/context";

export const TMP = path.resolve("tests/.tmp");

/**
 * Once per run: a data folder with a migrated database and the demo loaded (argon2 hashing happens once,
 * here), which every test platform copies. Integration and end-to-end tests need the production build (`npm test` makes it).
 */
export default async function setup(project: TestProject) {
  fs.rmSync(TMP, { recursive: true, force: true });
  fs.mkdirSync(TMP, { recursive: true });
  const baseDataDir = path.join(TMP, "base");
  const baseDatabase = path.join(baseDataDir, "platform.sqlite");
  const db = openDatabase(baseDatabase);
  migrateDatabase(db);
  // The key file and the checkpoint file are copied with the database into every test platform's folder.
  const { seal } = openAuditSeal(db, { dataDir: baseDataDir });
  await seedDemo({
    db,
    config: { dataDir: baseDataDir, appUrl: "http://localhost" } as Services["config"],
    mail: { kick() {} },
    live: { publish() {} },
    protocols: storedProtocolDocuments(db),
  });
  // The demo's own letters (the signed protocol's copies to its fictional members) count as delivered in the base
  // copy: each test's SMTP server and outbox then see only the letters that test causes.
  db.$client.prepare("update outbox set status = 'sent', sent_at = ? where status = 'pending'").run(Date.now());
  seal.writeCheckpoint();
  db.$client.pragma("wal_checkpoint(TRUNCATE)");
  db.$client.close();
  project.provide("baseDataDir", baseDataDir);
}

declare module "vitest" {
  export interface ProvidedContext {
    baseDataDir: string;
  }
}
