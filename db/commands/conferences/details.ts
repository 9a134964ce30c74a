// A conference's details (issue 12): set with its body, edited by its organisers, published and withdrawn.
// Each: load within the caller's rights → one IMMEDIATE transaction with the change and its audit row.
import { asc, eq } from "drizzle-orm";
import type { Services } from "../../../app/context";
import { DomainError } from "../../../app/lib/errors";
import type { ConferenceDetails } from "../../../app/lib/conferences/details-input";
import type { Actor } from "../../../app/lib/policy";
import { localDateOf, localTimeOf, zonedDateTimeToInstant } from "../../../app/lib/zoned-time";
import { loadConference } from "../../area-access";
import { appendAudit } from "../../audit";
import { writeTransaction, type Db } from "../../client";
import { conferences, programmeItems } from "../../schema";
import { setPublished } from "../publication";

/** Inside the body's creation: the conference row, so that a conference body never exists without its details. */
export function insertConference(tx: Db, actorId: number, bodyId: number, details: ConferenceDetails, now: Date) {
  tx.insert(conferences)
    .values({ bodyId, ...details })
    .run();
  appendAudit(
    tx,
    actorId,
    {
      action: "conference.details_set",
      subjectType: "body",
      subjectId: bodyId,
      details: { theme: details.theme, startsAt: details.startsAt.toISOString(), endsAt: details.endsAt.toISOString() },
    },
    now,
  );
}

/**
 * The organisers change the details. When the day changes, the programme moves with it: each item keeps its hours
 * on the new day, so a postponed round table does not keep a programme on the old date.
 */
export function updateConferenceDetails(
  services: Services,
  actor: Actor,
  bodyId: number,
  details: ConferenceDetails,
  now = new Date(),
): void {
  writeTransaction(services.db, (tx) => {
    const { conference, body } = loadConference(tx, { actor }, bodyId, "conference.manage");
    const changed = (["theme", "startsAt", "endsAt", "venue", "videoLink"] as const).filter(
      (k) => String(conference[k] ?? "") !== String(details[k] ?? ""),
    );
    if (changed.length === 0) return;
    const zone = body.timezone;
    const oldDay = localDateOf(conference.startsAt, zone);
    const newDay = localDateOf(details.startsAt, zone);
    let itemsMoved = 0;
    if (oldDay !== newDay) {
      const items = tx.select().from(programmeItems).where(eq(programmeItems.bodyId, bodyId)).all();
      for (const item of items) {
        tx.update(programmeItems)
          .set({
            startsAt: zonedDateTimeToInstant(newDay, localTimeOf(item.startsAt, zone), zone),
            endsAt: zonedDateTimeToInstant(newDay, localTimeOf(item.endsAt, zone), zone),
          })
          .where(eq(programmeItems.id, item.id))
          .run();
        itemsMoved++;
      }
    }
    // The programme's promise stays true: no item outside the new hours (move or shorten it first).
    const outside = itemsInOrder(tx, bodyId).some((i) => i.startsAt < details.startsAt || i.endsAt > details.endsAt);
    if (outside) throw new DomainError("conference.programmeOutsideHours", 422, {}, "endTime");
    tx.update(conferences)
      .set({ ...details, updatedAt: now })
      .where(eq(conferences.bodyId, bodyId))
      .run();
    appendAudit(
      tx,
      actor.id,
      { action: "conference.updated", subjectType: "body", subjectId: bodyId, details: { changed, itemsMoved } },
      now,
    );
  });
}

/** Publish (its public page exists from then, readable without an account) or withdraw it. */
export function setConferencePublished(
  services: Services,
  actor: Actor,
  bodyId: number,
  published: boolean,
  now = new Date(),
): void {
  writeTransaction(services.db, (tx) => {
    const { body } = loadConference(tx, { actor }, bodyId, "conference.manage");
    setPublished(tx, actor, body, "conference", published, now);
  });
}

/** The items in programme order, for commands that place or move one. */
export function itemsInOrder(tx: Db, bodyId: number) {
  return tx
    .select()
    .from(programmeItems)
    .where(eq(programmeItems.bodyId, bodyId))
    .orderBy(asc(programmeItems.position), asc(programmeItems.id))
    .all();
}
