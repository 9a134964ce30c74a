// What the decisions page of a meeting shows (issue 10): the final's decisions, their assignments, the form's choices.
import { eq } from "drizzle-orm";
import { localDateOf } from "../../app/lib/zoned-time";
import type { Db } from "../client";
import type { Body } from "../schema/bodies";
import { libraryDocuments } from "../schema/library";
import type { Meeting } from "../schema/meetings";
import {
  assignmentsOfMeeting,
  bodyPeople,
  decisionsFinalOf,
  describeAssignments,
  finalDecisions,
  isSignedByAll,
  personsOf,
} from "./assignments";
import { sidesOf } from "./bodies";

export function decisionsPageOf(db: Db, meeting: Meeting, body: Body, now = new Date()) {
  const final = decisionsFinalOf(db, meeting.id);
  const assignments = describeAssignments(db, assignmentsOfMeeting(db, meeting.id), now);
  const people = bodyPeople(db, body.id, now);
  const organisations = new Map<number, string>();
  for (const p of people) if (p.organisationId && p.organisation) organisations.set(p.organisationId, p.organisation);
  const byOrganisation = new Map(people.map((p) => [p.userId, p.organisation]));
  const published = final
    ? db
        .select({ id: libraryDocuments.id })
        .from(libraryDocuments)
        .where(eq(libraryDocuments.sourceFinalId, final.id))
        .get()
    : undefined;
  return {
    final: final && { id: final.id, number: final.number, quorate: final.quorate },
    signed: final ? isSignedByAll(db, final) : false,
    publishedId: published?.id ?? null,
    items: finalDecisions(final).map((item) => ({
      ...item,
      decisions: item.decisions.map((d) => ({ ...d, assignments: assignments.filter((a) => a.decisionKey === d.key) })),
    })),
    options: {
      members: personsOf(people).map((p) => ({
        id: p.userId,
        name: p.name,
        organisation: byOrganisation.get(p.userId) ?? null,
      })),
      sides: sidesOf(db, body.id).map((s) => ({ id: s.id, name: s.name })),
      organisations: [...organisations]
        .map(([id, name]) => ({ id, name }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    },
    today: localDateOf(now, body.timezone),
  };
}
