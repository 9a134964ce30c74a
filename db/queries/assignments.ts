// Reads for execution control (issue 10, R4): finals and their decisions, the body's assignees, assignments.
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { assignmentStateAt, isAssignee, type Assignee, type Person } from "../../app/lib/assignment-rules";
import { decisionsOfFinal, type ItemDecisions } from "../../app/lib/protocol-decisions";
import type { Db } from "../client";
import { organisations, users } from "../schema/accounts";
import { assignmentReports, assignments, type Assignment } from "../schema/assignments";
import { bodies, files, memberships, sides } from "../schema/bodies";
import { meetings } from "../schema/meetings";
import { protocolFinals, protocols, protocolSignatures, type ProtocolFinal } from "../schema/protocols";
import { inForceAt } from "./bodies";
import { meetingSignatories, signaturesOf } from "./protocol-signing";

/**
 * The final whose decisions are given as assignments: the protocol's current final, or, while a correction is
 * being drafted after signatures, the last final anyone signed.
 */
export function decisionsFinalOf(db: Db, meetingId: number): ProtocolFinal | null {
  const protocol = db.select().from(protocols).where(eq(protocols.meetingId, meetingId)).get();
  if (protocol?.currentFinalId)
    return db.select().from(protocolFinals).where(eq(protocolFinals.id, protocol.currentFinalId)).get() ?? null;
  const signed = db
    .select({ final: protocolFinals })
    .from(protocolFinals)
    .innerJoin(protocolSignatures, eq(protocolSignatures.finalId, protocolFinals.id))
    .where(eq(protocolFinals.meetingId, meetingId))
    .orderBy(desc(protocolFinals.number))
    .get();
  return signed?.final ?? null;
}

export function finalDecisions(final: ProtocolFinal | null): ItemDecisions[] {
  return final ? decisionsOfFinal(final) : [];
}

/** Everyone seated in the body now, with their side and organisation: who may be named, and who is. */
export function bodyPeople(db: Db, bodyId: number, at = new Date()) {
  return db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      locale: users.locale,
      status: users.status,
      organisationId: users.organisationId,
      organisation: organisations.shortName,
      sideId: memberships.sideId,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .where(and(eq(memberships.bodyId, bodyId), inForceAt(at)))
    .orderBy(asc(users.name))
    .all();
}
export type BodyPerson = ReturnType<typeof bodyPeople>[number];

/** Each person once, with all their seats in the body (the assignee rule's view of them). */
export function personsOf(people: readonly BodyPerson[]): (Person & { name: string; email: string })[] {
  const byId = new Map<number, Person & { name: string; email: string }>();
  for (const p of people) {
    const known = byId.get(p.userId);
    if (known) (known.seats as { sideId: number }[]).push({ sideId: p.sideId });
    else
      byId.set(p.userId, {
        userId: p.userId,
        organisationId: p.organisationId,
        name: p.name,
        email: p.email,
        seats: [{ sideId: p.sideId }],
      });
  }
  return [...byId.values()];
}

/** R4: the people an assignment names now (the member; the side's members; the organisation's members). */
export function assigneesOf(db: Db, assignment: Assignee & { bodyId: number }, at = new Date()) {
  const people = bodyPeople(db, assignment.bodyId, at);
  const named = new Set(
    personsOf(people)
      .filter((p) => isAssignee(assignment, p))
      .map((p) => p.userId),
  );
  return db
    .select()
    .from(users)
    .where(inArray(users.id, [...named, -1]))
    .all()
    .filter((u) => u.status === "active");
}

/** The name of what an assignment names: a person, a side, or an organisation. */
export function assigneeNames(db: Db, rows: readonly Assignee[]): Map<string, string> {
  const ids = (kind: keyof Assignee) => [...new Set(rows.map((r) => r[kind]).filter((x): x is number => !!x)), -1];
  const names = new Map<string, string>();
  for (const u of db
    .select()
    .from(users)
    .where(inArray(users.id, ids("userId")))
    .all())
    names.set(`member:${u.id}`, u.name);
  for (const s of db
    .select()
    .from(sides)
    .where(inArray(sides.id, ids("sideId")))
    .all())
    names.set(`side:${s.id}`, s.name);
  for (const o of db
    .select()
    .from(organisations)
    .where(inArray(organisations.id, ids("organisationId")))
    .all())
    names.set(`organisation:${o.id}`, o.shortName);
  return names;
}

/** The assignee of a stored assignment, in the rule's words. */
export const assigneeOfRow = (a: Assignment): Assignee => ({
  kind: a.assigneeKind,
  userId: a.assigneeUserId,
  sideId: a.assigneeSideId,
  organisationId: a.assigneeOrganisationId,
});

export const assigneeRef = (a: Assignee) =>
  `${a.kind}:${a.kind === "member" ? a.userId : a.kind === "side" ? a.sideId : a.organisationId}`;

export function assignmentsOfBody(db: Db, bodyId: number): Assignment[] {
  return db.select().from(assignments).where(eq(assignments.bodyId, bodyId)).orderBy(asc(assignments.dueOn)).all();
}

export function assignmentsOfMeeting(db: Db, meetingId: number): Assignment[] {
  return db.select().from(assignments).where(eq(assignments.meetingId, meetingId)).orderBy(asc(assignments.id)).all();
}

export function findAssignment(db: Db, id: number): Assignment | null {
  return db.select().from(assignments).where(eq(assignments.id, id)).get() ?? null;
}

/** The history of an assignment, oldest first, with the author's name and the file's name. */
export function historyOf(db: Db, assignmentId: number) {
  return db
    .select({
      id: assignmentReports.id,
      kind: assignmentReports.kind,
      text: assignmentReports.text,
      fileId: assignmentReports.fileId,
      fileName: files.originalName,
      authorName: users.name,
      createdAt: assignmentReports.createdAt,
    })
    .from(assignmentReports)
    .innerJoin(users, eq(users.id, assignmentReports.authorId))
    .leftJoin(files, eq(files.id, assignmentReports.fileId))
    .where(eq(assignmentReports.assignmentId, assignmentId))
    .orderBy(asc(assignmentReports.id))
    .all();
}

/** The assignments that name this user now, in every body they sit in (the home page's list). */
export function assignmentsNaming(db: Db, userId: number, at = new Date()): Assignment[] {
  const me = db.select().from(users).where(eq(users.id, userId)).get();
  if (!me) return [];
  const seats = db
    .select({ bodyId: memberships.bodyId, sideId: memberships.sideId })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), inForceAt(at)))
    .all();
  const bodyIds = [...new Set(seats.map((s) => s.bodyId)), -1];
  return db
    .select()
    .from(assignments)
    .where(inArray(assignments.bodyId, bodyIds))
    .orderBy(asc(assignments.dueOn))
    .all()
    .filter((a) =>
      isAssignee(assigneeOfRow(a), {
        userId,
        organisationId: me.organisationId,
        seats: seats.filter((s) => s.bodyId === a.bodyId),
      }),
    );
}

/** Whether every signature of the final is present (R11): every signatory of app/lib/signatories.ts has signed it. */
export function isSignedByAll(db: Db, final: ProtocolFinal): boolean {
  const meeting = db.select().from(meetings).where(eq(meetings.id, final.meetingId)).get()!;
  const body = db.select().from(bodies).where(eq(bodies.id, meeting.bodyId)).get()!;
  const signed = new Set(signaturesOf(db, final.id).map((s) => s.userId));
  const signatories = meetingSignatories(db, meeting, body);
  return signatories.length > 0 && signatories.every((s) => signed.has(s.userId));
}

/** Assignments as the pages show them: the assignee's name, the state today in each body's timezone, the meeting. */
export function describeAssignments(db: Db, rows: readonly Assignment[], now = new Date()) {
  const names = assigneeNames(db, rows.map(assigneeOfRow));
  const zones = new Map(
    db
      .select({ id: bodies.id, timezone: bodies.timezone })
      .from(bodies)
      .where(inArray(bodies.id, [...new Set(rows.map((r) => r.bodyId)), -1]))
      .all()
      .map((b) => [b.id, b.timezone]),
  );
  const numbers = new Map(
    db
      .select({ id: meetings.id, number: meetings.number })
      .from(meetings)
      .where(inArray(meetings.id, [...new Set(rows.map((r) => r.meetingId)), -1]))
      .all()
      .map((m) => [m.id, m.number]),
  );
  return rows.map((a) => ({
    id: a.id,
    bodyId: a.bodyId,
    meetingId: a.meetingId,
    meetingNumber: numbers.get(a.meetingId)!,
    decisionKey: a.decisionKey,
    text: a.text,
    assigneeKind: a.assigneeKind,
    assigneeSideId: a.assigneeSideId,
    assigneeName: names.get(assigneeRef(assigneeOfRow(a))) ?? "—",
    dueOn: a.dueOn,
    state: assignmentStateAt(a, now, zones.get(a.bodyId)!),
    createdAt: a.createdAt,
    acceptedAt: a.acceptedAt,
  }));
}
export type DescribedAssignment = ReturnType<typeof describeAssignments>[number];

/** The home page's list: what names the user, the accepted ones (history) last. */
export function myAssignmentsOf(db: Db, userId: number, now = new Date()) {
  const named = assignmentsNaming(db, userId, now);
  const ordered = [...named.filter((a) => a.status !== "accepted"), ...named.filter((a) => a.status === "accepted")];
  return describeAssignments(db, ordered, now);
}
