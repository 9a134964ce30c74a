import { count, eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { organisations, outbox, users } from "../schema";

/** The numbers an administrator watches: accounts by state and by country, and mail that is stuck. */
export function platformOverview(db: Db) {
  const byStatus = db.select({ status: users.status, n: count() }).from(users).groupBy(users.status).all();
  const byCountry = db
    .select({ country: sql<string>`coalesce(${organisations.country}, '—')`, n: count() })
    .from(users)
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .groupBy(sql`1`)
    .orderBy(sql`2 desc`)
    .all();
  const mail = db.select({ status: outbox.status, n: count() }).from(outbox).groupBy(outbox.status).all();
  const of = <T extends { n: number }>(rows: T[], pick: (r: T) => boolean) => rows.find(pick)?.n ?? 0;
  return {
    users: {
      active: of(byStatus, (r) => r.status === "active"),
      invited: of(byStatus, (r) => r.status === "invited"),
      disabled: of(byStatus, (r) => r.status === "disabled"),
    },
    byCountry,
    mail: {
      pending: of(mail, (r) => r.status === "pending"),
      failed: of(mail, (r) => r.status === "failed"),
      sent: of(mail, (r) => r.status === "sent"),
    },
  };
}
