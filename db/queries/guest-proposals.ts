import { asc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { can, type Actor, type MeetingScope } from "../../app/lib/policy";
import type { Db } from "../client";
import { guestProposals, organisations, users } from "../schema";

const proposer = alias(users, "proposer");

/** R12: the proposals of experts and observers for a meeting, oldest first, with who proposed them. */
export function guestProposalsOf(db: Db, meetingId: number) {
  return db
    .select({
      proposal: guestProposals,
      proposerName: proposer.name,
      organisation: organisations.shortName,
    })
    .from(guestProposals)
    .innerJoin(proposer, eq(proposer.id, guestProposals.proposedById))
    .leftJoin(organisations, eq(organisations.id, guestProposals.organisationId))
    .where(eq(guestProposals.meetingId, meetingId))
    .orderBy(asc(guestProposals.id))
    .all()
    .map((r) => ({ ...r.proposal, proposerName: r.proposerName, organisation: r.organisation }));
}

/** The proposals as one reader sees them: the proposed person's e-mail only for the proposer and those who decide. */
export function proposalRowsFor(db: Db, reader: Actor, scope: MeetingScope, meetingId: number) {
  const decides = can(reader, "guest.invite", scope);
  return guestProposalsOf(db, meetingId).map((p) => ({
    id: p.id,
    name: p.name,
    organisation: p.organisation,
    kind: p.kind,
    reason: p.reason,
    proposerName: p.proposerName,
    status: p.status,
    declineReason: p.declineReason,
    email: decides || p.proposedById === reader.id ? p.email : null,
  }));
}
