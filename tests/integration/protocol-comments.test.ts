import { eq } from "drizzle-orm";
import { prosemirrorJSONToYXmlFragment } from "@tiptap/y-tiptap";
import * as Y from "yjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeAnchor } from "~/lib/protocol-comment-rules";
import { PROTOCOL_FRAGMENT } from "~/lib/protocol-room";
import { protocolSchema } from "~/lib/protocol-schema";
import { ensureProtocolDraft } from "../../db/protocols/draft";
import { users } from "../../db/schema";
import { databaseFingerprint } from "../support/db-snapshot";
import { reopenDemoProtocol } from "../support/signing";
import { TestClient } from "../support/http";
import { startTestPlatform } from "../support/platform";
import { sqlOf } from "../support/sql";

// Comments on the protocol draft (R13, 3.4 б): a member comments on a passage, a secretary resolves it. Every
// refusal is said in the user's language and changes nothing. Meeting 2 of the demo's RU–KZ working group is
// convened (its expert is a guest: drafts are not theirs to see); meeting 1 is held.
let platform: Awaited<ReturnType<typeof startTestPlatform>>;
const { one, count } = sqlOf(() => platform);
const MEETING = 2;
const OTHER_MEETING = 1;
const PASSAGE = "Стороны договорились обменяться перечнями квалификаций";
const person = (email: string) => platform.services.db.select().from(users).where(eq(users.email, email)).get()!;

async function as(email: string, language = "ru") {
  const client = new TestClient(platform.url);
  await client.signIn(email);
  return { client, language };
}

/** Writes one paragraph into the meeting's protocol, as the platform would, and returns its Yjs text. */
function writeParagraph(meetingId: number, text: string): void {
  ensureProtocolDraft(platform.services.db, meetingId);
  platform.services.protocols.change(meetingId, null, (doc) => {
    const json = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] };
    prosemirrorJSONToYXmlFragment(protocolSchema(), json, doc.getXmlFragment(PROTOCOL_FRAGMENT));
  });
}

/** An anchor on characters [from, to) of the protocol's first paragraph, made the way the editor makes it. */
function anchorIn(meetingId: number, from: number, to: number) {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, platform.services.protocols.state(meetingId));
  const paragraph = doc.getXmlFragment(PROTOCOL_FRAGMENT).get(0) as Y.XmlElement;
  const text = paragraph.get(0) as Y.XmlText;
  const at = (index: number) => encodeAnchor(Y.createRelativePositionFromTypeIndex(text, index));
  const anchor = { anchorStart: at(from), anchorEnd: at(to), quote: text.toString().slice(from, to) };
  doc.destroy();
  return anchor;
}

async function post(who: { client: TestClient; language: string }, form: Record<string, string>) {
  const response = await who.client.post(`/meetings/${MEETING}/protocol/comments`, form, {
    headers: { "accept-language": who.language },
  });
  return { status: response.status, text: await response.text() };
}

beforeAll(async () => {
  platform = await startTestPlatform();
  reopenDemoProtocol(platform.services); // meeting № 1 arrives signed (issue 10): open its draft again
  writeParagraph(MEETING, PASSAGE);
  writeParagraph(OTHER_MEETING, "Протокол заседания № 1");
});
afterAll(() => platform?.close());

describe("a member comments on a passage of the draft", () => {
  it("the comment is stored with its passage, and audited in the same transaction", async () => {
    const member = await as("member1.kz@example.org");
    const anchor = anchorIn(MEETING, 8, 20);
    const answer = await post(member, { intent: "add", ...anchor, text: "Уточнить: каких именно квалификаций?" });
    expect(answer.status).toBe(200);
    const row = one<{ id: number; quote: string; author_id: number; anchor_start: string }>(
      "select * from protocol_comments where meeting_id = ? order by id desc",
      MEETING,
    );
    expect(row).toMatchObject({ quote: "договорились", author_id: person("member1.kz@example.org").id });
    expect(row.anchor_start).toBe(anchor.anchorStart);
    const audit = one<{ action: string; details: string }>(
      "select action, details from audit_log where action = 'protocol.comment_added' order by seq desc",
    );
    expect(JSON.parse(audit.details)).toMatchObject({ commentId: row.id, quote: "договорились" });
  });

  it("the member's page lists it, with the draft's text rendered on the server and no editor rights", async () => {
    const member = await as("member1.kz@example.org");
    const html = await (await member.client.get(`/meetings/${MEETING}/protocol`)).text();
    expect(html).toContain(PASSAGE);
    expect(html).toContain("Вы читаете черновик; вносить изменения могут секретари и сопредседатели.");
    expect(html).toContain("Уточнить: каких именно квалификаций?");
    expect(html).not.toContain('role="toolbar"');
  });
});

describe("bad input: a message in the user's language, and nothing changes", () => {
  const cases: { name: string; form: () => Record<string, string>; status: number; ru: string; en: string }[] = [
    {
      name: "an empty comment",
      form: () => ({ intent: "add", ...anchorIn(MEETING, 0, 7), text: "   " }),
      status: 422,
      ru: "Напишите текст замечания.",
      en: "Write the comment.",
    },
    {
      name: "a comment of 2,001 characters",
      form: () => ({ intent: "add", ...anchorIn(MEETING, 0, 7), text: "я".repeat(2001) }),
      status: 422,
      ru: "Замечание длиннее 2000 знаков.",
      en: "The comment is longer than 2000 characters.",
    },
    {
      name: "a malformed anchor",
      form: () => ({ intent: "add", ...anchorIn(MEETING, 0, 7), anchorStart: "не-base64!", text: "Текст" }),
      status: 422,
      ru: "Не удалось определить фрагмент текста. Выделите его снова.",
      en: "The passage could not be identified. Select it again.",
    },
    {
      name: "base64 that is not a relative position",
      form: () => ({ intent: "add", ...anchorIn(MEETING, 0, 7), anchorEnd: "/////w==", text: "Текст" }),
      status: 422,
      ru: "Не удалось определить фрагмент текста. Выделите его снова.",
      en: "The passage could not be identified. Select it again.",
    },
    {
      name: "an anchor in another meeting's protocol",
      form: () => ({ intent: "add", ...anchorIn(OTHER_MEETING, 0, 8), text: "Текст" }),
      status: 422,
      ru: "Не удалось определить фрагмент текста. Выделите его снова.",
      en: "The passage could not be identified. Select it again.",
    },
    {
      name: "no quoted passage",
      form: () => ({ intent: "add", ...anchorIn(MEETING, 0, 7), quote: "", text: "Текст" }),
      status: 422,
      ru: "Выделите фрагмент текста (не длиннее 1000 знаков).",
      en: "Select a passage of the text (at most 1000 characters).",
    },
    {
      name: "an unknown intent",
      form: () => ({ intent: "delete", commentId: "1" }),
      status: 400,
      ru: "",
      en: "",
    },
  ];

  it.each(cases)("$name", async ({ form, status, ru, en }) => {
    for (const [language, message] of [
      ["ru", ru],
      ["en", en],
    ] as const) {
      const member = await as("member2.ru@example.org", language);
      const body = form();
      const before = databaseFingerprint(platform.services.db.$client);
      const answer = await post(member, body);
      expect(answer.status).toBe(status);
      if (message) expect(answer.text).toContain(message);
      expect(databaseFingerprint(platform.services.db.$client)).toEqual(before);
    }
  });
});

describe("who may comment and resolve", () => {
  let commentId: number;
  beforeAll(async () => {
    const member = await as("member3.ru@example.org");
    await post(member, { intent: "add", ...anchorIn(MEETING, 0, 7), text: "Заменить «Стороны» на «Участники»" });
    commentId = one<{ id: number }>("select max(id) as id from protocol_comments").id;
  });

  it.each([
    { who: "the expert invited to the meeting (drafts are not for guests)", email: "expert@example.org", status: 403 },
    { who: "a partner, a stranger to the body", email: "partner@example.org", status: 404 },
    { who: "the administrator (reads, never comments)", email: "admin@example.org", status: 403 },
  ])("$who may not comment: $status, nothing changes", async ({ email, status }) => {
    const stranger = await as(email);
    const before = databaseFingerprint(platform.services.db.$client);
    const answer = await post(stranger, { intent: "add", ...anchorIn(MEETING, 0, 7), text: "Текст" });
    expect(answer.status).toBe(status);
    expect(databaseFingerprint(platform.services.db.$client)).toEqual(before);
    // The page itself answers the same way.
    expect((await stranger.client.get(`/meetings/${MEETING}/protocol`)).status).toBe(
      email.startsWith("admin") ? 200 : status,
    );
  });

  it("a member may not resolve: 403, nothing changes", async () => {
    const member = await as("member1.kz@example.org");
    const before = databaseFingerprint(platform.services.db.$client);
    const answer = await post(member, { intent: "resolve", commentId: String(commentId) });
    expect(answer.status).toBe(403);
    expect(databaseFingerprint(platform.services.db.$client)).toEqual(before);
  });

  it("the secretary resolves it; a second time is refused in words; a comment of another meeting is not found", async () => {
    const secretary = await as("secretary.ru@example.org");
    expect((await post(secretary, { intent: "resolve", commentId: String(commentId) })).status).toBe(200);
    const row = one<{ resolved_by_id: number; resolved_at: number }>(
      "select * from protocol_comments where id = ?",
      commentId,
    );
    expect(row.resolved_by_id).toBe(person("secretary.ru@example.org").id);
    expect(count("audit_log", "action = 'protocol.comment_resolved'")).toBe(1);

    const before = databaseFingerprint(platform.services.db.$client);
    const again = await post(secretary, { intent: "resolve", commentId: String(commentId) });
    expect(again.status).toBe(409);
    expect(again.text).toContain("Это замечание уже снято.");
    // The id of a comment that exists, but on meeting 1's protocol.
    platform.services.db.$client
      .prepare(
        "insert into protocol_comments (meeting_id, anchor_start, anchor_end, quote, text, author_id) values (?, 'AA==', 'AA==', 'q', 't', ?)",
      )
      .run(OTHER_MEETING, person("member1.ru@example.org").id);
    const foreignId = one<{ id: number }>("select max(id) as id from protocol_comments").id;
    const beforeForeign = databaseFingerprint(platform.services.db.$client);
    const foreign = await post(secretary, { intent: "resolve", commentId: String(foreignId) });
    expect(foreign.status).toBe(404);
    expect(foreign.text).toContain("Такого замечания к этому протоколу нет.");
    expect(databaseFingerprint(platform.services.db.$client)).toEqual(beforeForeign);
    expect(before).not.toEqual(beforeForeign); // (the foreign comment was inserted between the two checks)
  });
});
