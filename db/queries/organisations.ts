import { asc, eq } from "drizzle-orm";
import type { Db } from "../client";
import { organisations } from "../schema";

export function listOrganisations(db: Db) {
  return db.select().from(organisations).orderBy(asc(organisations.country), asc(organisations.shortName)).all();
}

export function findOrganisation(db: Db, id: number) {
  return db.select().from(organisations).where(eq(organisations.id, id)).get() ?? null;
}
