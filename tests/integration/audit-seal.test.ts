import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { CHAIN_KEYED_ACTION, entryHash, GENESIS_HASH } from "~/lib/audit-chain";
import { verifyCheckpointExport } from "../../db/audit-checkpoint";
import { auditEntries, verifyAuditLog } from "../../db/audit";
import { migrateDatabase, openDatabase } from "../../db/client";
import { openAuditSeal } from "../../server/audit/seal";
import { TestClient } from "../support/http";
import { startTestPlatform } from "../support/platform";

// Issue 8, item 4: whoever can write the database file, but cannot read the audit key, can neither rewrite
// the audit log nor cut its newest entries off unnoticed (decision 0012). Each test tampers with its own platform.

let platform: Awaited<ReturnType<typeof startTestPlatform>> | null = null;
afterEach(async () => {
  await platform?.close();
  platform = null;
});

async function started() {
  platform = await startTestPlatform();
  const admin = new TestClient(platform.url);
  await admin.signIn("admin@example.org");
  return { platform, admin, sql: platform.services.db.$client };
}

/** The same data folder, closed and started again. */
async function restarted() {
  const dataDir = platform!.dataDir;
  await platform!.close();
  platform = null;
  platform = await startTestPlatform({ dataDir });
  return platform;
}

/** What an intruder with the database file does: lift the append-only triggers, change, put them back. */
function byHand(sql: import("better-sqlite3").Database, change: () => void) {
  sql.exec("drop trigger audit_log_no_update; drop trigger audit_log_no_delete;");
  change();
  sql.exec(`CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
            CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;`);
}

async function auditPage(admin: TestClient) {
  const response = await admin.get("/admin/audit");
  expect(response.status).toBe(200);
  // What a reader sees: without the scripts (the dictionaries travel in them) and without tags.
  return (await response.text())
    .replace(/<script[\s\S]*?<\/script>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ");
}

describe("the chain is keyed and checkpointed outside the database", () => {
  it("the key file is created with mode 600 beside the database, and every commit appends a checkpoint of the head", async () => {
    const { platform, admin, sql } = await started();
    expect(fs.statSync(path.join(platform.dataDir, "audit.key")).mode & 0o777).toBe(0o600);
    await admin.post("/admin/organisations", {
      name: "Министерство экономики",
      shortName: "",
      country: "BY",
      kind: "ministry",
    });
    const head = sql.prepare("select seq, hash from audit_log order by seq desc limit 1").get() as {
      seq: number;
      hash: string;
    };
    const lines = fs.readFileSync(path.join(platform.dataDir, "audit.checkpoint"), "utf8").trim().split("\n");
    expect(lines.at(-1)).toMatch(new RegExp(`^${head.seq} ${head.hash} \\S+ [0-9a-f]{64}$`));
    expect(sql.prepare("select action from audit_log where seq = 1").get()).toEqual({ action: CHAIN_KEYED_ACTION });
    const html = await auditPage(admin);
    expect(html).toContain("Цепочка проверена");
    expect(html).toContain("заверены ключом");
    expect(await (await fetch(`${platform.url}/healthz`)).json()).toEqual({ status: "ok", audit: "verified" });
  });
});

describe("tampering is detected", () => {
  it("an entry changed and every hash after it recomputed (without the key) is detected: on the page, in /healthz, and at the next start", async () => {
    const { platform, admin, sql } = await started();
    await new TestClient(platform.url).signIn("member1.ru@example.org");
    const target = 2; // the demo's entry, with a sign-in or two after it
    byHand(sql, () => {
      const entries = [...auditEntries(platform.services.db)];
      let prev = entries[target - 2]?.hash ?? GENESIS_HASH;
      for (const e of entries.slice(target - 1)) {
        const { prevHash: _p, hash: _h, ...fields } = e;
        if (e.seq === target) fields.details = JSON.stringify({ forged: true });
        const hash = entryHash(prev, fields); // the only hash an intruder without the key can compute
        sql
          .prepare("update audit_log set details = ?, prev_hash = ?, hash = ? where seq = ?")
          .run(fields.details, prev, hash, e.seq);
        prev = hash;
      }
    });
    const html = await auditPage(admin);
    expect(html).toContain(`Цепочка нарушена на записи № ${target}: запись изменили в обход платформы`);
    expect(html).not.toContain("Скачать контрольную точку");
    expect(await (await fetch(`${platform.url}/healthz`)).json()).toEqual({ status: "ok", audit: "broken: hash" });
    expect((await admin.get("/admin/audit/checkpoint")).status).toBe(409);

    // The next start finds it too, and records the finding in the log itself.
    const again = await restarted();
    expect(again.audit.verdict).toMatchObject({ ok: false, reason: "hash", brokenAtSeq: target });
    const last = again.services.db.$client
      .prepare("select action, details from audit_log order by seq desc limit 1")
      .get();
    expect(last).toEqual({ action: "system.audit_verification_failed", details: `{"reason":"hash","seq":${target}}` });
  });

  it("the newest entries deleted are detected against the checkpoint, in Russian and in English", async () => {
    const { platform, admin, sql } = await started();
    const english = new TestClient(platform.url);
    await english.signIn("admin@example.org");
    for (const email of ["member1.ru@example.org", "member2.ru@example.org", "member3.ru@example.org"])
      await new TestClient(platform.url).signIn(email);
    const { n } = sql.prepare("select max(seq) as n from audit_log").get() as { n: number };
    byHand(sql, () => sql.prepare("delete from audit_log where seq > ?").run(n - 3));
    expect(verifyAuditLog(platform.services.db)).toMatchObject({ ok: false, reason: "truncated", brokenAtSeq: n - 2 });
    expect(await auditPage(admin)).toContain(
      `Из журнала удалены последние записи: контрольная точка вне базы насчитывает больше записей (не хватает начиная с № ${n - 2})`,
    );
    await english.post("/locale", { locale: "en", redirectTo: "/admin/audit" }); // a preference: not audited
    expect(await auditPage(english)).toContain("The newest entries were removed from the log");
    expect(await (await fetch(`${platform.url}/healthz`)).json()).toEqual({ status: "ok", audit: "broken: truncated" });
  });

  it("a checkpoint file rewritten without the key is detected", async () => {
    const { platform, admin } = await started();
    const file = path.join(platform.dataDir, "audit.checkpoint");
    fs.appendFileSync(file, `999 ${"a".repeat(64)} 2026-11-29T00:00:00.000Z ${"b".repeat(64)}\n`);
    expect(await auditPage(admin)).toContain("Файл контрольных точек изменён");
  });
});

describe("a signed checkpoint exported by an administrator", () => {
  it("downloads as a file, verifies against the deployment, and fails once altered or once the log is cut below it", async () => {
    const { platform, admin, sql } = await started();
    const download = await admin.get("/admin/audit/checkpoint");
    expect(download.status).toBe(200);
    expect(download.headers.get("content-disposition")).toMatch(/^attachment; filename="audit-checkpoint-\d+\.json"$/);
    const text = await download.text();
    const exported = JSON.parse(text) as { count: number; head: string; platform: string };
    expect(exported.platform).toBe(platform.url.replace("127.0.0.1", "localhost"));
    expect(verifyCheckpointExport(platform.services.db, text)).toMatchObject({ ok: true });

    const altered = JSON.stringify({ ...exported, count: exported.count - 1 });
    expect(verifyCheckpointExport(platform.services.db, altered)).toMatchObject({ ok: false, problem: "signature" });
    expect(verifyCheckpointExport(platform.services.db, "{}")).toMatchObject({ ok: false, problem: "malformed" });

    // The command an auditor runs on the server: exit 0 for the file as issued, 1 for the altered one.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "checkpoint-"));
    fs.writeFileSync(path.join(dir, "good.json"), text);
    fs.writeFileSync(path.join(dir, "altered.json"), altered);
    const run = promisify(execFile);
    const env = { ...process.env, DATA_DIR: platform.dataDir, DATABASE_FILE: "" };
    const tsx = path.resolve("node_modules/.bin/tsx");
    const ok = await run(tsx, ["server/cli/admin.ts", "verify-audit", path.join(dir, "good.json")], { env });
    expect(ok.stdout).toContain("OK: signed by key");
    await expect(
      run(tsx, ["server/cli/admin.ts", "verify-audit", path.join(dir, "altered.json")], { env }),
    ).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining("the file was altered") });

    // Cutting the log below the exported head is caught even if the intruder also rewrote the checkpoint file.
    byHand(sql, () => sql.prepare("delete from audit_log where seq >= ?").run(exported.count));
    fs.writeFileSync(path.join(platform.dataDir, "audit.checkpoint"), "");
    expect(verifyCheckpointExport(platform.services.db, text)).toMatchObject({ ok: false, problem: "notInLog" });
    fs.rmSync(dir, { recursive: true, force: true });
  }, 90_000); // two runs of the command through tsx: slow on a busy machine

  it("a checkpoint signed with another deployment's key is refused", async () => {
    const { platform, admin } = await started();
    const text = await (await admin.get("/admin/audit/checkpoint")).text();
    const other = await startTestPlatform();
    try {
      fs.writeFileSync(path.join(other.dataDir, "audit.key"), `${Buffer.alloc(32, 7).toString("base64")}\n`);
    } finally {
      await other.close();
    }
    const elsewhere = await startTestPlatform({ dataDir: other.dataDir });
    try {
      expect(verifyCheckpointExport(elsewhere.services.db, text)).toMatchObject({ ok: false, problem: "otherKey" });
    } finally {
      await elsewhere.close();
    }
    expect(verifyCheckpointExport(platform.services.db, text)).toMatchObject({ ok: true });
  });

  it("only an administrator may export it", async () => {
    const { platform } = await started();
    const member = new TestClient(platform.url);
    await member.signIn("member1.ru@example.org");
    expect((await member.get("/admin/audit/checkpoint")).status).toBe(403);
  });
});

describe("a database from before the key (decision 0012)", () => {
  it("is keyed from a marked entry at first start: the old entries stay as they were and are sealed by it", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "legacy-audit-"));
    const db = openDatabase(path.join(dir, "platform.sqlite"));
    try {
      migrateDatabase(db);
      let prev = GENESIS_HASH;
      for (let seq = 1; seq <= 3; seq++) {
        const fields = {
          seq,
          at: 1_700_000_000_000 + seq,
          actorId: null,
          action: "user.signed_in",
          subjectType: "user",
          subjectId: "1",
          details: "{}",
        };
        const hash = entryHash(prev, fields);
        db.$client
          .prepare(
            "insert into audit_log (seq, at, actor_id, action, subject_type, subject_id, details, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
          )
          .run(seq, fields.at, null, fields.action, fields.subjectType, fields.subjectId, fields.details, prev, hash);
        prev = hash;
      }
      const opened = openAuditSeal(db, { dataDir: dir });
      expect(opened.keyedNow).toBe(true);
      expect(opened.verdict).toMatchObject({ ok: true, entries: 4, keyedFrom: 4, checkpoint: 4 });
      const marker = db.$client.prepare("select action, details from audit_log where seq = 4").get();
      expect(marker).toEqual({
        action: CHAIN_KEYED_ACTION,
        details: `{"entriesBefore":3,"keyId":"${opened.seal.keyId}"}`,
      });
      // A second start does not key it again.
      expect(openAuditSeal(db, { dataDir: dir })).toMatchObject({ keyedNow: false, verdict: { ok: true } });
    } finally {
      db.$client.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
