import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditLog } from "../../db/audit";
import { TestClient } from "../support/http";
import { startTestPlatform } from "../support/platform";
import { sqlOf } from "../support/sql";

let platform: Awaited<ReturnType<typeof startTestPlatform>>;
const { db, one, all } = sqlOf(() => platform);
const idOf = (email: string) => one<{ id: number }>("select id from users where email = ?", email).id;
const snapshot = () => ({
  memberships: all("select * from memberships order by id"),
  users: all("select id, email, status from users order by id"),
  audit: one<{ n: number }>("select count(*) as n from audit_log").n,
});

// The demo: body 1 is the RU–KZ working group (sides 1 RU, 2 KZ); body 2 the round table; body 3 the
// Moscow Region partnership, which member2.kz@example.org has no seat in.
const WG = 1;
const [RU, KZ] = [1, 2];
const PARTNERSHIP = 3;

async function signedIn(email: string) {
  const client = new TestClient(platform.url);
  await client.signIn(email);
  return client;
}

beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform.close());

describe("a body is private to its members (R14): everyone else gets 404, as if it did not exist", () => {
  it("a member of the working group reads every page of it", async () => {
    const member = await signedIn("member2.kz@example.org");
    const page = await member.get(`/bodies/${WG}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Российская Федерация");
    expect(html).toContain("Республика Казахстан");
    expect(html).toContain("Соколов Андрей Викторович");
    const regulation = await member.get(`/bodies/${WG}/regulation`);
    expect(regulation.status).toBe(200);
    expect(regulation.headers.get("content-disposition")).toMatch(/^attachment; filename="[^"]+"; filename\*=UTF-8''/);
    expect(await regulation.text()).toContain("3.7. Заседание рабочей группы считается правомочным");
  });

  it("a member of body A gets 404 for every page and every change of body B, and nothing changes", async () => {
    const stranger = await signedIn("member2.kz@example.org");
    for (const path of [
      `/bodies/${PARTNERSHIP}`,
      `/bodies/${PARTNERSHIP}/settings`,
      `/bodies/${PARTNERSHIP}/sides/5`,
      `/bodies/999`,
    ]) {
      const response = await stranger.get(path);
      expect(response.status, path).toBe(404);
      expect(await response.text()).toContain("Страница не найдена");
    }
    // A download is a resource, not a page: a bare 404, the same as for a body that does not exist.
    expect((await stranger.get(`/bodies/${PARTNERSHIP}/regulation`)).status).toBe(404);
    const before = snapshot();
    const post = await stranger.post(`/bodies/${PARTNERSHIP}/sides/5`, {
      intent: "add",
      email: "member2.kz@example.org",
      role: "member",
    });
    expect(post.status).toBe(404);
    expect(snapshot()).toEqual(before);
  });

  it("the 404 for a real body and for a missing one are the same page", async () => {
    const stranger = await signedIn("partner@example.org");
    const real = await stranger.get(`/bodies/${WG}`);
    const missing = await stranger.get(`/bodies/424242`);
    expect([real.status, missing.status]).toEqual([404, 404]);
    const strip = (html: string) =>
      html
        .replace(/nonce="[^"]+"/g, "")
        .replace(/\\"nonce\\",\\"[^\\]+\\"/g, "")
        .replace(/\/bodies\/\d+/g, "");
    expect(strip(await real.text())).toEqual(strip(await missing.text()));
    expect(await (await stranger.get("/bodies")).text()).toContain("Вы пока не входите");
  });
});

describe("each side's composition is changed by that side's co-chair (R15)", () => {
  it("the RU co-chair cannot open or change the KZ side, and nothing changes", async () => {
    const cochair = await signedIn("cochair.ru@example.org");
    expect((await cochair.get(`/bodies/${WG}/sides/${KZ}`)).status).toBe(403);
    const before = snapshot();
    const post = await cochair.post(`/bodies/${WG}/sides/${KZ}`, {
      intent: "add",
      email: "expert@example.org",
      role: "member",
    });
    expect(post.status).toBe(403);
    expect(snapshot()).toEqual(before);
  });

  it("a deputy or a secretary may not change their own side either", async () => {
    for (const email of ["deputy.ru@example.org", "secretary.ru@example.org", "member1.ru@example.org"]) {
      const client = await signedIn(email);
      expect(
        (await client.post(`/bodies/${WG}/sides/${RU}`, { intent: "add", email: "expert@example.org", role: "member" }))
          .status,
        email,
      ).toBe(403);
    }
  });

  it("the RU co-chair adds a member to side RU: seated, told by e-mail, and audited", async () => {
    const cochair = await signedIn("cochair.ru@example.org");
    const added = await cochair.post(`/bodies/${WG}/sides/${RU}`, {
      intent: "add",
      email: "expert@example.org",
      role: "member",
      startsOn: "",
    });
    expect(added.status).toBe(302);
    const seat = one<{ id: number; role: string; side_id: number }>(
      "select id, role, side_id from memberships where user_id = ? and ends_at is null",
      idOf("expert@example.org"),
    );
    expect(seat).toMatchObject({ role: "member", side_id: RU });
    const mail = one<{ subject: string; text: string }>(
      "select subject, text from outbox where \"to\" = 'expert@example.org' order by id desc",
    );
    expect(mail.subject).toContain("Вы включены в состав");
    expect(mail.text).toContain("от стороны «Российская Федерация» в роли: член");
    const audit = one<{ action: string; actor_id: number; details: string }>(
      "select action, actor_id, details from audit_log order by seq desc limit 1",
    );
    expect(audit.action).toBe("membership.added");
    expect(audit.actor_id).toBe(idOf("cochair.ru@example.org"));
    expect(JSON.parse(audit.details)).toMatchObject({ userId: idOf("expert@example.org"), sideId: RU, role: "member" });
    expect(await (await cochair.get(`/bodies/${WG}`)).text()).toContain("Зайцев Виктор Петрович");
  });

  it("someone without an account is invited in the same step, and the name is asked for", async () => {
    const cochair = await signedIn("cochair.ru@example.org");
    const noName = await cochair.post(`/bodies/${WG}/sides/${RU}`, {
      intent: "add",
      email: "new.member@example.org",
      role: "member",
    });
    expect(noName.status).toBe(422);
    expect(await noName.text()).toContain("укажите ФИО");
    expect(one<{ n: number }>("select count(*) as n from users where email = 'new.member@example.org'").n).toBe(0);
    const added = await cochair.post(`/bodies/${WG}/sides/${RU}`, {
      intent: "add",
      email: "new.member@example.org",
      name: "Новиков Олег Петрович",
      role: "member",
    });
    expect(added.status).toBe(302);
    expect(one("select status, name from users where email = 'new.member@example.org'")).toEqual({
      status: "invited",
      name: "Новиков Олег Петрович",
    });
    expect(one<{ subject: string }>("select subject from outbox where \"to\" = 'new.member@example.org'").subject).toBe(
      "Приглашение на платформу сотрудничества",
    );
  });
});

describe("R1 (3.1): one co-chair, one deputy, one secretary per side; a person sits on one side", () => {
  it("a second co-chair is refused with the holder's name, and nothing changes", async () => {
    const cochair = await signedIn("cochair.ru@example.org");
    const before = snapshot();
    const response = await cochair.post(`/bodies/${WG}/sides/${RU}`, {
      intent: "role",
      membershipId: String(
        one<{ id: number }>(
          "select id from memberships where user_id = ? and ends_at is null",
          idOf("member1.ru@example.org"),
        ).id,
      ),
      role: "co_chair",
    });
    expect(response.status).toBe(409);
    expect(await response.text()).toContain("У стороны уже есть сопредседатель: Соколов Андрей Викторович.");
    expect(snapshot()).toEqual(before);
  });

  it("a person already seated for the other side cannot be added again", async () => {
    const admin = await signedIn("admin@example.org");
    const before = snapshot();
    const response = await admin.post(`/bodies/${WG}/sides/${RU}`, {
      intent: "add",
      email: "member1.kz@example.org",
      role: "member",
    });
    expect(response.status).toBe(409);
    expect(await response.text()).toContain("уже входит в состав органа (сторона «Республика Казахстан»)");
    expect(snapshot()).toEqual(before);
  });

  it("the database refuses a second co-chair even if the application did not", () => {
    expect(() =>
      db()
        .prepare("insert into memberships (body_id, side_id, user_id, role, starts_at) values (?, ?, ?, 'co_chair', 0)")
        .run(WG, RU, idOf("partner@example.org")),
    ).toThrow(/UNIQUE/);
  });

  it("a new role is a new period, so the history keeps the old one", async () => {
    const cochair = await signedIn("cochair.ru@example.org");
    const seatOf = (email: string) =>
      one<{ id: number }>(
        "select id from memberships where body_id = ? and user_id = ? and ends_at is null",
        WG,
        idOf(email),
      ).id;
    // The secretary steps down to member, then a member becomes secretary.
    expect(
      (
        await cochair.post(`/bodies/${WG}/sides/${RU}`, {
          intent: "role",
          membershipId: String(seatOf("secretary.ru@example.org")),
          role: "member",
        })
      ).status,
    ).toBe(302);
    expect(
      (
        await cochair.post(`/bodies/${WG}/sides/${RU}`, {
          intent: "role",
          membershipId: String(seatOf("member2.ru@example.org")),
          role: "secretary",
        })
      ).status,
    ).toBe(302);
    const periods = (email: string) =>
      all<{ role: string; ended: number }>(
        "select role, ends_at is not null as ended from memberships where body_id = ? and user_id = ? order by id",
        WG,
        idOf(email),
      );
    expect(periods("secretary.ru@example.org")).toEqual([
      { role: "secretary", ended: 1 },
      { role: "member", ended: 0 },
    ]);
    expect(periods("member2.ru@example.org")).toEqual([
      { role: "member", ended: 1 },
      { role: "secretary", ended: 0 },
    ]);
    const audit = all<{ details: string }>(
      "select details from audit_log where action = 'membership.role_changed' order by seq",
    ).map((a) => JSON.parse(a.details));
    expect(audit.slice(-2).map((d) => [d.from, d.to])).toEqual([
      ["secretary", "member"],
      ["member", "secretary"],
    ]);
    // Same role again: nothing to do, nothing written.
    const before = snapshot();
    expect(
      (
        await cochair.post(`/bodies/${WG}/sides/${RU}`, {
          intent: "role",
          membershipId: String(seatOf("member2.ru@example.org")),
          role: "secretary",
        })
      ).status,
    ).toBe(302);
    expect(snapshot()).toEqual(before);
  });
});

describe("removing the side's only co-chair", () => {
  it("is refused with a clear warning first, and happens only once confirmed", async () => {
    const admin = await signedIn("admin@example.org");
    const seat = one<{ id: number }>(
      "select id from memberships where user_id = ? and ends_at is null",
      idOf("cochair.kz@example.org"),
    ).id;
    const before = snapshot();
    const warned = await admin.post(`/bodies/${WG}/sides/${KZ}`, { intent: "end", membershipId: String(seat) });
    expect(warned.status).toBe(409);
    const html = await warned.text();
    expect(html).toContain("Это единственный сопредседатель стороны.");
    expect(html).toContain('name="confirmVacancy" value="yes"');
    expect(snapshot()).toEqual(before);

    const confirmed = await admin.post(`/bodies/${WG}/sides/${KZ}`, {
      intent: "end",
      membershipId: String(seat),
      confirmVacancy: "yes",
    });
    expect(confirmed.status).toBe(302);
    expect(
      one<{ ends_at: number | null }>("select ends_at from memberships where id = ?", seat).ends_at,
    ).not.toBeNull();
    const audit = one<{ action: string; details: string }>(
      "select action, details from audit_log order by seq desc limit 1",
    );
    expect(audit.action).toBe("membership.ended");
    expect(JSON.parse(audit.details)).toMatchObject({ role: "co_chair", vacancyConfirmed: true });
    expect(await (await admin.get(`/bodies/${WG}`)).text()).toContain("У стороны нет сопредседателя");
    expect(verifyAuditLog(platform.services.db)).toMatchObject({ ok: true });
  });
});

describe("memberships have dates, so a past date shows the composition it had", () => {
  it("the KZ secretary before and after September 2025", async () => {
    const member = await signedIn("member1.ru@example.org");
    const before = await (await member.get(`/bodies/${WG}?at=2025-06-01`)).text();
    const after = await (await member.get(`/bodies/${WG}?at=2025-10-01`)).text();
    const secretaryOf = (html: string) =>
      html.match(/<strong>ответственный секретарь<\/strong><\/td><td>([^<]+)<\/td>/g);
    expect(secretaryOf(before)?.join()).toContain("Бекмуханов Асхат Тимурович");
    expect(secretaryOf(after)?.join()).toContain("Омарова Динара Сериковна");
    expect(before).not.toContain("Григорьева Татьяна Юрьевна"); // joined in March 2026
  });
});

describe("an administrator creates a body", () => {
  const form = (extra: Record<string, string | Blob> = {}) => {
    const data = new FormData();
    const fields: Record<string, string> = {
      kind: "working_group",
      titleRu: "Рабочая группа по профстандартам",
      titleEn: "",
      description: "",
      timezone: "Europe/Moscow",
      quorumRule: "each_side_half",
      quorumPercent: "",
      materialsDeadlineDays: "10",
      signatories: "chairs_and_secretaries",
      side1Name: "Российская Федерация",
      side1Country: "RU",
      side1OrganisationId: "",
      side1WorkingLanguage: "ru",
      side1Timezone: "Europe/Moscow",
      side2Name: "Республика Беларусь",
      side2Country: "BY",
      side2OrganisationId: "",
      side2WorkingLanguage: "be",
      side2Timezone: "Europe/Minsk",
    };
    for (const [k, v] of Object.entries({ ...fields, ...extra })) data.set(k, v);
    return data;
  };
  const post = (client: TestClient, data: FormData) =>
    fetch(`${platform.url}/bodies/new`, {
      method: "POST",
      body: data,
      redirect: "manual",
      headers: { origin: client.origin, cookie: `session=${client.cookie("session")}` },
    });

  it("with two sides and a PDF regulation checked by content; the body, sides and audit entries are written together", async () => {
    const admin = await signedIn("admin@example.org");
    const pdf = new Blob([Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n")], {
      type: "application/pdf",
    });
    const data = form();
    data.set("regulation", pdf, "Положение о группе.pdf");
    const response = await post(admin, data);
    expect(response.status).toBe(302);
    const id = Number(response.headers.get("location")!.match(/\/bodies\/(\d+)/)![1]);
    expect(all("select name, country, position from sides where body_id = ? order by position", id)).toEqual([
      { name: "Российская Федерация", country: "RU", position: 1 },
      { name: "Республика Беларусь", country: "BY", position: 2 },
    ]);
    expect(
      all<{ action: string }>(
        "select action from audit_log where subject_type = 'body' and subject_id = ? order by seq",
        String(id),
      ).map((a) => a.action),
    ).toEqual(["body.created", "body.regulation_attached"]);
    const download = await admin.get(`/bodies/${id}/regulation`);
    expect(download.headers.get("content-type")).toBe("application/pdf");
    expect(decodeURIComponent(download.headers.get("content-disposition")!)).toContain("Положение о группе.pdf");
  });

  it("refuses a disguised regulation file and a missing title in the user's words, creating nothing", async () => {
    const admin = await signedIn("admin@example.org");
    const bodies = one<{ n: number }>("select count(*) as n from bodies").n;
    const disguised = form();
    disguised.set("regulation", new Blob([Buffer.from("MZ\x90\x00\x03\x00\x00\x00")]), "Положение.pdf");
    const refused = await post(admin, disguised);
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain("Содержимое файла не соответствует его расширению");
    const untitled = await post(admin, form({ titleRu: " ", quorumRule: "overall_percent" }));
    expect(untitled.status).toBe(422);
    const html = await untitled.text();
    expect(html).toContain("Заполните это поле.");
    expect(html).toContain("Для этого правила укажите процент.");
    expect(one<{ n: number }>("select count(*) as n from bodies").n).toBe(bodies);
  });

  it("a co-chair may not create bodies", async () => {
    const cochair = await signedIn("cochair.ru@example.org");
    expect((await cochair.get("/bodies/new")).status).toBe(403);
    expect((await post(cochair, form())).status).toBe(403);
  });
});
