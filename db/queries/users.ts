import { asc, eq, like, or } from "drizzle-orm";
import type { Db } from "../client";
import { organisations, users } from "../schema";

const publicColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  position: users.position,
  status: users.status,
  isAdmin: users.isAdmin,
  locale: users.locale,
  timezone: users.timezone,
  createdAt: users.createdAt,
  organisationId: users.organisationId,
  organisation: organisations.shortName,
  country: organisations.country,
};

/** Users with their organisation; `q` matches name or e-mail. Never returns password hashes. */
export function listUsers(db: Db, q = "") {
  const pattern = `%${q.trim().replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
  return db
    .select(publicColumns)
    .from(users)
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .where(q.trim() ? or(like(users.name, pattern), like(users.email, pattern.toLowerCase())) : undefined)
    .orderBy(asc(users.name))
    .all();
}

export function findUserPublic(db: Db, id: number) {
  return (
    db
      .select(publicColumns)
      .from(users)
      .leftJoin(organisations, eq(organisations.id, users.organisationId))
      .where(eq(users.id, id))
      .get() ?? null
  );
}
