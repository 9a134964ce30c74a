import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addCalendarDays, localDateOf } from "~/lib/zoned-time";
import { TestClient } from "../support/http";
import { startTestPlatform } from "../support/platform";
import { sqlOf } from "../support/sql";

// Issue 8, item 9: lengths on every text field, no hidden characters in names and titles, sane dates,
// canonical ids. Every refusal comes with a message and leaves the database as it was.
let platform: Awaited<ReturnType<typeof startTestPlatform>>;
const { one, all } = sqlOf(() => platform);
const snapshot = () => ({
  meetings: all("select * from meetings order by id"),
  bodies: all("select * from bodies order by id"),
  memberships: all("select * from memberships order by id"),
  users: all("select id, email, name, organisation_id from users order by id"),
  audit: one<{ n: number }>("select count(*) as n from audit_log").n,
});

const WG = 1;
const RU = 1;
const inDays = (days: number) => addCalendarDays(localDateOf(new Date(), "Europe/Moscow"), days);

async function as(email: string) {
  const client = new TestClient(platform.url);
  await client.signIn(email);
  return client;
}

beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform.close());

const meeting = (extra: Record<string, string>) => ({
  intent: "create",
  startsOn: inDays(30),
  startsAtTime: "10:00",
  durationMinutes: "120",
  format: "hybrid",
  place: "Москва, Минтруд России",
  videoLink: "https://vks.example.org/room-1",
  ...extra,
});

describe("lengths", () => {
  it("the browser is told the same limits: every text field of the meeting form carries its maxlength", async () => {
    const html = await (await (await as("cochair.ru@example.org")).get(`/bodies/${WG}/meetings/new`)).text();
    expect(html).toMatch(/<input[^>]*name="place"[^>]*maxLength="500"|<input[^>]*maxLength="500"[^>]*name="place"/i);
    expect(html).toMatch(/<input[^>]*name="videoLink"[^>]*maxLength="2000"/i);
    const textInputs = [...html.matchAll(/<(input|textarea)\b[^>]*>/g)]
      .map((m) => m[0])
      .filter(
        (tag) =>
          !/type="(hidden|checkbox|radio|file|date|time|number)"/.test(tag) && !/<input[^>]*\bhidden\b/.test(tag),
      );
    expect(textInputs.length).toBeGreaterThan(0);
    for (const tag of textInputs) expect(tag, tag).toMatch(/maxLength="\d+"/i);
  });

  it("a 100 KB video link is refused with a message, and nothing is saved", async () => {
    const cochair = await as("cochair.ru@example.org");
    const before = snapshot();
    const response = await cochair.post(
      `/bodies/${WG}/meetings/new`,
      meeting({ videoLink: `https://vks.example.org/${"a".repeat(100_000)}` }),
    );
    expect(response.status).toBe(422);
    expect(await response.text()).toContain("Ссылка слишком длинная: не больше 2000 знаков.");
    expect(snapshot()).toEqual(before);
  });

  it("an over-long place and a 30,000-character name are refused the same way", async () => {
    const cochair = await as("cochair.ru@example.org");
    const admin = await as("admin@example.org");
    const before = snapshot();
    const place = await cochair.post(`/bodies/${WG}/meetings/new`, meeting({ place: "М".repeat(501) }));
    expect(place.status).toBe(422);
    expect(await place.text()).toContain("Слишком длинно: не больше 500 знаков.");
    const name = await admin.post("/admin/users", {
      email: "long.name@example.org",
      name: "Я".repeat(30_000),
      locale: "ru",
    });
    expect(name.status).toBe(422);
    expect(await name.text()).toContain("Слишком длинно: не больше 200 знаков.");
    expect(snapshot()).toEqual(before);
  });
});

/** The body form carries a file field, so browsers send it as multipart. */
function postMultipart(client: TestClient, path: string, fields: Record<string, string>) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  return fetch(`${platform.url}${path}`, {
    method: "POST",
    body: form,
    redirect: "manual",
    headers: { origin: client.origin, cookie: `session=${client.cookie("session")}` },
  });
}

describe("hidden characters in names and titles", () => {
  const bodyForm = (titleRu: string) => ({
    kind: "working_group",
    titleRu,
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
  });

  it("a body title with NUL or a bidi override is refused with a clear message, and nothing is created", async () => {
    const admin = await as("admin@example.org");
    const before = snapshot();
    for (const title of ["Группа \u202Eнлобо\u202C", "Группа \u2066x\u2069"]) {
      const response = await postMultipart(admin, "/bodies/new", bodyForm(title));
      expect(response.status, JSON.stringify(title)).toBe(422);
      expect(await response.text()).toContain("невидимые служебные символы");
    }
    // A NUL byte is refused earlier, by the form reader, for every form (400 with its own message).
    const nul = await postMultipart(admin, "/bodies/new", bodyForm("Группа\u0000по стандартам"));
    expect(nul.status).toBe(400);
    expect(await nul.text()).toContain("недопустимые символы");
    expect(snapshot()).toEqual(before);
    // The same title without them is fine.
    expect((await postMultipart(admin, "/bodies/new", bodyForm("Группа по стандартам"))).status).toBe(302);
  });

  it("a person's name with a bidi override is refused too", async () => {
    const admin = await as("admin@example.org");
    const before = snapshot();
    const response = await admin.post("/admin/users", {
      email: "bidi@example.org",
      name: "Иванов \u202Eвонави\u202C",
      locale: "ru",
    });
    expect(response.status).toBe(422);
    expect(await response.text()).toContain("невидимые служебные символы");
    expect(snapshot()).toEqual(before);
  });
});

describe("dates", () => {
  it("a meeting in the year 9999 is refused with a message", async () => {
    const cochair = await as("cochair.ru@example.org");
    const before = snapshot();
    const response = await cochair.post(`/bodies/${WG}/meetings/new`, meeting({ startsOn: "9999-01-01" }));
    expect(response.status).toBe(422);
    expect(await response.text()).toContain("Укажите дату с 2000 по 2100 год.");
    expect(snapshot()).toEqual(before);
  });

  it("a membership starting in the year 9999 (or 1900) is refused with a message", async () => {
    const cochair = await as("cochair.ru@example.org");
    const before = snapshot();
    for (const startsOn of ["9999-01-01", "1900-01-01"]) {
      const response = await cochair.post(`/bodies/${WG}/sides/${RU}`, {
        intent: "add",
        email: "expert@example.org",
        role: "member",
        startsOn,
      });
      expect(response.status, startsOn).toBe(422);
      expect(await response.text()).toContain("Укажите дату с 2000 по 2100 год.");
    }
    expect(snapshot()).toEqual(before);
  });
});

describe("canonical ids", () => {
  it("/meetings/2 is meeting 2; 0x2, +2, 02, 2.0, ' 2', 2e0 are pages that do not exist", async () => {
    const cochair = await as("cochair.ru@example.org");
    expect((await cochair.get("/meetings/2")).status).toBe(200);
    for (const id of ["0x2", "+2", "02", "2.0", "%202", "2%20", "2e0", "0b10", "٢"]) {
      expect((await cochair.get(`/meetings/${id}`)).status, id).toBe(404);
      expect((await cochair.get(`/meetings/${id}/live`)).status, `${id}/live`).toBe(404);
    }
    expect((await cochair.get("/bodies/01")).status).toBe(404);
    expect((await cochair.get(`/bodies/${WG}/sides/0x1`)).status).toBe(404);
    const admin = await as("admin@example.org");
    expect((await admin.get("/admin/users/0x1")).status).toBe(404);
    expect((await admin.get("/admin/organisations/+1")).status).toBe(404);
  });

  it("an id in a form field is held to the same rule: organisation 0x1 is not organisation 1", async () => {
    const admin = await as("admin@example.org");
    const before = snapshot();
    const response = await admin.post("/admin/users", {
      email: "hex.org@example.org",
      name: "Шестнадцатеричный Пётр",
      organisationId: "0x1",
      locale: "ru",
    });
    expect(response.status).toBe(422);
    expect(snapshot()).toEqual(before);
  });
});
