/**
 * A partnership sets up a working group to carry out its agreement (sources/002, item 6): a body of kind
 * "working_group" linked by `parentBodyId`, whose sides are the partnership's parties (the same names, countries,
 * organisations) and whose co-chairs — one per side (R1) — are chosen among that party's current people. Its other
 * members are then named by each side's co-chair, as in any body (R15). One transaction: the body, its sides, the
 * co-chairs' seats and the audit rows.
 */
import { and, asc, eq } from "drizzle-orm";
import type { Services } from "../../../app/context";
import { DomainError } from "../../../app/lib/errors";
import type { Actor } from "../../../app/lib/policy";
import { normaliseLine, textProblem } from "../../../app/lib/text-rules";
import { loadPartnership } from "../../area-access";
import { appendAudit } from "../../audit";
import { writeTransaction, type Db } from "../../client";
import { inForceAt } from "../../queries/bodies";
import { bodies, memberships, sides, type Body } from "../../schema";

export interface WorkingGroupInput {
  titleRu: string;
  description: string;
  /** For each party (side id of the partnership), the person who co-chairs the group for it. */
  coChairs: Record<number, number | null>;
}

export function setUpWorkingGroup(
  services: Services,
  actor: Actor,
  partnershipId: number,
  input: WorkingGroupInput,
  now = new Date(),
): number {
  const titleRu = normaliseLine(input.titleRu);
  const titleProblem = textProblem(titleRu, "title", { required: true });
  if (titleProblem) throw new DomainError(titleProblem, 422, {}, "titleRu");
  const description = input.description.trim();
  const descriptionProblem = textProblem(description, "shortText");
  if (descriptionProblem) throw new DomainError(descriptionProblem, 422, {}, "description");
  return writeTransaction(services.db, (tx) => {
    const { body } = loadPartnership(tx, actor, partnershipId, "partnership.setUpGroup");
    return insertWorkingGroup(tx, actor.id, body, { ...input, titleRu, description }, now);
  });
}

/** The group, its sides, its co-chairs' seats and the audit rows, in the caller's transaction (the demo's too). */
export function insertWorkingGroup(
  tx: Db,
  actorId: number,
  partnership: Body,
  input: WorkingGroupInput,
  now: Date,
): number {
  const partnershipId = partnership.id;
  const { titleRu, description } = input;
  const parties = tx.select().from(sides).where(eq(sides.bodyId, partnershipId)).orderBy(asc(sides.position)).all();
  const coChairs = parties.map((party) => {
    const userId = input.coChairs[party.id] ?? null;
    const seated =
      userId !== null &&
      tx
        .select({ id: memberships.id })
        .from(memberships)
        .where(and(eq(memberships.sideId, party.id), eq(memberships.userId, userId), inForceAt(now)))
        .get();
    if (!seated) throw new DomainError("partnership.error.coChairOfParty", 422, {}, `coChair-${party.id}`);
    return userId;
  });
  const group = tx
    .insert(bodies)
    .values({
      kind: "working_group",
      titleRu,
      description,
      timezone: partnership.timezone,
      quorumRule: "each_side_half",
      workingLanguage: partnership.workingLanguage,
      parentBodyId: partnershipId,
      createdById: actorId,
      createdAt: now,
    })
    .returning({ id: bodies.id })
    .get();
  parties.forEach((party, i) => {
    const { id: sideId } = tx
      .insert(sides)
      .values({
        bodyId: group.id,
        position: i + 1,
        name: party.name,
        country: party.country,
        organisationId: party.organisationId,
        workingLanguage: party.workingLanguage,
        timezone: party.timezone,
      })
      .returning({ id: sides.id })
      .get();
    tx.insert(memberships)
      .values({ bodyId: group.id, sideId, userId: coChairs[i]!, role: "co_chair", startsAt: now, createdById: actorId })
      .run();
  });
  appendAudit(
    tx,
    actorId,
    {
      action: "body.created",
      subjectType: "body",
      subjectId: group.id,
      details: { title: titleRu, kind: "working_group", sides: parties.map((p) => p.name) },
    },
    now,
  );
  appendAudit(
    tx,
    actorId,
    {
      action: "partnership.group_set_up",
      subjectType: "body",
      subjectId: partnershipId,
      details: { groupId: group.id, title: titleRu, coChairs: coChairs as number[] },
    },
    now,
  );
  return group.id;
}
