// npm run bench:audit: appending audit entries (each in its own IMMEDIATE transaction, as commands do)
// and verifying the whole chain. Entries are keyed (HMAC-SHA256) and every commit appends a checkpoint line
// outside the database (decision 0009).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { appendAudit, verifyAuditLog } from "../db/audit";
import { migrateDatabase, openDatabase, writeTransaction } from "../db/client";
import { openAuditSeal } from "../server/audit/seal";
import { report } from "./support";

const ENTRIES = 20_000;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "audit-bench-"));
const db = openDatabase(path.join(dir, "audit.sqlite"));
migrateDatabase(db);
openAuditSeal(db, { dataDir: dir });
try {
  let started = performance.now();
  for (let i = 0; i < ENTRIES; i++) {
    // The checkpoint line of the previous commit is appended in a microtask, as between two requests.
    await Promise.resolve();
    writeTransaction(db, (tx) =>
      appendAudit(tx, 1, {
        action: "user.signed_in",
        subjectType: "user",
        subjectId: 1,
        details: { address: `10.0.${i % 250}.1` },
      }),
    );
  }
  const appendMs = performance.now() - started;
  started = performance.now();
  const verdict = verifyAuditLog(db);
  const verifyMs = performance.now() - started;
  if (!verdict.ok) throw new Error("chain did not verify");
  report("audit", [
    {
      what: "append (one transaction each, synchronous=FULL)",
      entries: ENTRIES,
      totalMs: Math.round(appendMs),
      perEntryMs: +(appendMs / ENTRIES).toFixed(3),
    },
    {
      what: "verify whole chain",
      entries: verdict.entries,
      totalMs: Math.round(verifyMs),
      perEntryMs: +(verifyMs / ENTRIES).toFixed(4),
    },
  ]);
} finally {
  db.$client.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
