/** The comments on a meeting's protocol draft, with their authors and sides, for the editor's side panel. */
import { and, asc, eq, isNull } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { Db } from "../client";
import { users } from "../schema/accounts";
import { memberships, sides } from "../schema/bodies";
import { protocolComments } from "../schema/protocols";

export interface ProtocolCommentRow {
  id: number;
  anchorStart: string;
  anchorEnd: string;
  quote: string;
  text: string;
  authorName: string;
  /** The author's side in the body now (null: no longer seated). */
  sideName: string | null;
  sidePosition: number | null;
  createdAt: Date;
  resolvedByName: string | null;
  resolvedAt: Date | null;
}

export function protocolCommentsOf(db: Db, meetingId: number, bodyId: number): ProtocolCommentRow[] {
  const resolver = alias(users, "resolver");
  const rows = db
    .select({
      id: protocolComments.id,
      anchorStart: protocolComments.anchorStart,
      anchorEnd: protocolComments.anchorEnd,
      quote: protocolComments.quote,
      text: protocolComments.text,
      authorId: protocolComments.authorId,
      authorName: users.name,
      createdAt: protocolComments.createdAt,
      resolvedByName: resolver.name,
      resolvedAt: protocolComments.resolvedAt,
    })
    .from(protocolComments)
    .innerJoin(users, eq(users.id, protocolComments.authorId))
    .leftJoin(resolver, eq(resolver.id, protocolComments.resolvedById))
    .where(eq(protocolComments.meetingId, meetingId))
    .orderBy(asc(protocolComments.id))
    .all();
  const seatOf = new Map(
    db
      .select({ userId: memberships.userId, name: sides.name, position: sides.position })
      .from(memberships)
      .innerJoin(sides, eq(sides.id, memberships.sideId))
      .where(and(eq(memberships.bodyId, bodyId), isNull(memberships.endsAt)))
      .all()
      .map((s) => [s.userId, s]),
  );
  return rows.map(({ authorId, ...row }) => ({
    ...row,
    sideName: seatOf.get(authorId)?.name ?? null,
    sidePosition: seatOf.get(authorId)?.position ?? null,
  }));
}
