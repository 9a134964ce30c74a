import { and, asc, eq, gt, gte, inArray, isNull, lte, or, sql } from "drizzle-orm";
import { type BodyScope } from "../../app/lib/policy";
import { roleRank, type MemberRole } from "../../app/lib/roles";
import { preparedPerConnection, type Db } from "../client";
import { bodies, memberships, sides, type Body, files } from "../schema/bodies";
import { organisations, users } from "../schema/accounts";
import { seatAbsences } from "../schema/meeting-rules";

/** Memberships in force at an instant: started, and not yet ended. */
export function inForceAt(at: Date) {
  return and(lte(memberships.startsAt, at), or(isNull(memberships.endsAt), gt(memberships.endsAt, at)));
}

export function findBody(db: Db, id: number): Body | null {
  return db.select().from(bodies).where(eq(bodies.id, id)).get() ?? null;
}

/** The user's seats in a body now: what the policy is asked about. */
export function bodyScope(db: Db, userId: number, bodyId: number, at = new Date()): BodyScope {
  const seats = scopeQueries(db).seats.all({ bodyId, userId, at: memberships.startsAt.mapToDriverValue(at) });
  return { bodyId, seats };
}

const scopeQueries = preparedPerConnection((db) => {
  const at = sql.placeholder("at");
  return {
    // inForceAt, with the instant as a placeholder (its value mapped as the column maps a Date).
    seats: db
      .select({ sideId: memberships.sideId, role: memberships.role })
      .from(memberships)
      .where(
        and(
          eq(memberships.bodyId, sql.placeholder("bodyId")),
          eq(memberships.userId, sql.placeholder("userId")),
          lte(memberships.startsAt, at),
          or(isNull(memberships.endsAt), gt(memberships.endsAt, at)),
        ),
      )
      .prepare(),
  };
});

export function sidesOf(db: Db, bodyId: number) {
  return db
    .select({ side: sides, organisation: organisations.shortName })
    .from(sides)
    .leftJoin(organisations, eq(organisations.id, sides.organisationId))
    .where(eq(sides.bodyId, bodyId))
    .orderBy(asc(sides.position))
    .all()
    .map((r) => ({ ...r.side, organisationName: r.organisation }));
}

export interface Seat {
  membershipId: number;
  userId: number;
  name: string;
  email: string;
  position: string;
  organisation: string | null;
  country: string | null;
  role: MemberRole;
  startsAt: Date;
}

// One collator for every sort: localeCompare with a language builds a new one on each comparison.
const byRussianName = new Intl.Collator("ru");

/** Each side with the people who sat on it at `at` (now by default), officers first. */
export function compositionAt(db: Db, bodyId: number, at = new Date()) {
  const rows = db
    .select({
      sideId: memberships.sideId,
      membershipId: memberships.id,
      userId: users.id,
      name: users.name,
      email: users.email,
      position: users.position,
      organisation: organisations.shortName,
      country: organisations.country,
      role: memberships.role,
      startsAt: memberships.startsAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .where(and(eq(memberships.bodyId, bodyId), inForceAt(at)))
    .all();
  return sidesOf(db, bodyId).map((side) => ({
    side,
    seats: rows
      .filter((r) => r.sideId === side.id)
      .sort((a, b) => roleRank(a.role) - roleRank(b.role) || byRussianName.compare(a.name, b.name))
      .map(({ sideId: _s, ...seat }): Seat => seat),
  }));
}

export type Composition = ReturnType<typeof compositionAt>;

/** The bodies a user sits in now (all bodies for an administrator), with their seat and head-counts. */
export function bodiesFor(db: Db, user: { id: number; isAdmin: boolean }, at = new Date()) {
  const mine = db
    .select({ bodyId: memberships.bodyId, sideId: memberships.sideId, role: memberships.role, sideName: sides.name })
    .from(memberships)
    .innerJoin(sides, eq(sides.id, memberships.sideId))
    .where(and(eq(memberships.userId, user.id), inForceAt(at)))
    .all();
  const ids = mine.map((m) => m.bodyId);
  const list = db
    .select()
    .from(bodies)
    .where(user.isAdmin ? undefined : ids.length ? inArray(bodies.id, ids) : sql`0`)
    .orderBy(asc(bodies.titleRu))
    .all();
  const counts = db
    .select({ bodyId: memberships.bodyId, n: sql<number>`count(*)` })
    .from(memberships)
    .where(inForceAt(at))
    .groupBy(memberships.bodyId)
    .all();
  return list.map((body) => ({
    body,
    seat: mine.find((m) => m.bodyId === body.id) ?? null,
    members: counts.find((c) => c.bodyId === body.id)?.n ?? 0,
  }));
}

export function findFile(db: Db, id: number) {
  return db.select().from(files).where(eq(files.id, id)).get() ?? null;
}

/** R5 (3.3): the absence periods in force or ahead on the co-chairs' seats of a body, by membership. */
export function coChairAbsences(db: Db, bodyId: number, today: string) {
  return db
    .select({
      id: seatAbsences.id,
      membershipId: seatAbsences.membershipId,
      sideId: memberships.sideId,
      from: seatAbsences.fromDate,
      to: seatAbsences.toDate,
    })
    .from(seatAbsences)
    .innerJoin(memberships, eq(memberships.id, seatAbsences.membershipId))
    .where(
      and(
        eq(memberships.bodyId, bodyId),
        isNull(memberships.endsAt),
        isNull(seatAbsences.withdrawnAt),
        gte(seatAbsences.toDate, today),
      ),
    )
    .orderBy(asc(seatAbsences.fromDate))
    .all();
}
