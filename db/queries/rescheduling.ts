import { and, asc, eq } from "drizzle-orm";
import { type Db } from "../client";
import { meetingChangeConsents, meetingChangeProposals } from "../schema/meeting-rules";
import { sides } from "../schema/bodies";
import { users } from "../schema/accounts";

/** R2: the change of date, time or place waiting for the other sides, with who proposed it and who must still agree. */
export function pendingChangeOf(db: Db, meetingId: number, bodyId: number) {
  const row = db
    .select({ proposal: meetingChangeProposals, proposerName: users.name, sideName: sides.name })
    .from(meetingChangeProposals)
    .innerJoin(users, eq(users.id, meetingChangeProposals.proposedById))
    .innerJoin(sides, eq(sides.id, meetingChangeProposals.sideId))
    .where(and(eq(meetingChangeProposals.meetingId, meetingId), eq(meetingChangeProposals.status, "pending")))
    .get();
  if (!row) return null;
  const agreed = db
    .select({ sideId: meetingChangeConsents.sideId })
    .from(meetingChangeConsents)
    .where(eq(meetingChangeConsents.proposalId, row.proposal.id))
    .all()
    .map((c) => c.sideId);
  const waitingFor = db
    .select({ id: sides.id, name: sides.name })
    .from(sides)
    .where(eq(sides.bodyId, bodyId))
    .orderBy(asc(sides.position))
    .all()
    .filter((s) => s.id !== row.proposal.sideId && !agreed.includes(s.id));
  return { ...row.proposal, proposerName: row.proposerName, sideName: row.sideName, waitingFor };
}
export type PendingChange = NonNullable<ReturnType<typeof pendingChangeOf>>;
