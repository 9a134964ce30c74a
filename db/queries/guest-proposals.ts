import { asc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
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
