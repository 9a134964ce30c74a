// The demo partnership (issue 12): the cooperation agreement of sources/002 (распоряжение № 878-РП от 22.10.2019).
import type { Db } from "../client";
import { partnerships, type Body } from "../schema";

export function seedDemoPartnership(tx: Db, partnership: Body): void {
  tx.insert(partnerships).values({ bodyId: partnership.id, startsOn: "2019-11-15", termMonths: 84 }).run();
}
