// The named versions of a meeting's protocol, for those who may read it.
import { and, desc, eq } from "drizzle-orm";
import * as Y from "yjs";
import { protocolJSON } from "../../app/lib/protocol-draft-yjs";
import type { JSONContent } from "../../app/lib/protocol-json";
import type { Db } from "../client";
import { protocolVersions, users } from "../schema";

export function versionsOf(db: Db, meetingId: number) {
  return db
    .select({
      id: protocolVersions.id,
      name: protocolVersions.name,
      createdAt: protocolVersions.createdAt,
      createdByName: users.name,
    })
    .from(protocolVersions)
    .innerJoin(users, eq(users.id, protocolVersions.createdById))
    .where(eq(protocolVersions.meetingId, meetingId))
    .orderBy(desc(protocolVersions.createdAt), desc(protocolVersions.id))
    .all();
}

/** One version of this meeting's protocol, or null (an unknown id, or a version of another meeting). */
export function versionOf(db: Db, meetingId: number, versionId: number) {
  return (
    db
      .select({
        id: protocolVersions.id,
        name: protocolVersions.name,
        state: protocolVersions.state,
        createdAt: protocolVersions.createdAt,
        createdByName: users.name,
      })
      .from(protocolVersions)
      .innerJoin(users, eq(users.id, protocolVersions.createdById))
      .where(and(eq(protocolVersions.id, versionId), eq(protocolVersions.meetingId, meetingId)))
      .get() ?? null
  );
}

/** A protocol state (one Yjs update) as ProseMirror JSON. */
export function jsonOfState(state: Uint8Array): JSONContent {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  const json = protocolJSON(doc);
  doc.destroy();
  return json;
}
