import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { simpleParser } from "mailparser";
import { verifyAuditLog } from "../../db/audit";
import { TestClient } from "../support/http";
import { startTestPlatform } from "../support/platform";

let platform: Awaited<ReturnType<typeof startTestPlatform>>;
const db = () => platform.services.db.$client;

beforeAll(async () => {
  platform = await startTestPlatform(); // no SMTP: messages become .eml files
});
afterAll(() => platform.close());

describe("mail without SMTP", () => {
  it("an invitation is written as an .eml file in the data folder and listed on the outbox page", async () => {
    const admin = new TestClient(platform.url);
    await admin.signIn("admin@example.org");
    await admin.post("/admin/users", { email: "eml@example.org", name: "Получатель Письма" });
    await platform.mail.drain();

    const row = db().prepare("select id, status, eml_file from outbox where \"to\" = 'eml@example.org'").get() as {
      id: number;
      status: string;
      eml_file: string;
    };
    expect(row.status).toBe("sent");
    const file = path.join(platform.dataDir, "outbox", row.eml_file);
    const parsed = await simpleParser(fs.readFileSync(file));
    expect(parsed.subject).toBe("Приглашение на платформу сотрудничества");
    expect(parsed.text).toContain(`${platform.url}/invite/`);

    const list = await (await admin.get("/admin/outbox")).text();
    expect(list).toContain("eml@example.org");
    const page = await (await admin.get(`/admin/outbox/${row.id}`)).text();
    expect(page).toContain(`${platform.url}/invite/`);
    const download = await admin.get(`/admin/outbox/${row.id}/eml`);
    expect(download.headers.get("content-disposition")).toMatch(/^attachment;/);
    expect(Buffer.from(await download.arrayBuffer()).equals(fs.readFileSync(file))).toBe(true);
  });
});

describe("mail that cannot be delivered is kept and retried, never lost", () => {
  it("a failed attempt is recorded with its error and scheduled again", async () => {
    const { OutboxWorker } = await import("../../server/mail/outbox-worker");
    const { smtpDelivery } = await import("../../server/mail/transport");
    const { enqueueMail } = await import("../../db/outbox");
    // A port nothing listens on: the connection is refused at once.
    const broken = new OutboxWorker(platform.services.db, smtpDelivery("smtp://127.0.0.1:1"), "x@platform.test");
    platform.services.db.transaction((tx) =>
      enqueueMail(tx as never, { to: "retry@example.org", subject: "Повтор", text: "…" }),
    );
    await broken.drain();
    const row = db()
      .prepare("select status, attempts, last_error, next_attempt_at from outbox where \"to\" = 'retry@example.org'")
      .get() as { status: string; attempts: number; last_error: string; next_attempt_at: number };
    expect(row.status).toBe("pending");
    expect(row.attempts).toBe(1);
    expect(row.last_error).toMatch(/ECONNREFUSED/);
    expect(row.next_attempt_at).toBeGreaterThan(Date.now());
    await broken.stop();
  });
});

describe("the audit log", () => {
  it("refuses to change or remove an entry, even by hand in SQL", async () => {
    const client = new TestClient(platform.url);
    await client.signIn("member1.kz@example.org");
    expect(() => db().prepare("update audit_log set action = 'x' where seq = 1").run()).toThrow(/append-only/);
    expect(() => db().prepare("delete from audit_log").run()).toThrow(/append-only/);
    expect(verifyAuditLog(platform.services.db)).toMatchObject({ ok: true });
  });

  it("a change and its audit entry are one transaction: when the change fails, no entry is left", async () => {
    const admin = new TestClient(platform.url);
    await admin.signIn("admin@example.org");
    const before = (db().prepare("select count(*) as n from audit_log").get() as { n: number }).n;
    const response = await admin.post("/admin/organisations", {
      name: "",
      shortName: "",
      country: "ZZ",
      kind: "nonsense",
    });
    expect(response.status).toBe(422);
    expect((db().prepare("select count(*) as n from audit_log").get() as { n: number }).n).toBe(before);
  });

  it("the administrator's page verifies the chain and shows the entries", async () => {
    const admin = new TestClient(platform.url);
    await admin.signIn("admin@example.org");
    const created = await admin.post("/admin/organisations", {
      name: "Министерство труда и социальной защиты Республики Беларусь",
      shortName: "Минтруда Беларуси",
      country: "BY",
      kind: "ministry",
    });
    expect(created.status).toBe(302);
    const html = await (await admin.get("/admin/audit")).text();
    expect(html).toContain("Цепочка проверена");
    expect(html).toContain("Организация добавлена");
    expect(html).toContain("Миронова Ольга Сергеевна");
  });
});
