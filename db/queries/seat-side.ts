import { eq, sql } from "drizzle-orm";
import type { SeatSide } from "../../app/lib/protocol-colours";
import type { BodyScope } from "../../app/lib/policy-subjects";
import { preparedPerConnection, type Db } from "../client";
import { sides } from "../schema/bodies";

const queries = preparedPerConnection((db) => ({
  side: db
    .select({ name: sides.name, position: sides.position })
    .from(sides)
    .where(eq(sides.id, sql.placeholder("id")))
    .prepare(),
}));

/**
 * The side a person writes for in a body's live documents: the side of their current seat (the first side in the
 * body's order when they hold seats on several), or null without a seat. The page and the collaboration server ask
 * this same question, so a person sees themselves as the others see them.
 */
export function seatSide(db: Db, scope: BodyScope): SeatSide | null {
  let found: SeatSide | null = null;
  for (const { sideId } of scope.seats) {
    const side = queries(db).side.get({ id: sideId });
    if (side && (!found || side.position < found.position)) found = side;
  }
  return found;
}
