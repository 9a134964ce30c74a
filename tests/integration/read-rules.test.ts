import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addCalendarDays, localDateOf } from "~/lib/zoned-time";
import { addAgendaItem, approveAgenda, proposeAgendaItem } from "../../db/commands/meetings/agenda";
import { conveneMeeting, createMeeting } from "../../db/commands/meetings/convening";
import { inviteGuest } from "../../db/commands/meetings/guests";
import { submitMaterial } from "../../db/commands/meetings/materials";
import { submitOpinion } from "../../db/commands/meetings/opinions";
import { startMeeting } from "../../db/commands/meetings/presiding";
import { endMembership } from "../../db/commands/composition";
import { users } from "../../db/schema";
import { MINIMAL_PDF } from "../support/fixtures";
import { TestClient } from "../support/http";
import { startTestPlatform } from "../support/platform";
import { sqlOf } from "../support/sql";

// The read rules of the one access path (docs/permissions.md, decision 0009): the agenda page, the live page
// and the downloads ask the same policy actions, so they agree for every reader. Body 1 is the demo's RU–KZ
// working group; its materials deadline is 10 days before a meeting.
let platform: Awaited<ReturnType<typeof startTestPlatform>>;
const { one } = sqlOf(() => platform);
const person = (email: string) => platform.services.db.select().from(users).where(eq(users.email, email)).get()!;
const WG = 1;
const [RU, KZ] = [1, 2];

async function as(email: string) {
  const client = new TestClient(platform.url);
  await client.signIn(email);
  return client;
}

const LATE = "Поздняя справка Минтруда к вопросу 1";
const OPINION = "Письменное мнение: поддерживаю проект с оговорками";
let meetingId: number;
let itemId: number;
let materialId: number;
let opinionId: number;

/** A meeting five days ahead (so every material is late), its agenda approved by both sides, convened. */
function convenedMeetingSoon(): { id: number; item: number } {
  const { services } = platform;
  const ru = person("cochair.ru@example.org");
  const startsOn = addCalendarDays(localDateOf(new Date(), "Europe/Moscow"), 5);
  const id = createMeeting(services, ru, WG, {
    startsOn,
    startsAtTime: "10:00",
    durationMinutes: 120,
    place: "Москва, ул. Ильинка, 21",
    format: "in_person",
    videoLink: null,
  });
  const item = addAgendaItem(services, ru, id, {
    title: "О гармонизации рамок квалификаций",
    description: "",
    speakers: "",
    durationMinutes: 30,
  });
  approveAgenda(services, ru, id, RU);
  approveAgenda(services, person("cochair.kz@example.org"), id, KZ);
  conveneMeeting(services, ru, id);
  return { id, item };
}

beforeAll(async () => {
  platform = await startTestPlatform();
  const { services } = platform;
  ({ id: meetingId, item: itemId } = convenedMeetingSoon());
  materialId = submitMaterial(services, person("member1.ru@example.org"), meetingId, {
    itemId,
    title: LATE,
    text: "",
    upload: { name: "spravka.pdf", bytes: MINIMAL_PDF },
  }).id;
  opinionId = submitOpinion(services, person("member2.ru@example.org"), meetingId, {
    text: OPINION,
    itemIds: [itemId],
    upload: { name: "mnenie.pdf", bytes: MINIMAL_PDF },
  });
  inviteGuest(services, person("cochair.ru@example.org"), meetingId, {
    email: "expert@example.org",
    name: "Эксперт",
    kind: "expert",
  });
});
afterAll(() => platform.close());

/** What each of the three views shows one reader of the late material. */
async function lateMaterialSeenBy(client: TestClient) {
  const agenda = await (await client.get(`/meetings/${meetingId}`)).text();
  const live = await (await client.get(`/meetings/${meetingId}/live`)).text();
  const download = await client.get(`/meetings/${meetingId}/materials/${materialId}`);
  return { agenda: agenda.includes(LATE), live: live.includes(LATE), download: download.status === 200 };
}

describe("R7: a late material, not yet accepted, is seen alike on the agenda, the live page and by download", () => {
  const readers: [string, boolean][] = [
    ["member1.ru@example.org", true], // its author
    ["member3.ru@example.org", false], // another member
    ["cochair.kz@example.org", true], // a co-chair, who may accept it
    ["expert@example.org", false], // the invited expert
  ];

  it("before the meeting, and while it is in progress on that item", async () => {
    for (const [email, sees] of readers) {
      const client = await as(email);
      // The live page shows the current item's materials only once the meeting runs: before, only the agenda and the file.
      const before = await lateMaterialSeenBy(client);
      expect({ agenda: before.agenda, download: before.download }, email).toEqual({ agenda: sees, download: sees });
    }
    // Opened on its day: the start is moved to a moment ago, as if the day had come.
    platform.services.db.$client
      .prepare("update meetings set starts_at = ? where id = ?")
      .run(Date.now() - 60_000, meetingId);
    startMeeting(platform.services, person("cochair.ru@example.org"), meetingId);
    for (const [email, sees] of readers) {
      const during = await lateMaterialSeenBy(await as(email));
      expect(during, email).toEqual({ agenda: sees, live: sees, download: sees });
    }
  });
});

describe("R8 (issue 8 item 5): a written opinion and its file are read as the live page reads them", () => {
  it("before the meeting, the expert and other members cannot download it; its author and the officers can", async () => {
    // A fresh meeting, still convened, with the same kind of opinion.
    const { services } = platform;
    const { id: other, item: otherItem } = convenedMeetingSoon();
    const opinion = submitOpinion(services, person("member2.ru@example.org"), other, {
      text: OPINION,
      itemIds: [otherItem],
      upload: { name: "mnenie.pdf", bytes: MINIMAL_PDF },
    });
    inviteGuest(services, person("cochair.ru@example.org"), other, {
      email: "expert@example.org",
      name: "Эксперт",
      kind: "expert",
    });
    const path = `/meetings/${other}/opinions/${opinion}/file`;
    expect((await (await as("expert@example.org")).get(path)).status).toBe(404);
    expect((await (await as("member3.ru@example.org")).get(path)).status).toBe(404);
    expect((await (await as("member2.ru@example.org")).get(path)).status).toBe(200);
    expect((await (await as("secretary.kz@example.org")).get(path)).status).toBe(200);
    expect((await (await as("cochair.ru@example.org")).get(path)).status).toBe(200);
  });

  it("once the meeting is in progress, where it is read out, every reader of the meeting has it", async () => {
    expect(one<{ status: string }>("select status from meetings where id = ?", meetingId).status).toBe("in_progress");
    for (const email of ["expert@example.org", "member3.ru@example.org", "member2.ru@example.org"]) {
      const client = await as(email);
      expect((await client.get(`/meetings/${meetingId}/opinions/${opinionId}/file`)).status, email).toBe(200);
      expect(await (await client.get(`/meetings/${meetingId}/live`)).text(), email).toContain(OPINION);
    }
  });
});

describe("R3: a proposed agenda item is for its author and the co-chairs until accepted", () => {
  it("the agenda page shows a proposal to its author and the co-chairs only", async () => {
    const { id: other } = convenedMeetingSoon();
    const title = "Предложение члена группы: о профстандартах";
    proposeAgendaItem(platform.services, person("member4.ru@example.org"), other, {
      title,
      description: "",
      speakers: "",
      durationMinutes: 15,
    });
    const sees = async (email: string) => (await (await as(email)).get(`/meetings/${other}`)).text();
    expect(await sees("member4.ru@example.org")).toContain(title);
    expect(await sees("deputy.kz@example.org")).toContain(title);
    expect(await sees("member5.ru@example.org")).not.toContain(title);
    expect(await sees("admin@example.org")).not.toContain(title);
  });
});

describe("R14: a former member keeps reading the meetings held while they sat in the body", () => {
  it("reads meeting № 1 (held during their membership), not meeting № 2 nor the body, once their seat has ended", async () => {
    const held = one<{ id: number }>("select id from meetings where body_id = ? and number = 1", WG).id;
    const later = one<{ id: number }>("select id from meetings where body_id = ? and number = 2", WG).id;
    const email = "member6.ru@example.org";
    const former = await as(email);
    expect((await former.get(`/meetings/${later}`)).status).toBe(200);
    const seat = one<{ id: number }>(
      "select id from memberships where user_id = ? and body_id = ? and ends_at is null",
      person(email).id,
      WG,
    ).id;
    endMembership(platform.services, person("cochair.ru@example.org"), WG, seat, false);
    expect((await former.get(`/meetings/${held}`)).status).toBe(200);
    expect((await former.get(`/meetings/${held}/live`)).status).toBe(200);
    expect((await former.get(`/meetings/${later}`)).status).toBe(404);
    expect((await former.get(`/bodies/${WG}`)).status).toBe(404);
  });
});

describe("a stranger to the body", () => {
  it("gets 404 for every page, file and stream of the meeting, and for the body", async () => {
    const stranger = await as("partner@example.org");
    for (const path of [
      `/meetings/${meetingId}`,
      `/meetings/${meetingId}/live`,
      `/meetings/${meetingId}/participants`,
      `/meetings/${meetingId}/edit`,
      `/meetings/${meetingId}/materials/${materialId}`,
      `/meetings/${meetingId}/opinions/${opinionId}/file`,
      `/live/meetings/${meetingId}`,
      `/bodies/${WG}`,
      `/bodies/${WG}/regulation`,
      `/bodies/${WG}/sides/${RU}`,
      `/bodies/${WG}/settings`,
      `/bodies/${WG}/meetings/new`,
    ])
      expect((await stranger.get(path)).status, path).toBe(404);
  });
});
