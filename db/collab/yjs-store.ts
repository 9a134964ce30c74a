/**
 * Where a live document's Yjs state lives on disk (decision 0013), for each kind of collaborative document: a
 * compacted snapshot in the document's row and every update accepted since, appended to its updates table before
 * anyone else sees it. Protocols (`protocols` + `protocol_updates`, by meeting) and conference outcomes (`outcomes`
 * + `outcome_updates`, by conference) are stored alike (decision 0024); each binds this store to its tables.
 */
import * as Y from "yjs";
import { connectionOf, preparedPerConnection, type Db } from "../client";

export interface StoredDocument {
  /** The document: the snapshot with every later update applied. */
  doc: Y.Doc;
  /** The id of the newest update applied (0 when there is none). */
  lastUpdateId: number;
  /** How many updates were applied on top of the snapshot (compaction is due when this grows). */
  updatesSinceSnapshot: number;
  finalisedAt: Date | null;
  exists: boolean;
}

/** The tables of one kind of document: its row (with snapshot, snapshot_update_id, finalised_at) and its updates. */
export interface DocumentTables {
  documents: "protocols" | "outcomes";
  updates: "protocol_updates" | "outcome_updates";
  /** The column naming the document in both tables. */
  key: "meeting_id" | "body_id";
}

export interface YjsStore {
  load(db: Db, id: number): StoredDocument;
  /** Creates the document's row if it has none (idempotent; a kind whose row needs more columns creates it itself). */
  create(db: Db, id: number): void;
  /** Appends accepted updates in the caller's transaction; returns the id of the last one. */
  append(db: Db, id: number, updates: readonly { update: Uint8Array; userId: number | null }[]): number;
  /** The snapshot becomes `state` (the document as of `upToId`), and the updates it holds are dropped. */
  saveSnapshot(db: Db, id: number, state: Uint8Array, upToId: number): void;
  /** Whether the document is finalised now (read inside the caller's transaction). */
  isFinalised(db: Db, id: number): boolean;
  /** The newest stored update's id (0 when none): compaction checks nobody else wrote. */
  newestUpdateId(db: Db, id: number): number;
}

const buffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

export function yjsStore({ documents, updates, key }: DocumentTables): YjsStore {
  const statements = preparedPerConnection((db) => {
    const sql = connectionOf(db);
    return {
      row: sql.prepare<[number], { snapshot: Buffer | null; snapshot_update_id: number; finalised_at: number | null }>(
        `select snapshot, snapshot_update_id, finalised_at from ${documents} where ${key} = ?`,
      ),
      updatesAfter: sql.prepare<[number, number], { id: number; update: Buffer }>(
        `select id, "update" from ${updates} where ${key} = ? and id > ? order by id`,
      ),
      create: sql.prepare<[number]>(`insert or ignore into ${documents} (${key}) values (?)`),
      append: sql.prepare<[number, Buffer, number | null]>(
        `insert into ${updates} (${key}, "update", user_id) values (?, ?, ?)`,
      ),
      saveSnapshot: sql.prepare<[Buffer, number, number]>(
        `update ${documents} set snapshot = ?, snapshot_update_id = ? where ${key} = ?`,
      ),
      dropUpdatesUpTo: sql.prepare<[number, number]>(`delete from ${updates} where ${key} = ? and id <= ?`),
      newest: sql.prepare<[number], { id: number | null }>(`select max(id) as id from ${updates} where ${key} = ?`),
    };
  });

  return {
    load(db, id) {
      const s = statements(db);
      const row = s.row.get(id);
      const doc = new Y.Doc({ gc: true });
      let lastUpdateId = row?.snapshot_update_id ?? 0;
      let updatesSinceSnapshot = 0;
      doc.transact(() => {
        if (row?.snapshot) Y.applyUpdate(doc, row.snapshot);
        for (const { id: updateId, update } of s.updatesAfter.iterate(id, lastUpdateId)) {
          Y.applyUpdate(doc, update);
          lastUpdateId = updateId;
          updatesSinceSnapshot++;
        }
      });
      return {
        doc,
        lastUpdateId,
        updatesSinceSnapshot,
        finalisedAt: row?.finalised_at != null ? new Date(row.finalised_at) : null,
        exists: row !== undefined,
      };
    },
    create(db, id) {
      statements(db).create.run(id);
    },
    append(db, id, rows) {
      const s = statements(db);
      let last = 0;
      for (const { update, userId } of rows) last = Number(s.append.run(id, buffer(update), userId).lastInsertRowid);
      return last;
    },
    saveSnapshot(db, id, state, upToId) {
      const s = statements(db);
      s.saveSnapshot.run(buffer(state), upToId, id);
      s.dropUpdatesUpTo.run(id, upToId);
    },
    isFinalised(db, id) {
      return statements(db).row.get(id)?.finalised_at != null;
    },
    newestUpdateId(db, id) {
      return statements(db).newest.get(id)?.id ?? 0;
    },
  };
}
