/**
 * A body's signed protocols (issue 10): for each meeting, its newest text signed by every signatory. A text is
 * fully signed exactly when its circulation was queued: the signing command does that with the last signature
 * needed (R11, 3.10), in the same commit.
 */
import { and, desc, eq, exists, max } from "drizzle-orm";
import type { Db } from "../client";
import { meetings, protocolCirculations, protocolFinals, protocolSignatures } from "../schema";

export interface SignedProtocol {
  meetingId: number;
  meetingNumber: number;
  startsAt: Date;
  version: number;
  signedOn: Date;
}

export function signedProtocolsOf(db: Db, bodyId: number): SignedProtocol[] {
  const rows = db
    .select({
      meetingId: meetings.id,
      meetingNumber: meetings.number,
      startsAt: meetings.startsAt,
      version: protocolFinals.number,
      signedOn: max(protocolSignatures.signedAt),
    })
    .from(protocolFinals)
    .innerJoin(meetings, eq(meetings.id, protocolFinals.meetingId))
    .innerJoin(protocolSignatures, eq(protocolSignatures.finalId, protocolFinals.id))
    .where(
      and(
        eq(meetings.bodyId, bodyId),
        exists(db.select().from(protocolCirculations).where(eq(protocolCirculations.finalId, protocolFinals.id))),
      ),
    )
    .groupBy(protocolFinals.id)
    .orderBy(desc(meetings.startsAt), desc(protocolFinals.number))
    .all();
  const newest = new Map<number, SignedProtocol>();
  for (const r of rows)
    if (!newest.has(r.meetingId) && r.signedOn) newest.set(r.meetingId, { ...r, signedOn: r.signedOn });
  return [...newest.values()];
}
