// The demo's outcome documents (issue 12, decision 0024). The round table's recommendations — the real text of
// sources/001 — drafted, finalised and published to the library (public). And a second, clearly labelled demo
// conference (an upcoming seminar by the same two organisers and their people) whose outcome is being drafted from
// the template, for trying the live editor.
import { and, eq, isNull } from "drizzle-orm";
import { outcomeTemplate } from "../../app/lib/outcome-document";
import { addCalendarDays, localDateOf, zonedDateTimeToInstant } from "../../app/lib/zoned-time";
import type { Db } from "../client";
import { templateWords, writeOutcome } from "../outcomes/begin";
import { writeFinalisation } from "../outcomes/finalise";
import { writePublication } from "../outcomes/publish";
import { bodies, conferences, memberships, sides, type Body } from "../schema";
import { roundTableOutcome, roundTableOutcomeTitle } from "./demo-outcome-text";

export const DEMO_SEMINAR_TITLE =
  "Демонстрационный семинар: «Организованный набор трудящихся-мигрантов: практика кадровых операторов»";

/** Call after the round table's registrations are seeded (the published document lists their countries). */
export function seedDemoOutcomes(tx: Db, roundTable: Body, userIds: Map<string, number>, now: Date): void {
  const chair = userIds.get("member1.ru@example.org")!;
  writeOutcome(tx, chair, roundTable.id, { title: roundTableOutcomeTitle, content: roundTableOutcome }, now);
  writeFinalisation(tx, chair, roundTable.id, now);
  writePublication(tx, chair, roundTable.id, "public", now);
  seedDemoSeminar(tx, roundTable, chair, now);
}

/** An upcoming seminar, three weeks on, with the round table's organisers and people, its outcome in drafting. */
function seedDemoSeminar(tx: Db, roundTable: Body, chair: number, now: Date) {
  const { id: _id, createdAt: _created, ...like } = roundTable;
  const seminar = tx
    .insert(bodies)
    .values({
      ...like,
      titleRu: DEMO_SEMINAR_TITLE,
      titleEn: "Demo seminar: organised recruitment of migrant workers — the practice of staffing operators",
      description: "Демонстрационная конференция: её итоговый документ готовится в живом редакторе.",
      publishedAt: now,
    })
    .returning()
    .get();
  const roundTableSides = tx.select().from(sides).where(eq(sides.bodyId, roundTable.id)).all();
  for (const { id: sideId, bodyId: _b, ...side } of roundTableSides) {
    const { id: newSideId } = tx
      .insert(sides)
      .values({ ...side, bodyId: seminar.id })
      .returning({ id: sides.id })
      .get();
    const seats = tx
      .select()
      .from(memberships)
      .where(and(eq(memberships.sideId, sideId), isNull(memberships.endsAt)))
      .all();
    for (const { id: _m, sideId: _s, bodyId: _mb, ...seat } of seats)
      tx.insert(memberships)
        .values({ ...seat, bodyId: seminar.id, sideId: newSideId })
        .run();
  }
  const day = addCalendarDays(localDateOf(now, seminar.timezone), 21);
  tx.insert(conferences)
    .values({
      bodyId: seminar.id,
      theme: "Организованный набор трудящихся-мигрантов: практика кадровых операторов государств СНГ",
      startsAt: zonedDateTimeToInstant(day, "11:00", seminar.timezone),
      endsAt: zonedDateTimeToInstant(day, "15:00", seminar.timezone),
      venue: "Санкт-Петербург, Ленинградская областная ТПП",
      consentPurpose: "Регистрация участников семинара и рассылка материалов.",
    })
    .run();
  const words = templateWords(seminar.workingLanguage);
  writeOutcome(tx, chair, seminar.id, { title: words.title, content: outcomeTemplate(words) }, now);
}
