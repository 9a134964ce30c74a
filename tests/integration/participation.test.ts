import { eq } from "drizzle-orm";
import ICAL from "ical.js";
import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditLog } from "../../db/audit";
import { addCalendarDays, localDateOf } from "~/lib/zoned-time";
import { addAgendaItem, approveAgenda } from "../../db/commands/meetings/agenda";
import { cancelMeeting, conveneMeeting, createMeeting } from "../../db/commands/meetings/convening";
import { inviteGuest } from "../../db/commands/meetings/guests";
import { sendMaterialDigests } from "../../db/commands/meetings/material-digest";
import { acceptLateMaterial, submitMaterial } from "../../db/commands/meetings/materials";
import { compositionAt, findBody } from "../../db/queries/bodies";
import { findMeeting } from "../../db/queries/meetings";
import { users } from "../../db/schema";
import { TestClient } from "../support/http";
import { startTestPlatform } from "../support/platform";
import { sqlOf } from "../support/sql";
import { linkIn, startSmtpServer } from "../support/smtp";

// Issue 7: the materials digest (R6), members' proposals of experts and observers (R12), invitations answered
// on the platform, and the removed draftsOpenToAllSides setting. Body 1 is the RU–KZ working group (9 + 8 members).
let platform: Awaited<ReturnType<typeof startTestPlatform>>;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
const { one, all, count } = sqlOf(() => platform);
const person = (email: string) => platform.services.db.select().from(users).where(eq(users.email, email)).get()!;
const minutes = (n: number) => n * 60_000;

// Every letter that arrives is kept here; a test takes the ones it expects, whatever their order.
const inbox: ParsedMail[] = [];
const recipient = (m: ParsedMail) => (m.to && !Array.isArray(m.to) ? m.to.text : "");
async function take(n: number, matches: (m: ParsedMail) => boolean, what: string): Promise<ParsedMail[]> {
  await platform.mail.drain();
  const deadline = Date.now() + 15_000;
  for (;;) {
    const found = inbox.filter(matches);
    if (found.length >= n) {
      for (const m of found) inbox.splice(inbox.indexOf(m), 1);
      expect(found, `${what}: exactly ${n} letters`).toHaveLength(n);
      return found;
    }
    if (Date.now() > deadline) throw new Error(`${what}: ${found.length} of ${n} letters arrived`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const members = (meetingId: number) =>
  compositionAt(platform.services.db, 1, findMeeting(platform.services.db, meetingId)!.startsAt)
    .flatMap((c) => c.seats.map((s) => s.email))
    .sort();

/** A convened meeting of body 1 `daysAhead` days from today, with two accepted items approved by both sides. */
function convenedMeeting(daysAhead: number) {
  const { services } = platform;
  const cochair = person("cochair.ru@example.org");
  const body = findBody(services.db, 1)!;
  const meetingId = createMeeting(services, cochair, 1, {
    startsOn: addCalendarDays(localDateOf(new Date(), body.timezone), daysAhead),
    startsAtTime: "10:00",
    durationMinutes: 120,
    place: "Москва, ул. Ильинка, д. 21",
    format: "in_person",
    videoLink: "",
  });
  const item = (title: string) => ({ title, description: "", speakers: "", durationMinutes: 30 });
  const first = addAgendaItem(services, cochair, meetingId, item("О взаимном признании профессиональных квалификаций"));
  const second = addAgendaItem(services, cochair, meetingId, item("О плане работы рабочей группы на 2027 год"));
  approveAgenda(services, cochair, meetingId, 1);
  approveAgenda(services, person("cochair.kz@example.org"), meetingId, 2);
  conveneMeeting(services, cochair, meetingId);
  return { meetingId, number: findMeeting(services.db, meetingId)!.number, first, second };
}
const convocationOf = (n: number) => (m: ParsedMail) =>
  (m.subject ?? "").startsWith(`Заседание № ${n}:`) || (m.subject ?? "").startsWith(`Meeting No. ${n}:`);
const text = (title: string, itemId: number) => ({ itemId, title, text: `Текст: ${title}`, upload: null });

let main: ReturnType<typeof convenedMeeting>;
beforeAll(async () => {
  smtp = await startSmtpServer();
  platform = await startTestPlatform({ smtpUrl: smtp.url });
  void (async () => {
    for (;;) inbox.push(await smtp.nextMessage());
  })();
  main = convenedMeeting(30);
});
afterAll(async () => {
  await platform.close();
  await smtp.close();
});

describe("the .ics invitation asks for no e-mailed reply: people answer on the platform", () => {
  it("every attendee has RSVP=FALSE, the organiser is the no-reply sender, and the texts link to the participants page", async () => {
    const letters = await take(17, convocationOf(main.number), "convocation");
    const answerAt = `${platform.url}/meetings/${main.meetingId}/participants`;
    for (const letter of letters) {
      const attachment = letter.attachments.find((a) => a.contentType.startsWith("text/calendar"))!;
      const raw = attachment.content.toString("utf8");
      expect(raw.replace(/\r\n /g, "")).not.toMatch(/RSVP=TRUE|NEEDS-ACTION/);
      const vevent = new ICAL.Component(ICAL.parse(raw)).getFirstSubcomponent("vevent")!;
      const event = new ICAL.Event(vevent);
      expect(event.attendees.length).toBe(17);
      for (const a of event.attendees) expect(a.getParameter("rsvp")).toBe("FALSE");
      expect(String(event.organizer)).toBe("mailto:no-reply@platform.test");
      expect(event.description).toContain(answerAt);
      expect(letter.text).toContain(answerAt);
    }
    const ru = letters.find((l) => recipient(l) === "member1.ru@example.org")!;
    expect(ru.text).toContain("Ответ на приглашение дайте на платформе");
    const en = letters.find((l) => recipient(l) === "member5.ru@example.org")!;
    expect(en.text).toContain("Please answer the invitation on the platform");
  });
});

describe("R6 (3.4 а): members get one digest of new materials, in their language, not one letter per file", () => {
  const digest = (meetingNumber: number) => (m: ParsedMail) =>
    new RegExp(
      `^(Новые материалы \\(\\d+\\): заседание № ${meetingNumber},|New materials \\(\\d+\\): meeting No\\. ${meetingNumber},)`,
    ).test(m.subject ?? "");

  it("three materials → after the quiet period, one message per member listing all three; nothing more afterwards", async () => {
    const { services } = platform;
    // Submitted eleven minutes ago, so that the digest's letters are due now (the outbox sends what is due).
    const added = new Date(Date.now() - minutes(11));
    const outbox = count("outbox");
    submitMaterial(
      services,
      person("member1.ru@example.org"),
      main.meetingId,
      text("Справка о квалификациях", main.first),
      added,
    );
    submitMaterial(
      services,
      person("member2.kz@example.org"),
      main.meetingId,
      text("Таблица соответствия", main.first),
      added,
    );
    submitMaterial(
      services,
      person("secretary.kz@example.org"),
      main.meetingId,
      text("Проект плана на 2027 год", main.second),
      added,
    );
    // Nothing is sent per file: the three wait in the queue, written with the materials.
    expect(count("outbox")).toBe(outbox);
    expect(count("material_digest_queue", "meeting_id = ? and sent_at is null", main.meetingId)).toBe(3);

    // Within the quiet period, nothing goes out.
    expect(sendMaterialDigests(services, new Date(added.getTime() + minutes(9)))).toBe(0);
    expect(count("outbox")).toBe(outbox);

    expect(sendMaterialDigests(services, new Date())).toBe(17);
    const letters = await take(17, digest(main.number), "digest");
    expect(letters.map(recipient).sort()).toEqual(members(main.meetingId));
    for (const letter of letters) {
      for (const title of ["Справка о квалификациях", "Таблица соответствия", "Проект плана на 2027 год"])
        expect(letter.text).toContain(title);
    }
    const ru = letters.find((l) => recipient(l) === "member3.ru@example.org")!;
    expect(ru.subject).toMatch(/^Новые материалы \(3\): заседание/);
    expect(ru.text).toContain("часовой пояс органа: Europe/Moscow");
    expect(ru.text).toContain(`${platform.url}/meetings/${main.meetingId}`);
    const en = letters.find((l) => recipient(l) === "member5.ru@example.org")!;
    expect(en.subject).toMatch(/^New materials \(3\): meeting No\./);

    const audit = all<{ details: string; actor_id: number | null }>(
      "select details, actor_id from audit_log where action = 'materials.digest_sent' and subject_id = ?",
      String(main.meetingId),
    );
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.details)).toMatchObject({ recipients: 17 });
    expect(JSON.parse(audit[0]!.details).materialIds).toHaveLength(3);

    // Everything is marked sent: the next run sends nothing.
    expect(count("material_digest_queue", "meeting_id = ? and sent_at is null", main.meetingId)).toBe(0);
    expect(sendMaterialDigests(services, new Date(added.getTime() + minutes(60)))).toBe(0);
  });

  it("a late material is not in any digest until a co-chair accepts it; then the next digest lists it", async () => {
    const { services } = platform;
    const soon = convenedMeeting(5); // the 10-day deadline has passed
    await take(17, convocationOf(soon.number), "convocation of the second meeting");
    const submitted = new Date(Date.now() - minutes(45));
    const { id, late } = submitMaterial(
      services,
      person("member4.ru@example.org"),
      soon.meetingId,
      text("Поздняя справка", soon.first),
      submitted,
    );
    expect(late).toBe(true);
    expect(count("material_digest_queue", "meeting_id = ?", soon.meetingId)).toBe(0);
    expect(sendMaterialDigests(services, new Date(submitted.getTime() + minutes(30)))).toBe(0);

    const accepted = new Date(submitted.getTime() + minutes(31)); // 14 minutes ago
    // R5: the Kazakh co-chair is available, so it is they who accept (their deputy may not).
    acceptLateMaterial(services, person("cochair.kz@example.org"), soon.meetingId, id, accepted);
    expect(count("material_digest_queue", "meeting_id = ? and sent_at is null", soon.meetingId)).toBe(1);
    expect(sendMaterialDigests(services, new Date(accepted.getTime() + minutes(9)))).toBe(0);
    expect(sendMaterialDigests(services, new Date())).toBe(17);
    const letters = await take(17, digest(soon.number), "digest of the accepted late material");
    const ru = letters.find((l) => recipient(l) === "member1.kz@example.org")!;
    expect(ru.text).toContain("Поздняя справка (");
    expect(ru.text).toContain("представлен после срока, принят сопредседателем");
    expect(verifyAuditLog(services.db)).toMatchObject({ ok: true });
  });
});

describe("R12 (3.11): a member proposes an expert or observer; a co-chair invites or declines", () => {
  const page = () => `/meetings/${main.meetingId}/participants`;
  async function signedIn(email: string) {
    const client = new TestClient(platform.url);
    await client.signIn(email);
    return client;
  }
  const state = () => ({
    proposals: all("select * from guest_proposals order by id"),
    guests: count("meeting_guests"),
    users: count("users"),
    outbox: count("outbox"),
    audit: count("audit_log"),
  });
  const proposal = {
    intent: "propose",
    name: "Ахметов Ерлан Серикович",
    email: "e.akhmetov@example.org",
    organisationId: "",
    kind: "expert",
    reason: "Руководит разработкой профессиональных стандартов в НПП «Атамекен».",
  };

  it("refuses a proposal with missing or wrong fields at the field, and changes nothing", async () => {
    const member = await signedIn("member3.ru@example.org");
    const html = await (await member.get(page())).text();
    expect(html).toContain('value="propose"');
    expect(html).not.toContain('value="invite"');
    const before = state();
    const bad = await member.post(page(), { ...proposal, email: "not-an-email", reason: "  " });
    expect(bad.status).toBe(422);
    const body = await bad.text();
    expect(body).toMatch(/class="field__error"[^>]*>Укажите адрес электронной почты/);
    expect(body).toMatch(/class="field__error"[^>]*>Заполните это поле\./);
    const member2 = await member.post(page(), { ...proposal, email: "member1.kz@example.org" });
    expect(member2.status).toBe(409);
    expect(await member2.text()).toContain("Этот человек — член органа: его не нужно приглашать как гостя.");
    expect(state()).toEqual(before);
  });

  it("a member proposes; the proposal waits, a second one of the same person is refused", async () => {
    const member = await signedIn("member3.ru@example.org");
    const auditBefore = count("audit_log");
    const outboxBefore = count("outbox");
    const sent = await member.post(page(), proposal);
    expect(sent.status).toBe(302);
    expect(sent.headers.get("location")).toContain("notice=guestProposed");
    const row = one<{ status: string; proposed_by_id: number; reason: string; email: string }>(
      "select * from guest_proposals where meeting_id = ?",
      main.meetingId,
    );
    expect(row).toMatchObject({
      status: "pending",
      proposed_by_id: person("member3.ru@example.org").id,
      email: proposal.email,
    });
    expect(count("audit_log")).toBe(auditBefore + 1);
    expect(one<{ action: string }>("select action from audit_log order by seq desc limit 1").action).toBe(
      "guest.proposed",
    );
    // Nobody is invited or written to yet.
    expect(count("users", "email = ?", proposal.email)).toBe(0);
    expect(count("outbox")).toBe(outboxBefore);

    const before = state();
    const twice = await member.post(page(), { ...proposal, reason: "Ещё раз" });
    expect(twice.status).toBe(409);
    expect(await twice.text()).toContain("Этого человека уже предложили на это заседание; решение ещё не принято.");
    expect(state()).toEqual(before);
  });

  it("the proposed e-mail is shown to the proposer and the co-chairs, not to other members", async () => {
    const cochair = await (await (await signedIn("cochair.kz@example.org")).get(page())).text();
    expect(cochair).toContain("Ахметов Ерлан Серикович");
    expect(cochair).toContain(proposal.email);
    expect(cochair).toContain('value="inviteProposal"');
    const other = await (await (await signedIn("member2.kz@example.org")).get(page())).text();
    expect(other).toContain("Ахметов Ерлан Серикович");
    expect(other).toContain("предлагает");
    expect(other).not.toContain(proposal.email);
    expect(other).not.toContain('value="inviteProposal"');
  });

  it("neither a member nor an invited guest may decide; a guest may not propose: 403, nothing changes", async () => {
    inviteGuest(platform.services, person("cochair.ru@example.org"), main.meetingId, {
      email: "expert@example.org",
      name: "Зайцев Виктор Петрович",
      kind: "observer",
    });
    await take(1, (m) => recipient(m) === "expert@example.org", "the observer's letter");
    const id = String(one<{ id: number }>("select id from guest_proposals where meeting_id = ?", main.meetingId).id);
    // Signed in first: a sign-in is itself an audit entry.
    const member = await signedIn("member3.ru@example.org");
    const guest = await signedIn("expert@example.org");
    const before = state();

    for (const intent of ["inviteProposal", "declineProposal"]) {
      const refused = await member.post(page(), { intent, proposalId: id, reason: "нет" });
      expect(refused.status).toBe(403);
      expect(await refused.text()).toContain("Нет доступа");
    }

    const html = await (await guest.get(page())).text();
    expect(html).not.toContain('value="propose"');
    expect(html).not.toContain('id="participants-proposals"');
    expect(html).not.toContain("Ахметов Ерлан Серикович");
    const fromGuest = await guest.post(page(), { ...proposal, email: "another@example.org" });
    expect(fromGuest.status).toBe(403);
    expect(state()).toEqual(before);
  });

  it("a co-chair declines with a reason the proposer sees; a decided proposal cannot be decided again", async () => {
    const id = String(one<{ id: number }>("select id from guest_proposals where meeting_id = ?", main.meetingId).id);
    const cochair = await signedIn("cochair.kz@example.org");
    const before = state();
    const noReason = await cochair.post(page(), { intent: "declineProposal", proposalId: id, reason: " " });
    expect(noReason.status).toBe(422);
    expect(await noReason.text()).toMatch(/class="field__error"[^>]*>Заполните это поле\./);
    const unknown = await cochair.post(page(), { intent: "inviteProposal", proposalId: "999999" });
    expect(unknown.status).toBe(404);
    expect(state()).toEqual(before);

    const reason = "Вопрос повестки не касается профессиональных стандартов.";
    const declined = await cochair.post(page(), { intent: "declineProposal", proposalId: id, reason });
    expect(declined.status).toBe(302);
    expect(
      one<{ status: string; decline_reason: string }>("select * from guest_proposals where id = ?", id),
    ).toMatchObject({
      status: "declined",
      decline_reason: reason,
    });
    const audit = one<{ action: string; details: string }>(
      "select action, details from audit_log order by seq desc limit 1",
    );
    expect(audit.action).toBe("guest.proposal_declined");
    // R5: the act records its capacity.
    expect(JSON.parse(audit.details)).toEqual({ proposalId: Number(id), reason, sideId: 2, capacity: "co_chair" });

    const proposer = await (await (await signedIn("member3.ru@example.org")).get(page())).text();
    expect(proposer).toContain(`отклонено: ${reason}`);

    const after = state();
    const again = await cochair.post(page(), { intent: "inviteProposal", proposalId: id });
    expect(again.status).toBe(409);
    expect(await again.text()).toContain("По этому предложению уже принято решение.");
    expect(state()).toEqual(after);
  });

  it("a co-chair invites on a proposal: an account by invitation, the meeting's letter, the proposal marked invited", async () => {
    const member = await signedIn("member2.kz@example.org");
    const observer = { ...proposal, email: "g.nurlanova@example.org", name: "Нурланова Гульмира", kind: "observer" };
    expect((await member.post(page(), observer)).status).toBe(302);
    const id = one<{ id: number }>("select id from guest_proposals where email = ?", observer.email).id;

    // R5: the co-chair (a deputy only in the co-chair's absence).
    const cochair = await signedIn("cochair.ru@example.org");
    const invited = await cochair.post(page(), { intent: "inviteProposal", proposalId: String(id) });
    expect(invited.status).toBe(302);
    const guest = person(observer.email);
    expect(guest).toMatchObject({ status: "invited", name: observer.name });
    expect(
      one<{ kind: string }>(
        "select kind from meeting_guests where meeting_id = ? and user_id = ?",
        main.meetingId,
        guest.id,
      ),
    ).toEqual({
      kind: "observer",
    });
    expect(one("select status, guest_user_id, decided_by_id from guest_proposals where id = ?", id)).toEqual({
      status: "invited",
      guest_user_id: guest.id,
      decided_by_id: person("cochair.ru@example.org").id,
    });
    const audit = one<{ details: string }>(
      "select details from audit_log where action = 'guest.invited' order by seq desc limit 1",
    );
    expect(JSON.parse(audit.details)).toMatchObject({
      userId: guest.id,
      kind: "observer",
      newAccount: true,
      proposalId: id,
    });

    // The same two letters as a direct invitation: the platform's invitation and the meeting's, with its .ics.
    const letters = await take(2, (m) => recipient(m) === observer.email, "the invited observer's letters");
    const invitation = letters.find((l) => !l.attachments.length)!;
    expect(linkIn(invitation, `${platform.url}/invite/`)).toBeTruthy();
    const meetingLetter = letters.find((l) => l.attachments.length)!;
    expect(meetingLetter.text).toContain("Ответы на это письмо и из календаря никто не получит");
    expect(verifyAuditLog(platform.services.db)).toMatchObject({ ok: true });
  });

  it("proposals close when the meeting can no longer take guests (here: cancelled)", async () => {
    const other = convenedMeeting(40);
    await take(17, convocationOf(other.number), "convocation");
    cancelMeeting(platform.services, person("cochair.ru@example.org"), other.meetingId);
    const member = await signedIn("member3.ru@example.org");
    const before = state();
    const closed = await member.post(`/meetings/${other.meetingId}/participants`, proposal);
    expect(closed.status).toBe(409);
    expect(await closed.text()).toContain("Предлагать экспертов и наблюдателей можно только до начала заседания.");
    expect(state()).toEqual(before);
  });
});

describe("draftsOpenToAllSides is gone: it promised a rule the platform never had (R14 keeps everything open)", () => {
  it("the column is dropped and the body page no longer shows the setting", async () => {
    const columns = all<{ name: string }>("pragma table_info(bodies)").map((c) => c.name);
    expect(columns).not.toContain("drafts_open_to_all_sides");
    const admin = new TestClient(platform.url);
    await admin.signIn("admin@example.org");
    const html = await (await admin.get("/bodies/1")).text();
    expect(html).toContain("Правила");
    expect(html).not.toContain("Проекты открыты всем сторонам");
  });
});
