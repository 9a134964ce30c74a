/**
 * R11 (3.10): to whom the copies of a signed protocol went, and how far each got (the outbox's own state: queued,
 * sent, or given up after its retries). Names only: members' addresses are not shown to other members.
 */
import { asc, desc, eq } from "drizzle-orm";
import type { Db } from "../client";
import { outbox, protocolCirculations, protocolFinals, users } from "../schema";
import { exportableFinal } from "../exports/protocol";

export interface ProtocolCopies {
  /** Whether there is a final text to download (PDF, DOCX). */
  downloadable: boolean;
  /** The text whose copies are listed (the newest circulated one), or null when none was circulated. */
  version: number | null;
  copies: { name: string; status: "pending" | "sent" | "failed"; queuedAt: Date; sentAt: Date | null }[];
}

export function protocolCopiesOf(db: Db, meetingId: number): ProtocolCopies {
  const circulated = db
    .select({ id: protocolFinals.id, number: protocolFinals.number })
    .from(protocolFinals)
    .innerJoin(protocolCirculations, eq(protocolCirculations.finalId, protocolFinals.id))
    .where(eq(protocolFinals.meetingId, meetingId))
    .orderBy(desc(protocolFinals.number))
    .limit(1)
    .get();
  const copies = circulated
    ? db
        .select({
          name: users.name,
          status: outbox.status,
          queuedAt: protocolCirculations.createdAt,
          sentAt: outbox.sentAt,
        })
        .from(protocolCirculations)
        .innerJoin(users, eq(users.id, protocolCirculations.userId))
        .innerJoin(outbox, eq(outbox.id, protocolCirculations.outboxId))
        .where(eq(protocolCirculations.finalId, circulated.id))
        .orderBy(asc(users.name))
        .all()
    : [];
  return { downloadable: exportableFinal(db, meetingId) !== null, version: circulated?.number ?? null, copies };
}
