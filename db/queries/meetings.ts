import { and, asc, desc, eq, gt, gte, inArray, isNull, lt, lte, or, sql } from "drizzle-orm";
import { judgeQuorum, ruleOf } from "../../app/lib/quorum";
import type { Db } from "../client";
import {
  agendaApprovals,
  agendaItems,
  attendance,
  bodies,
  files,
  materials,
  meetingGuests,
  meetings,
  memberships,
  organisations,
  rsvps,
  sides,
  users,
  writtenOpinionItems,
  writtenOpinions,
  type Body,
  type Meeting,
} from "../schema";
import { compositionAt, inForceAt } from "./bodies";

export function findMeeting(db: Db, id: number): Meeting | null {
  return db.select().from(meetings).where(eq(meetings.id, id)).get() ?? null;
}

export function meetingsOfBody(db: Db, bodyId: number) {
  return db.select().from(meetings).where(eq(meetings.bodyId, bodyId)).orderBy(desc(meetings.startsAt)).all();
}

/** Coming meetings of every body the user sits in, or is a guest of. */
export function upcomingMeetingsFor(db: Db, userId: number, now = new Date()) {
  const seatedBodies = db
    .select({ bodyId: memberships.bodyId })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), inForceAt(now)));
  const guestOf = db
    .select({ meetingId: meetingGuests.meetingId })
    .from(meetingGuests)
    .where(eq(meetingGuests.userId, userId));
  return db
    .select({
      meeting: meetings,
      body: { id: bodies.id, titleRu: bodies.titleRu, titleEn: bodies.titleEn, timezone: bodies.timezone },
    })
    .from(meetings)
    .innerJoin(bodies, eq(bodies.id, meetings.bodyId))
    .where(
      and(
        inArray(meetings.status, ["convened", "in_progress"]),
        gte(meetings.startsAt, new Date(now.getTime() - 12 * 3_600_000)),
        or(inArray(meetings.bodyId, seatedBodies), inArray(meetings.id, guestOf)),
      ),
    )
    .orderBy(asc(meetings.startsAt))
    .all();
}

export function agendaOf(db: Db, meetingId: number) {
  return db
    .select({ item: agendaItems, proposer: users.name })
    .from(agendaItems)
    .leftJoin(users, eq(users.id, agendaItems.proposedById))
    .where(and(eq(agendaItems.meetingId, meetingId), isNull(agendaItems.removedAt)))
    .orderBy(asc(agendaItems.position), asc(agendaItems.id))
    .all()
    .map((r) => ({ ...r.item, proposerName: r.proposer }));
}

export function approvalsOf(db: Db, meetingId: number) {
  return db
    .select({ approval: agendaApprovals, approver: users.name })
    .from(agendaApprovals)
    .innerJoin(users, eq(users.id, agendaApprovals.approvedById))
    .where(eq(agendaApprovals.meetingId, meetingId))
    .orderBy(asc(agendaApprovals.approvedAt))
    .all()
    .map((r) => ({ ...r.approval, approverName: r.approver }));
}

export function materialsOf(db: Db, meetingId: number) {
  return db
    .select({
      material: materials,
      author: users.name,
      file: { id: files.id, name: files.originalName, size: files.size, contentType: files.contentType },
    })
    .from(materials)
    .innerJoin(users, eq(users.id, materials.submittedById))
    .leftJoin(files, eq(files.id, materials.fileId))
    .where(eq(materials.meetingId, meetingId))
    .orderBy(asc(materials.submittedAt))
    .all()
    .map((r) => ({ ...r.material, authorName: r.author, file: r.file?.id ? r.file : null }));
}

export function findMaterial(db: Db, id: number) {
  return db.select().from(materials).where(eq(materials.id, id)).get() ?? null;
}

export function guestsOf(db: Db, meetingId: number) {
  return db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      organisation: organisations.shortName,
      kind: meetingGuests.kind,
      status: users.status,
    })
    .from(meetingGuests)
    .innerJoin(users, eq(users.id, meetingGuests.userId))
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(meetingGuests.meetingId, meetingId))
    .orderBy(asc(users.name))
    .all();
}

/**
 * The roll of a meeting: each side's members as the composition stood when the meeting began (or begins),
 * with their answer to the invitation and whether they are present.
 */
export function rollOf(db: Db, meeting: Pick<Meeting, "id" | "bodyId" | "startsAt">) {
  const marks = db.select().from(attendance).where(eq(attendance.meetingId, meeting.id)).all();
  const answers = db.select().from(rsvps).where(eq(rsvps.meetingId, meeting.id)).all();
  return compositionAt(db, meeting.bodyId, meeting.startsAt).map(({ side, seats }) => ({
    side,
    seats: seats.map((s) => ({
      ...s,
      presence: marks.find((m) => m.userId === s.userId)?.presence ?? null,
      rsvp: answers.find((a) => a.userId === s.userId)?.answer ?? null,
    })),
  }));
}
export type Roll = ReturnType<typeof rollOf>;

/** R9 (3.7): the quorum of a roll under the body's rule; only members are on a roll, so guests never count. */
export function quorumOfRoll(body: Pick<Body, "quorumRule" | "quorumPercent">, roll: Roll) {
  return judgeQuorum(
    ruleOf(body),
    roll.map(({ side, seats }) => ({
      sideId: side.id,
      members: seats.map((s) => s.userId),
      present: seats.filter((s) => s.presence).map((s) => s.userId),
    })),
  );
}

export function attendanceOf(db: Db, meetingId: number) {
  return db.select().from(attendance).where(eq(attendance.meetingId, meetingId)).all();
}

export function rsvpOf(db: Db, meetingId: number, userId: number) {
  return (
    db
      .select()
      .from(rsvps)
      .where(and(eq(rsvps.meetingId, meetingId), eq(rsvps.userId, userId)))
      .get() ?? null
  );
}

export function opinionsOf(db: Db, meetingId: number) {
  const list = db
    .select({ opinion: writtenOpinions, author: users.name, sideName: sides.name })
    .from(writtenOpinions)
    .innerJoin(users, eq(users.id, writtenOpinions.authorId))
    .innerJoin(meetings, eq(meetings.id, writtenOpinions.meetingId))
    // The side the author sat on at the meeting's date, not today's.
    .leftJoin(
      memberships,
      and(
        eq(memberships.userId, writtenOpinions.authorId),
        eq(memberships.bodyId, meetings.bodyId),
        lte(memberships.startsAt, meetings.startsAt),
        or(isNull(memberships.endsAt), gt(memberships.endsAt, meetings.startsAt)),
      ),
    )
    .leftJoin(sides, eq(sides.id, memberships.sideId))
    .where(eq(writtenOpinions.meetingId, meetingId))
    .orderBy(asc(writtenOpinions.submittedAt))
    .all();
  const items = list.length
    ? db
        .select()
        .from(writtenOpinionItems)
        .where(
          inArray(
            writtenOpinionItems.opinionId,
            list.map((l) => l.opinion.id),
          ),
        )
        .all()
    : [];
  return list.map((l) => ({
    ...l.opinion,
    authorName: l.author,
    sideName: l.sideName,
    itemIds: items.filter((i) => i.opinionId === l.opinion.id).map((i) => i.agendaItemId),
  }));
}

export function opinionOf(db: Db, meetingId: number, authorId: number) {
  return opinionsOf(db, meetingId).find((o) => o.authorId === authorId) ?? null;
}

export function nextMeetingNumber(db: Db, bodyId: number): number {
  return (
    (db
      .select({ n: sql<number>`coalesce(max(${meetings.number}), 0)` })
      .from(meetings)
      .where(eq(meetings.bodyId, bodyId))
      .get()?.n ?? 0) + 1
  );
}

/** Meetings whose materials deadline falls within `within` from now and whose reminder is not yet sent. */
export function meetingsAwaitingReminder(db: Db, now: Date, horizon: Date) {
  return db
    .select({ meeting: meetings, body: bodies })
    .from(meetings)
    .innerJoin(bodies, eq(bodies.id, meetings.bodyId))
    .where(
      and(
        eq(meetings.status, "convened"),
        isNull(meetings.reminderSentAt),
        gte(meetings.startsAt, now),
        lt(meetings.startsAt, horizon),
      ),
    )
    .all();
}
