import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { type ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { finaliseProtocol } from "../../db/commands/protocols/finalise";
import { reopenProtocol } from "../../db/commands/protocols/reopen";
import { signProtocol } from "../../db/commands/protocols/sign";
import { users } from "../../db/schema/accounts";
import { DEMO_PASSWORD } from "../../db/seed/demo-people";
import { databaseFingerprint } from "../support/db-snapshot";
import { TestClient } from "../support/http";
import { pdfText } from "../support/pdf-text";
import { startTestPlatform } from "../support/platform";
import { startSmtpServer } from "../support/smtp";
import { sqlOf } from "../support/sql";

// Issue 10: a final protocol exported as PDF and DOCX, verified at /verify, and circulated by e-mail with its PDF
// once the last signature lands (R11). Meeting № 1 of the demo arrives finalised and signed by its four signatories.
const M1 = 1;
const M2 = 2;
let platform: Awaited<ReturnType<typeof startTestPlatform>>;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
const { db, one, all } = sqlOf(() => platform);
const person = (email: string) => platform.services.db.select().from(users).where(eq(users.email, email)).get()!;
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const bytesOf = async (response: Response) => new Uint8Array(await response.arrayBuffer());
const currentFinal = () =>
  one<{ id: number; sha256: string; number: number }>(
    "select f.id, f.sha256, f.number from protocol_finals f join protocols p on p.current_final_id = f.id where p.meeting_id = ?",
    M1,
  );

const inbox: ParsedMail[] = [];

async function client(email?: string) {
  const c = new TestClient(platform.url);
  if (email) await c.signIn(email);
  return c;
}

/** POSTs a file to /verify as a browser form does (multipart, field `file`), signed out. */
async function verifyFile(bytes: Uint8Array, name = "Протокол; v2=final.pdf") {
  const form = new FormData();
  form.append("file", new Blob([new Uint8Array(bytes)], { type: "application/pdf" }), name);
  const response = await fetch(new URL("/verify", platform.url), {
    method: "POST",
    body: form,
    headers: { origin: new URL(platform.url).origin },
  });
  return { status: response.status, html: await response.text() };
}

beforeAll(async () => {
  smtp = await startSmtpServer();
  platform = await startTestPlatform({ smtpUrl: smtp.url });
  void (async () => {
    for (;;) inbox.push(await smtp.nextMessage());
  })();
});
afterAll(async () => {
  await platform.close();
  await smtp.close();
});

describe("/meetings/<id>/protocol.pdf: the signed protocol, A4, fonts embedded, a signature page", () => {
  let pdf: Uint8Array;

  it("a member downloads it: a PDF attachment with an RFC 5987 name, recorded by its SHA-256", async () => {
    const member = await client("member1.ru@example.org");
    const response = await member.get(`/meetings/${M1}/protocol.pdf`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="[^"]+\.pdf"; filename\*=UTF-8''%D0%9F%D1%80%D0%BE%D1%82%D0%BE%D0%BA%D0%BE%D0%BB/,
    );
    pdf = await bytesOf(response);
    expect(one("select final_id, format, signatures from protocol_exports where sha256 = ?", sha256(pdf))).toEqual({
      final_id: currentFinal().id,
      format: "pdf",
      signatures: 4,
    });
  });

  it("its text is extractable: «ПРОТОКОЛ», the quorum statement, the signatories, the hash and the verification link", async () => {
    const text = await pdfText(pdf);
    const { sha256: textHash } = currentFinal();
    expect(text).toContain("ПРОТОКОЛ № 1");
    expect(text).toContain("Кворум имеется. Заседание правомочно.");
    expect(text).toContain("Лист подписей к протоколу № 1");
    for (const name of all<{ signed_name: string }>(
      "select signed_name from protocol_signatures where final_id = ?",
      currentFinal().id,
    ))
      expect(text).toContain(name.signed_name);
    expect(text).toContain("исполняющий обязанности сопредседателя");
    expect(text).toContain(textHash);
    expect(text).toContain(`${platform.url}/verify?hash=${textHash}`);
    expect(text).toMatch(/Страница 1 из \d+/);
  });

  it("is deterministic: the same text and signatures give the same bytes", async () => {
    const again = await bytesOf(await (await client("cochair.kz@example.org")).get(`/meetings/${M1}/protocol.pdf`));
    expect(sha256(again)).toBe(sha256(pdf));
  });

  it("the DOCX is an editable Word document with the same text and the signatures", async () => {
    const response = await (await client("member2.kz@example.org")).get(`/meetings/${M1}/protocol.docx`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/wordprocessingml/);
    const mammoth = await import("mammoth");
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(await bytesOf(response)) });
    expect(html).toContain("<h1>ПРОТОКОЛ № 1</h1>");
    expect(html).toMatch(/<ul><li>/);
    expect(html).toContain(currentFinal().sha256);
  });

  it("a stranger to the body gets 404 for both files; signed out, the sign-in page", async () => {
    const partner = await client("partner@example.org");
    for (const file of ["protocol.pdf", "protocol.docx"]) {
      expect((await partner.get(`/meetings/${M1}/${file}`)).status).toBe(404);
      expect((await partner.get(`/meetings/999999/${file}`)).status).toBe(404);
      const anonymous = await (await client()).get(`/meetings/${M1}/${file}`);
      expect(anonymous.status).toBe(302);
      expect(anonymous.headers.get("location")).toMatch(/^\/login\?redirectTo=/);
    }
    // The expert of meeting № 2 is a guest of that meeting only.
    expect((await (await client("expert@example.org")).get(`/meetings/${M1}/protocol.pdf`)).status).toBe(404);
  });

  it("a meeting without a final text answers 409 with a page that says so, in the reader's language", async () => {
    const response = await (await client("member1.ru@example.org")).get(`/meetings/${M2}/protocol.pdf`);
    expect(response.status).toBe(409);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    expect(await response.text()).toContain("Окончательного текста протокола ещё нет");
  });
});

describe("/verify: public, by the PDF itself or by a hash", () => {
  let pdf: Uint8Array;
  beforeAll(async () => {
    pdf = await bytesOf(await (await client("member1.ru@example.org")).get(`/meetings/${M1}/protocol.pdf`));
  });

  it("the exported PDF verifies, signed out: which text, who signed in what capacity for which side, and that every signature checks", async () => {
    const { status, html } = await verifyFile(pdf);
    expect(status).toBe(200);
    expect(html).toContain("Подтверждено");
    expect(html).toContain("Файл в точности совпадает с протоколом, выгруженным с платформы.");
    expect(html).toContain("Все подписи проверены открытым ключом платформы.");
    expect(html).toContain(currentFinal().sha256);
    expect(html).toContain("ответственный секретарь");
    expect(html.match(/подпись платформы верна/g)).toHaveLength(4);
    // Nothing of the meeting beyond what the file prints: no link to it for a visitor who may not read it.
    expect(html).not.toContain(`/meetings/${M1}/protocol"`);
  });

  it("the same PDF with one byte changed does not verify, and the page says so; nothing is stored", async () => {
    const before = databaseFingerprint(db());
    for (const at of [Math.floor(pdf.length / 2), pdf.length - 10]) {
      const changed = new Uint8Array(pdf);
      changed[at] = changed[at]! ^ 0x01;
      const { status, html } = await verifyFile(changed);
      expect(status).toBe(422);
      expect(html).toContain("Не подтверждено");
      expect(html).toContain("в нём изменён хотя бы один байт");
      expect(html).toContain(sha256(changed));
      expect(html).not.toContain("Все подписи проверены");
    }
    expect(databaseFingerprint(db())).toEqual(before);
  });

  it("by the text's hash (the link on the signature page) and by the file's hash; a hash of nothing matches nothing", async () => {
    const byText = await (await fetch(new URL(`/verify?hash=${currentFinal().sha256}`, platform.url))).text();
    expect(byText).toContain("Контрольная сумма совпадает с окончательным текстом протокола.");
    expect(byText.match(/подпись платформы верна/g)).toHaveLength(4);
    const byFile = await (await fetch(new URL(`/verify?hash=${sha256(pdf).toUpperCase()}`, platform.url))).text();
    expect(byFile).toContain("Файл в точности совпадает");
    const none = await (await fetch(new URL(`/verify?hash=${"0".repeat(64)}`, platform.url))).text();
    expect(none).toContain("Эта контрольная сумма не совпадает ни с одним окончательным текстом");
    expect(none).not.toContain("Протокол № 1");
    const malformed = await fetch(new URL("/verify?hash=12345'<script>", platform.url));
    expect(malformed.status).toBe(200);
    expect(await malformed.text()).toContain("64 шестнадцатеричных символа");
  });

  it("a member who reads the meeting gets a link to it", async () => {
    const html = await (await (await client("member1.ru@example.org")).get(`/verify?hash=${sha256(pdf)}`)).text();
    expect(html).toContain(`href="/meetings/${M1}/protocol"`);
  });

  it("no file, or a form that is not multipart: a clear message, nothing stored", async () => {
    const before = databaseFingerprint(db());
    const empty = await fetch(new URL("/verify", platform.url), {
      method: "POST",
      body: new FormData(),
      headers: { origin: new URL(platform.url).origin },
    });
    expect(empty.status).toBe(422);
    expect(await empty.text()).toContain("Выберите PDF-файл протокола.");
    const json = await fetch(new URL("/verify", platform.url), {
      method: "POST",
      body: "{}",
      headers: { origin: new URL(platform.url).origin, "content-type": "application/json" },
    });
    expect(json.status).toBe(415);
    const foreign = await fetch(new URL("/verify", platform.url), {
      method: "POST",
      body: new FormData(),
      headers: { origin: "https://evil.example" },
    });
    expect(foreign.status).toBe(403);
    expect(databaseFingerprint(db())).toEqual(before);
  });
});

describe("R11 (3.10): the signed protocol goes to every member, with its PDF, through the outbox", () => {
  it("a correction is finalised and signed again: the last signature queues one letter per member; each arrives over SMTP with the PDF that verifies", async () => {
    const { services } = platform;
    const previous = currentFinal();
    reopenProtocol(services, person("secretary.kz@example.org"), M1);
    const { sha256: textHash, finalId } = finaliseProtocol(services, person("secretary.ru@example.org"), M1);
    const signers = ["secretary.ru@example.org", "secretary.kz@example.org", "cochair.ru@example.org"];
    for (const email of signers)
      await signProtocol(services, person(email), M1, { password: DEMO_PASSWORD, textSha256: textHash });
    expect(all("select id from protocol_circulations where final_id = ?", finalId)).toEqual([]);
    await signProtocol(services, person("deputy.kz@example.org"), M1, {
      password: DEMO_PASSWORD,
      textSha256: textHash,
    });

    const members = all<{ email: string; locale: string | null }>(
      `select distinct u.email, u.locale from memberships m join users u on u.id = m.user_id
       where m.body_id = 1 and m.starts_at <= ? and (m.ends_at is null or m.ends_at > ?) and u.status != 'disabled'`,
      Date.now(),
      Date.now(),
    );
    const circulated = all<{ email: string; outbox_id: number }>(
      "select u.email, c.outbox_id from protocol_circulations c join users u on u.id = c.user_id where c.final_id = ?",
      finalId,
    );
    expect(circulated.map((c) => c.email).sort()).toEqual(members.map((m) => m.email).sort());
    const exported = one<{ sha256: string }>(
      "select sha256 from protocol_exports where final_id = ? and signatures = 4",
      finalId,
    );

    // Every letter arrives at the real SMTP server, in the member's language, with the PDF attached.
    const deadline = Date.now() + 20_000;
    const ours = (m: ParsedMail) =>
      m.attachments.some((a) => a.contentType === "application/pdf" && sha256(a.content) === exported.sha256);
    while (inbox.filter(ours).length < members.length && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 25));
    const letters = inbox.filter(ours);
    expect(letters).toHaveLength(members.length);
    const letter = letters.find((m) => (m.to && !Array.isArray(m.to) ? m.to.text : "") === "member1.ru@example.org")!;
    expect(letter.subject).toMatch(/^Подписанный протокол № 1 · /);
    expect(letter.text).toContain(`${platform.url}/meetings/${M1}/protocol`);
    expect(letter.attachments[0]!.filename).toMatch(/^Протокол № 1 .*\.pdf$/);
    const text = await pdfText(new Uint8Array(letter.attachments[0]!.content));
    expect(text).toContain("(текст № 2)");
    expect(text).toContain(textHash);

    // The attached file verifies; the earlier text now says it was replaced.
    const { html } = await verifyFile(new Uint8Array(letter.attachments[0]!.content));
    expect(html).toContain("Файл в точности совпадает");
    expect(html).toContain("Это действующий текст протокола.");
    const old = await (await fetch(new URL(`/verify?hash=${previous.sha256}`, platform.url))).text();
    expect(old).toContain("этот текст заменён исправленным текстом № 2");

    // The outbox shows them sent.
    const statuses = all<{ status: string }>(
      `select o.status from outbox o join protocol_circulations c on c.outbox_id = o.id where c.final_id = ?`,
      finalId,
    );
    expect(statuses.every((s) => s.status === "sent")).toBe(true);

    // The protocol page shows to whom it went and when; the body page lists the signed protocol with its PDF.
    const member = await client("member1.kz@example.org");
    const page = await (await member.get(`/meetings/${M1}/protocol`)).text();
    expect(page).toContain("Рассылка копий протокола");
    expect(page).toContain(`Отправлено: ${members.length} из ${members.length}; в очереди: 0; не доставлено: 0.`);
    expect(page).toContain(`href="/meetings/${M1}/protocol.pdf"`);
    const bodyPage = await (await member.get("/bodies/1")).text();
    expect(bodyPage).toContain("Подписанные протоколы");
    expect(bodyPage.match(new RegExp(`href="/meetings/${M1}/protocol.pdf"`, "g"))).toHaveLength(1);
  });
});

describe("issue 11: any library edition as PDF or DOCX", () => {
  const docOf = (visibility: string) =>
    one<{ id: number; title: string; n: number }>(
      `select d.id, d.title, max(e.number) as n from library_documents d join library_editions e on e.document_id = d.id
       where d.visibility = ? group by d.id order by d.id limit 1`,
      visibility,
    );

  it("a public document, signed out: both files, with the document's text", async () => {
    const doc = docOf("public");
    const anonymous = await client();
    const pdf = await anonymous.get(`/library/${doc.id}/editions/${doc.n}.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(pdf.headers.get("content-disposition")).toMatch(/^attachment; filename="[^"]*"; filename\*=UTF-8''/);
    const text = await pdfText(await bytesOf(pdf));
    expect(text.replace(/\s+/g, " ")).toContain(doc.title.slice(0, 30));
    expect(text).toContain(`Редакция № ${doc.n}`);
    const docx = await anonymous.get(`/library/${doc.id}/editions/${doc.n}.docx`);
    expect(docx.status).toBe(200);
    const mammoth = await import("mammoth");
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(await bytesOf(docx)) });
    expect(html).toContain(doc.title.slice(0, 30));
  });

  it("a body-only document: 404 signed out and for a partner, the file for a member of its body", async () => {
    const doc = docOf("body");
    for (const reader of [await client(), await client("partner@example.org")])
      for (const format of ["pdf", "docx"])
        expect((await reader.get(`/library/${doc.id}/editions/${doc.n}.${format}`)).status).toBe(404);
    const member = await client("member1.ru@example.org");
    expect((await member.get(`/library/${doc.id}/editions/${doc.n}.pdf`)).status).toBe(200);
  });

  it("an edition that does not exist, or a name that is not <n>.pdf|docx: 404", async () => {
    const doc = docOf("public");
    const anonymous = await client();
    for (const file of [`${doc.n + 50}.pdf`, "1.exe", "01.pdf", "1.pdf.pdf", "x.pdf"])
      expect((await anonymous.get(`/library/${doc.id}/editions/${file}`)).status).toBe(404);
  });

  it("the document page offers both downloads", async () => {
    const doc = docOf("public");
    const html = await (await (await client()).get(`/library/${doc.id}`)).text();
    expect(html).toContain(`href="/library/${doc.id}/editions/${doc.n}.pdf"`);
    expect(html).toContain(`href="/library/${doc.id}/editions/${doc.n}.docx"`);
  });
});
