import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sideColour } from "~/lib/protocol-colours";
import { collabCloseCodes as codes, outcomeRoom } from "~/lib/protocol-room";
import { hashToken } from "~/lib/tokens.server";
import { localDateOf } from "~/lib/zoned-time";
import { sendProposal } from "../../db/outcomes/proposals";
import { outcomeStore } from "../../db/outcomes/store";
import { DEMO_SEMINAR_TITLE } from "../../db/seed/demo-outcome";
import {
  openRoom,
  presenceSeenBy,
  rawSocket,
  signedInClient,
  typeParagraph,
  untilDoc,
  upgradeHeaders,
  type ProtocolClient,
} from "../support/collab";
import { databaseFingerprint } from "../support/db-snapshot";
import { TestClient } from "../support/http";
import { startTestPlatform } from "../support/platform";
import { sqlOf } from "../support/sql";

// The outcome document of a conference (issue 12, decision 0024) on the demo: the seminar's outcome is being drafted
// by its organisers (member1.ru and member3.ru, the co-chairs of the two organising sides); the round table's is
// published. partner@example.org is a stranger to both; member5.kz is made a confirmed participant of the seminar.
let platform: Awaited<ReturnType<typeof startTestPlatform>>;
const { db, one, count } = sqlOf(() => platform);
const open: ProtocolClient[] = [];
let SEMINAR = 0;
const PARTICIPANT = "member5.kz@example.org";
const LINK_TOKEN = "personal-link-token-of-a-registrant-without-account";
const page = () => `/conferences/${SEMINAR}/outcome`;
const fingerprint = () => databaseFingerprint(db());
const today = () => localDateOf(new Date(), "Europe/Moscow");

beforeAll(async () => {
  platform = await startTestPlatform();
  SEMINAR = one<{ id: number }>("select id from bodies where title_ru = ?", DEMO_SEMINAR_TITLE).id;
  // Registrations are the registration form's (another part of issue 12): here they are simply made confirmed.
  const register = db().prepare(
    `insert into registrations (body_id, name, organisation, organisation_kind, country, position, email, email_key,
       locale, consent_purpose, consented_at, status, access_token_hash)
     values (?, ?, ?, 'staffing_agency', ?, 'директор', ?, ?, 'ru', 'регистрация', ?, 'confirmed', ?)`,
  );
  register.run(SEMINAR, "Асель Нурланова", "ТОО «Кадры»", "KZ", PARTICIPANT, PARTICIPANT, Date.now(), null);
  register.run(
    SEMINAR,
    "Бахтиёр Каримов",
    "ООО «Ишчи»",
    "UZ",
    "uz@example.org",
    "uz@example.org",
    Date.now(),
    hashToken(LINK_TOKEN),
  );
});
afterAll(async () => {
  for (const client of open) client.destroy();
  await platform?.close();
});

async function room(email: string) {
  const client = openRoom(platform.url, await signedInClient(platform.url, email), outcomeRoom(SEMINAR));
  open.push(client);
  await client.synced;
  return client;
}
const storedText = (id = SEMINAR) => {
  const stored = outcomeStore.load(platform.services.db, id);
  const text = stored.doc.getXmlFragment("default").toString();
  stored.doc.destroy();
  return text;
};
const outcome = () =>
  one<{ state: string; proposals_until: number | null; final_text: string | null; library_document_id: number | null }>(
    "select state, proposals_until, final_text, library_document_id from outcomes where body_id = ?",
    SEMINAR,
  );
/** A personal link kept for another conference: not this one's participant. */
const otherConferenceLink = { cookie: `conference_participant_${0}=${LINK_TOKEN}` };
const byLink = () => ({ cookie: `conference_participant_${SEMINAR}=${LINK_TOKEN}` });

/** A copy of `table`'s rows matching `where`, with `changes` (new ids given by the database); returns the new ids. */
function copyRows(table: string, where: string, param: number, changes: (row: Record<string, unknown>) => object) {
  const rows = db().prepare(`select * from ${table} where ${where} = ?`).all(param) as Record<string, unknown>[];
  return rows.map((row) => {
    const { id: _id, ...rest } = { ...row, ...changes(row) } as Record<string, unknown>;
    const keys = Object.keys(rest);
    const sql = `insert into ${table} (${keys.join(", ")}) values (${keys.map(() => "?").join(", ")})`;
    return Number(
      db()
        .prepare(sql)
        .run(...Object.values(rest)).lastInsertRowid,
    );
  });
}

describe("the organisers begin the outcome", () => {
  it("from the template, with its row, its first stored text and the audit entry; strangers cannot", async () => {
    // A conference like the seminar, by the same organisers, whose outcome is not begun.
    const [fresh] = copyRows("bodies", "id", SEMINAR, () => ({ title_ru: "Ещё один семинар" }));
    for (const side of db().prepare("select id from sides where body_id = ?").all(SEMINAR) as { id: number }[]) {
      const [newSide] = copyRows("sides", "id", side.id, () => ({ body_id: fresh }));
      copyRows("memberships", "side_id", side.id, () => ({ body_id: fresh, side_id: newSide }));
    }
    copyRows("conferences", "body_id", SEMINAR, () => ({ body_id: fresh }));
    const path = `/conferences/${fresh}/outcome`;

    const stranger = await signedInClient(platform.url, "partner@example.org");
    const before = fingerprint();
    expect((await stranger.post(path, { intent: "begin" })).status).toBe(403);
    expect((await stranger.get(path)).status).toBe(404);
    expect(fingerprint()).toEqual(before);

    const chair = await signedInClient(platform.url, "member3.ru@example.org");
    expect(await (await chair.get(path)).text()).toContain("Начать итоговый документ");
    expect((await chair.post(path, { intent: "begin" })).status).toBe(302);
    expect(one<{ state: string }>("select state from outcomes where body_id = ?", fresh!).state).toBe("drafting");
    expect(storedText(fresh)).toContain("Участники круглого стола рекомендуют:");
    expect(count("audit_log", "action = 'outcome.begun' and subject_id = ?", String(fresh))).toBe(1);
  });
});

describe("two organisers draft the outcome together in room outcome-<id>", () => {
  it("their providers converge on the template's text, and what they wrote is stored before the other sees it", async () => {
    const matm = await room("member1.ru@example.org");
    const lotpp = await room("member3.ru@example.org");
    expect(matm.fragment.toString()).toContain("Участники круглого стола констатируют:");
    typeParagraph(matm, "МПА СНГ – важная площадка для координации.");
    await untilDoc(lotpp.doc, () => lotpp.fragment.toString().includes("важная площадка"));
    typeParagraph(lotpp, "Поддержать создание объединения кадровых операторов.");
    await untilDoc(matm.doc, () => matm.fragment.toString().includes("объединения кадровых операторов"));
    expect(matm.fragment.toString()).toBe(lotpp.fragment.toString());
    expect(storedText()).toContain("важная площадка");
    expect(storedText()).toContain("объединения кадровых операторов");
    expect(count("outcome_updates", "body_id = ?", SEMINAR)).toBeGreaterThan(1);
    // The protocol's rooms are not touched by it.
    expect(platform.collab.server.rooms.has(SEMINAR)).toBe(false);
    expect(platform.collab.outcomes.rooms.has(SEMINAR)).toBe(true);
  });
});

describe("presence in the outcome's room, stamped by the server (decision 0028)", () => {
  it("each organiser appears for their own organising side, in its colour, whatever the client claims", async () => {
    const side = (position: number) =>
      one<{ name: string }>("select name from sides where body_id = ? and position = ?", SEMINAR, position).name;
    const first = await room("member1.ru@example.org");
    const second = await room("member3.ru@example.org");
    second.provider.awareness.setLocalStateField("user", { name: "x", side: side(1), color: sideColour(1) });
    expect(await presenceSeenBy(first, second.doc.clientID)).toMatchObject({
      side: side(2),
      color: sideColour(2),
    });
  });
});

describe("who gets a socket on the outcome", () => {
  it("a stranger, signed out, or a room of no conference: refused, no socket", async () => {
    const stranger = await signedInClient(platform.url, "partner@example.org");
    expect(await rawSocket(platform.url, outcomeRoom(SEMINAR), upgradeHeaders(stranger))).toEqual({ refused: 404 });
    const anonymous = await rawSocket(platform.url, outcomeRoom(SEMINAR), { origin: new URL(platform.url).origin });
    expect(anonymous).toEqual({ refused: 401 });
    const chair = await signedInClient(platform.url, "member1.ru@example.org");
    for (const r of [outcomeRoom(424242), "outcome-01", `outcome-${SEMINAR}x`])
      expect(await rawSocket(platform.url, r, upgradeHeaders(chair))).toEqual({ refused: 404 });
    // A conference whose outcome is not begun has no room (the partnership is no conference at all).
    const partnership = one<{ id: number }>("select id from bodies where kind = 'partnership'").id;
    expect(await rawSocket(platform.url, outcomeRoom(partnership), upgradeHeaders(chair))).toEqual({ refused: 404 });
  });

  it("a confirmed participant: nothing while it is drafted; read-only once open; 4404 when closed again", async () => {
    const participant = await signedInClient(platform.url, PARTICIPANT);
    expect(await rawSocket(platform.url, outcomeRoom(SEMINAR), upgradeHeaders(participant))).toEqual({ refused: 404 });

    const chair = await signedInClient(platform.url, "member1.ru@example.org");
    expect((await chair.post(page(), { intent: "open", until: today() })).status).toBe(302);
    expect(outcome().state).toBe("open_for_proposals");

    const reader = await room(PARTICIPANT);
    expect(reader.fragment.toString()).toContain("важная площадка");
    const before = count("outcome_updates", "body_id = ?", SEMINAR);
    typeParagraph(reader, "Правка участника");
    typeParagraph(reader, "Ещё правка");
    typeParagraph(reader, "И ещё");
    expect((await reader.closed).code).toBe(codes.forbidden);
    expect(count("outcome_updates", "body_id = ?", SEMINAR)).toBe(before);
    expect(storedText()).not.toContain("Правка участника");

    const again = await room(PARTICIPANT);
    expect((await chair.post(page(), { intent: "close" })).status).toBe(302);
    expect((await again.closed).code).toBe(codes.notFound);
    expect(outcome().state).toBe("drafting");
  });
});

describe("proposals of the confirmed participants, until the deadline", () => {
  it("open until today's end: a participant by personal link reads the draft and sends a proposal", async () => {
    const chair = await signedInClient(platform.url, "member1.ru@example.org");
    expect((await chair.post(page(), { intent: "open", until: today() })).status).toBe(302);
    const guest = new TestClient(platform.url);
    const html = await (await guest.get(page(), byLink())).text();
    expect(html).toContain("важная площадка");
    const sent = await guest.post(
      page(),
      { intent: "propose", text: "Добавить пункт о стажировках молодёжи." },
      { headers: byLink() },
    );
    expect(sent.status).toBe(302);
    expect(count("outcome_proposals", "body_id = ? and text like '%стажировках%'", SEMINAR)).toBe(1);
    expect(count("audit_log", "action = 'outcome.proposal_sent'")).toBe(1);
    // The organisers see it beside the editor, with who sent it.
    const organisers = await (await chair.get(page())).text();
    expect(organisers).toContain("Добавить пункт о стажировках молодёжи.");
    expect(organisers).toContain("Бахтиёр Каримов");
  });

  it("the organisers mark it taken (audited)", async () => {
    const chair = await signedInClient(platform.url, "member3.ru@example.org");
    const id = one<{ id: number }>("select id from outcome_proposals where body_id = ?", SEMINAR).id;
    expect((await chair.post(page(), { intent: "decide", proposalId: String(id), decision: "taken" })).status).toBe(
      302,
    );
    expect(one<{ status: string }>("select status from outcome_proposals where id = ?", id).status).toBe("taken");
    expect(count("audit_log", "action = 'outcome.proposal_decided'")).toBe(1);
  });

  it("after the deadline a proposal is refused kindly, and nothing is stored", async () => {
    db()
      .prepare("update outcomes set proposals_until = ? where body_id = ?")
      .run(Date.now() - 1000, SEMINAR);
    const before = fingerprint();
    const guest = new TestClient(platform.url);
    const late = await guest.post(page(), { intent: "propose", text: "Поздно, но важно." }, { headers: byLink() });
    expect(late.status).toBe(409);
    expect(await late.text()).toContain("Приём предложений к итоговому документу сейчас закрыт");
    // The command itself, at an hour past the deadline, for a participant signed in by e-mail.
    const member = one<{ id: number }>("select id from users where email = ?", PARTICIPANT);
    const visitor = { actor: { id: member.id, isAdmin: false, status: "active" as const } };
    expect(() =>
      sendProposal(platform.services.db, visitor, SEMINAR, "Поздно", new Date(Date.now() + 86_400_000)),
    ).toThrow();
    expect(fingerprint()).toEqual(before);
  });
});

describe("bad input changes nothing", () => {
  it.each([
    ["a deadline that is no day", "member1.ru@example.org", { intent: "open", until: "31.04.2026" }, 422],
    ["a deadline in the past", "member1.ru@example.org", { intent: "open", until: "2020-01-01" }, 422],
    [
      "a decision that is neither",
      "member1.ru@example.org",
      { intent: "decide", proposalId: "1", decision: "maybe" },
      422,
    ],
    [
      "a proposal of someone else's conference",
      "member1.ru@example.org",
      { intent: "decide", proposalId: "999999", decision: "taken" },
      404,
    ],
    ["publishing a draft", "member1.ru@example.org", { intent: "publish", visibility: "public" }, 403],
    // The seminar is published: a stranger reads its public page, and is refused the organisers' step.
    ["a stranger finalising", "partner@example.org", { intent: "finalise" }, 403],
    ["a participant finalising", PARTICIPANT, { intent: "finalise" }, 403],
    ["an unknown step", "member1.ru@example.org", { intent: "delete" }, 400],
    ["beginning it twice", "member1.ru@example.org", { intent: "begin" }, 409],
  ] as const)("%s", async (_name, email, form, status) => {
    const client = await signedInClient(platform.url, email);
    const before = fingerprint();
    const response = await client.post(page(), form);
    expect(response.status).toBe(status);
    expect(fingerprint()).toEqual(before);
  });

  it("a foreign Origin, and an empty proposal", async () => {
    const chair = await signedInClient(platform.url, "member1.ru@example.org");
    const before = fingerprint();
    expect((await chair.post(page(), { intent: "finalise" }, { origin: "https://evil.example" })).status).toBe(403);
    const guest = new TestClient(platform.url);
    expect((await guest.post(page(), { intent: "propose", text: "   " }, { headers: byLink() })).status).not.toBe(302);
    expect(
      (await guest.post(page(), { intent: "propose", text: "без ссылки" }, { headers: otherConferenceLink })).status,
    ).toBe(403);
    expect(fingerprint()).toEqual(before);
  });
});

describe("finalised, then published to the library", () => {
  it("finalising freezes the text: open editors are closed with 4409 and later edits are refused", async () => {
    const editor = await room("member3.ru@example.org");
    const chair = await signedInClient(platform.url, "member1.ru@example.org");
    expect((await chair.post(page(), { intent: "finalise" })).status).toBe(302);
    expect((await editor.closed).code).toBe(codes.finalised);
    expect(outcome().state).toBe("finalised");
    expect(outcome().final_text).toContain("важная площадка");

    const late = await room("member1.ru@example.org");
    typeParagraph(late, "После утверждения");
    expect((await late.closed).code).toBe(codes.finalised);
    expect(storedText()).not.toContain("После утверждения");
    expect(count("audit_log", "action = 'outcome.finalised' and subject_id = ?", String(SEMINAR))).toBe(1);
  });

  it("published for partners only: one transaction makes the library document, not readable signed out", async () => {
    const chair = await signedInClient(platform.url, "member3.ru@example.org");
    expect((await chair.post(page(), { intent: "publish", visibility: "partners" })).status).toBe(302);
    const { library_document_id: documentId, state } = outcome();
    expect(state).toBe("published");
    const doc = one<{
      kind: string;
      visibility: string;
      issuer: string;
      adoption_reference: string;
      countries: string;
    }>(
      "select kind, visibility, issuer, adoption_reference, countries from library_documents where id = ?",
      documentId,
    );
    expect(doc).toMatchObject({ kind: "recommendations", visibility: "partners" });
    expect(doc.issuer).toBe("Союз «МАТМ», Ленинградская областная ТПП");
    expect(doc.adoption_reference).toMatch(/^рекомендации круглого стола от \d\d\.\d\d\.\d{4}$/);
    expect(JSON.parse(doc.countries)).toEqual(["KZ", "RU", "UZ"]);
    expect(count("audit_log", "action = 'outcome.published' and subject_id = ?", String(SEMINAR))).toBe(1);

    expect((await new TestClient(platform.url).get(`/library/${documentId}`)).status).toBe(404);
    const partner = await signedInClient(platform.url, "partner@example.org");
    expect((await partner.get(`/library/${documentId}`)).status).toBe(200);
    const found = await (await partner.get(`/library?q=${encodeURIComponent("кадровый оператор")}`)).text();
    expect(found).toMatch(new RegExp(`/library/${documentId}[#"]`));
    const signedOut = await (
      await new TestClient(platform.url).get(`/library?q=${encodeURIComponent("кадровый оператор")}`)
    ).text();
    expect(signedOut).not.toMatch(new RegExp(`/library/${documentId}[#"]`));
    // The conference's page links it for a partner, and not for someone signed out (who would meet a 404).
    expect(await (await partner.get(`/conferences/${SEMINAR}`)).text()).toContain(`/library/${documentId}"`);
    const publicPage = await new TestClient(platform.url).get(`/conferences/${SEMINAR}`);
    expect(publicPage.status).toBe(200);
    expect(await publicPage.text()).not.toContain(`/library/${documentId}"`);
    // Published once: a second request is refused and changes nothing.
    const before = fingerprint();
    expect((await chair.post(page(), { intent: "publish", visibility: "public" })).status).toBe(403);
    expect(fingerprint()).toEqual(before);
  });

  it("the demo round table's recommendations are public: found signed out by another word form", async () => {
    const roundTable = one<{ body_id: number; library_document_id: number }>(
      "select body_id, library_document_id from outcomes where state = 'published' and body_id <> ?",
      SEMINAR,
    );
    const reader = new TestClient(platform.url);
    // The text says «саморегулируемой организации»; the reader asks for «саморегулируемые организации».
    const found = await (await reader.get(`/library?q=${encodeURIComponent("саморегулируемые организации")}`)).text();
    expect(found).toContain(`/library/${roundTable.library_document_id}`);
    const doc = await (await reader.get(`/library/${roundTable.library_document_id}`)).text();
    expect(doc).toContain("Участники круглого стола констатируют");
    expect(doc).toContain("обратиться в МПА СНГ");
    // The public conference page and the outcome page lead there, for anyone.
    expect(await (await reader.get(`/conferences/${roundTable.body_id}`)).text()).toContain(
      `/library/${roundTable.library_document_id}"`,
    );
    const outcomePage = await reader.get(`/conferences/${roundTable.body_id}/outcome`);
    expect(outcomePage.status).toBe(200);
    expect(await outcomePage.text()).toContain(`/library/${roundTable.library_document_id}`);
  });
});
