// The organisers build the programme (issue 12): items added, edited, removed and moved; moderators and speakers
// added and removed (./speakers.ts). Each change: the rights and the rules inside one IMMEDIATE transaction, with its audit row.
import { and, count, eq, gt, gte, sql } from "drizzle-orm";
import type { Services } from "../../../app/context";
import { DomainError } from "../../../app/lib/errors";
import type { Actor } from "../../../app/lib/policy";
import { moved, positionFor, slotProblem, type ProgrammeItemInput } from "../../../app/lib/conferences/programme-rules";
import { localDateOf, zonedDateTimeToInstant } from "../../../app/lib/zoned-time";
import { loadConference, type ConferenceContext } from "../../area-access";
import { appendAudit } from "../../audit";
import { writeTransaction, type Db } from "../../client";
import { programmeItems, programmeMaterials, programmeSpeakers, type ProgrammeItem } from "../../schema";
import { itemsInOrder } from "./details";

type Change = (tx: Db, ctx: ConferenceContext) => void;

/** The common frame: the organisers' right, then the change, all in one transaction. */
export function manage(services: Services, actor: Actor, bodyId: number, change: Change): void {
  writeTransaction(services.db, (tx) => change(tx, loadConference(tx, { actor }, bodyId, "conference.manage")));
}

export const noSuchItem = () => new DomainError("programme.noSuchItem", 404);

export function itemOf(tx: Db, bodyId: number, itemId: number): ProgrammeItem {
  const item = tx
    .select()
    .from(programmeItems)
    .where(and(eq(programmeItems.id, itemId), eq(programmeItems.bodyId, bodyId)))
    .get();
  if (!item) throw noSuchItem();
  return item;
}

/** The item's hours on the conference's day, checked against the conference and the other items. */
function placed(ctx: ConferenceContext, tx: Db, input: ProgrammeItemInput, itemId?: number) {
  const zone = ctx.body.timezone;
  const day = localDateOf(ctx.conference.startsAt, zone);
  const slot = {
    id: itemId,
    startsAt: zonedDateTimeToInstant(day, input.startTime, zone),
    endsAt: zonedDateTimeToInstant(day, input.endTime, zone),
    room: input.room,
  };
  const problem = slotProblem(slot, ctx.conference, itemsInOrder(tx, ctx.body.id));
  if (problem) throw new DomainError(problem, 422, {}, problem === "programme.roomTaken" ? "room" : "startTime");
  return slot;
}

export function addProgrammeItem(
  services: Services,
  actor: Actor,
  bodyId: number,
  input: ProgrammeItemInput,
  now = new Date(),
): number {
  let id = 0;
  manage(services, actor, bodyId, (tx, ctx) => {
    const slot = placed(ctx, tx, input);
    const position = positionFor(slot, itemsInOrder(tx, bodyId));
    tx.update(programmeItems)
      .set({ position: sql`${programmeItems.position} + 1` })
      .where(and(eq(programmeItems.bodyId, bodyId), gte(programmeItems.position, position)))
      .run();
    id = tx
      .insert(programmeItems)
      .values({
        bodyId,
        position,
        kind: input.kind,
        title: input.title,
        description: input.description,
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
        room: input.room,
      })
      .returning({ id: programmeItems.id })
      .get().id;
    appendAudit(
      tx,
      actor.id,
      {
        action: "programme.item_added",
        subjectType: "body",
        subjectId: bodyId,
        details: { itemId: id, title: input.title, kind: input.kind },
      },
      now,
    );
  });
  return id;
}

export function updateProgrammeItem(
  services: Services,
  actor: Actor,
  bodyId: number,
  itemId: number,
  input: ProgrammeItemInput,
  now = new Date(),
): void {
  manage(services, actor, bodyId, (tx, ctx) => {
    const item = itemOf(tx, bodyId, itemId);
    const slot = placed(ctx, tx, input, itemId);
    if (input.kind === "break" && item.kind !== "break") {
      const speakers = tx.select({ n: count() }).from(programmeSpeakers).where(eq(programmeSpeakers.itemId, itemId));
      if ((speakers.get()?.n ?? 0) > 0) throw new DomainError("programme.noSpeakersInBreak", 422, {}, "kind");
    }
    const next = { kind: input.kind, title: input.title, description: input.description, room: input.room };
    const nextSlot = { startsAt: slot.startsAt, endsAt: slot.endsAt };
    const changed = [
      ...(["kind", "title", "description", "room"] as const).filter((k) => item[k] !== next[k]),
      ...(["startsAt", "endsAt"] as const).filter((k) => item[k].getTime() !== nextSlot[k].getTime()),
    ];
    if (changed.length === 0) return;
    tx.update(programmeItems)
      .set({ ...next, ...nextSlot })
      .where(eq(programmeItems.id, itemId))
      .run();
    appendAudit(
      tx,
      actor.id,
      { action: "programme.item_updated", subjectType: "body", subjectId: bodyId, details: { itemId, changed } },
      now,
    );
  });
}

/** An item goes with its moderators and speakers; one with materials keeps them until they are removed first. */
export function removeProgrammeItem(
  services: Services,
  actor: Actor,
  bodyId: number,
  itemId: number,
  now = new Date(),
) {
  manage(services, actor, bodyId, (tx) => {
    const item = itemOf(tx, bodyId, itemId);
    const materials = tx.select({ n: count() }).from(programmeMaterials).where(eq(programmeMaterials.itemId, itemId));
    if ((materials.get()?.n ?? 0) > 0) throw new DomainError("programme.itemHasMaterials", 409);
    const speakers = tx.delete(programmeSpeakers).where(eq(programmeSpeakers.itemId, itemId)).run().changes;
    tx.delete(programmeItems).where(eq(programmeItems.id, itemId)).run();
    tx.update(programmeItems)
      .set({ position: sql`${programmeItems.position} - 1` })
      .where(and(eq(programmeItems.bodyId, bodyId), gt(programmeItems.position, item.position)))
      .run();
    appendAudit(
      tx,
      actor.id,
      {
        action: "programme.item_removed",
        subjectType: "body",
        subjectId: bodyId,
        details: { itemId, title: item.title, speakers },
      },
      now,
    );
  });
}

export function moveProgrammeItem(
  services: Services,
  actor: Actor,
  bodyId: number,
  itemId: number,
  direction: "up" | "down",
  now = new Date(),
): void {
  manage(services, actor, bodyId, (tx) => {
    itemOf(tx, bodyId, itemId);
    const order = moved(
      itemsInOrder(tx, bodyId).map((i) => i.id),
      itemId,
      direction,
    );
    if (!order) return; // already first or last: nothing to move
    order.forEach((id, i) =>
      tx
        .update(programmeItems)
        .set({ position: i + 1 })
        .where(eq(programmeItems.id, id))
        .run(),
    );
    appendAudit(
      tx,
      actor.id,
      { action: "programme.item_moved", subjectType: "body", subjectId: bodyId, details: { itemId, direction } },
      now,
    );
  });
}
