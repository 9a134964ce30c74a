// What `npm run bench:collab` puts into our server's temporary database before a scenario: bodies whose
// officers may edit the protocol (a secretary, a co-chair and a deputy per side, as many sides as needed),
// one convened meeting each with its protocol row, a session per officer (the cookie the upgrade carries),
// and stored documents. Direct inserts: the bench measures the socket, not the commands.
import * as Y from "yjs";
import { openDatabase, writeTransaction, type Db } from "../db/client";
import { compactProtocol } from "../db/protocols/store";
import { SESSION_COOKIE } from "../db/sessions";
import { generateToken, hashToken } from "../app/lib/tokens.server";
import type { ClientSpec } from "./collab-clients";

const officers = ["secretary", "co_chair", "deputy"] as const;
let bodiesMade = 0;

export interface BenchRoom {
  meetingId: number;
  room: string;
  clients: ClientSpec[];
}

/** `rooms` meetings, each with `editors` officers signed in. */
export function seatEditors(databaseFile: string, rooms: number, editors: number): BenchRoom[] {
  return withDb(databaseFile, (db) =>
    writeTransaction(db, (tx) => {
      const sql = tx.$client;
      const now = Date.now();
      const body = sql.prepare(
        "insert into bodies (kind, title_ru, quorum_rule) values ('working_group', ?, 'each_side_half')",
      );
      const side = sql.prepare("insert into sides (body_id, position, name) values (?, ?, ?)");
      const user = sql.prepare("insert into users (email, name, status) values (?, ?, 'active')");
      const seat = sql.prepare(
        "insert into memberships (body_id, side_id, user_id, role, starts_at) values (?, ?, ?, ?, ?)",
      );
      const meeting = sql.prepare(
        "insert into meetings (body_id, number, status, starts_at, format, convened_at) values (?, 1, 'convened', ?, 'video', ?)",
      );
      const protocol = sql.prepare("insert into protocols (meeting_id) values (?)");
      const session = sql.prepare("insert into sessions (id, user_id, expires_at) values (?, ?, ?)");
      const result: BenchRoom[] = [];
      for (let r = 0; r < rooms; r++) {
        const b = ++bodiesMade;
        const bodyId = Number(body.run(`Рабочая группа для замеров № ${b}`).lastInsertRowid);
        const meetingId = Number(meeting.run(bodyId, now + 86_400_000, now).lastInsertRowid);
        protocol.run(meetingId);
        const clients: ClientSpec[] = [];
        let sideId = 0;
        for (let i = 0; i < editors; i++) {
          if (i % officers.length === 0) {
            const position = i / officers.length + 1;
            sideId = Number(side.run(bodyId, position, `Сторона ${position}`).lastInsertRowid);
          }
          const userId = Number(user.run(`bench-${b}-${i}@example.org`, `Секретарь ${b}.${i}`).lastInsertRowid);
          seat.run(bodyId, sideId, userId, officers[i % officers.length], now - 86_400_000);
          const token = generateToken();
          session.run(hashToken(token), userId, now + 30 * 86_400_000);
          clients.push({ room: `protocol-${meetingId}`, cookie: `${SESSION_COOKIE}=${token}` });
        }
        result.push({ meetingId, room: `protocol-${meetingId}`, clients });
      }
      return result;
    }),
  );
}

/** Stores `state` as the compacted snapshot of each meeting's protocol. */
export function storeSnapshots(databaseFile: string, meetingIds: number[], state: Uint8Array) {
  withDb(databaseFile, (db) =>
    writeTransaction(db, (tx) => {
      const save = tx.$client.prepare("update protocols set snapshot = ?, snapshot_update_id = 0 where meeting_id = ?");
      for (const id of meetingIds) save.run(Buffer.from(state), id);
    }),
  );
}

/** Appends `updates` to each meeting's protocol as stored updates (as typed, not compacted). */
export function storeUpdates(databaseFile: string, meetingIds: number[], updates: Uint8Array[]) {
  withDb(databaseFile, (db) =>
    writeTransaction(db, (tx) => {
      const append = tx.$client.prepare('insert into protocol_updates (meeting_id, "update") values (?, ?)');
      for (const id of meetingIds) for (const u of updates) append.run(id, Buffer.from(u));
    }),
  );
}

/** Compacts each meeting's protocol the way the store does (apply into a document, re-encode); ms taken. */
export function compact(databaseFile: string, meetingIds: number[]): number {
  return withDb(databaseFile, (db) => {
    const started = performance.now();
    for (const id of meetingIds) writeTransaction(db, (tx) => compactProtocol(tx, id));
    return performance.now() - started;
  });
}

export function withDb<T>(databaseFile: string, work: (db: Db) => T): T {
  const db = openDatabase(databaseFile);
  try {
    return work(db);
  } finally {
    db.$client.close();
  }
}

/** A protocol-shaped document of about `characters` characters of Russian text, in paragraphs of ~1,000. */
export function documentOf(characters: number): Uint8Array {
  const sentence = "Стороны обсудили ход выполнения решений предыдущего заседания и согласовали дальнейшие шаги. ";
  const doc = new Y.Doc();
  const fragment = doc.getXmlFragment("default");
  const paragraphs: Y.XmlElement[] = [];
  for (let written = 0; written < characters; written += 1000) {
    const p = new Y.XmlElement("paragraph");
    const text = new Y.XmlText();
    text.insert(0, sentence.repeat(Math.ceil(1000 / sentence.length)).slice(0, Math.min(1000, characters - written)));
    p.insert(0, [text]);
    paragraphs.push(p);
  }
  fragment.insert(0, paragraphs);
  return Y.encodeStateAsUpdate(doc);
}

/** `count` updates as a secretary types them, one character each, at the end of a paragraph. */
export function typedUpdates(count: number): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on("update", (u: Uint8Array) => updates.push(u));
  const p = new Y.XmlElement("paragraph");
  const text = new Y.XmlText();
  p.insert(0, [text]);
  doc.getXmlFragment("default").insert(0, [p]);
  const line = "Решили: одобрить проект протокола. ";
  while (updates.length < count) text.insert(text.length, line[updates.length % line.length]!);
  return updates.slice(0, count);
}
